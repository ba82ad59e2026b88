import { message } from '../define';

/** Printing a report to PDF. */
export const reportMessages = {
  'reports.no-chrome': message(
    () =>
      'no Chromium or Chrome found to print the PDF: install one (Debian/Ubuntu: apt install chromium), give its path with --chrome PATH, or write --out FILE.html',
    () =>
      'aucun Chromium ni Chrome trouvé pour imprimer le PDF : installez-en un (Debian/Ubuntu : apt install chromium), donnez son chemin avec --chrome CHEMIN, ou écrivez --out FICHIER.html',
  ),
  'reports.chrome-not-found': message<{ path: string }>(
    (p) => `--chrome ${p.path}: no such file`,
    (p) => `--chrome ${p.path} : fichier introuvable`,
  ),
  'reports.bad-out': message<{ out: string }>(
    (p) => `--out ${p.out}: expected FILE.pdf, FILE.html, or a folder for the CSV of every table (--format csv)`,
    (p) => `--out ${p.out} : FICHIER.pdf, FICHIER.html ou un dossier pour le CSV de chaque tableau (--format csv) attendu`,
  ),
  'reports.no-printer': message(
    () => 'this window cannot print a PDF: download the HTML report and print it from a browser, or use cercle report',
    () =>
      'cette fenêtre ne peut pas imprimer de PDF : téléchargez le rapport HTML et imprimez-le depuis un navigateur, ou utilisez cercle report',
  ),
  'reports.print-failed': message<{ detail: string }>(
    (p) => `Chromium could not print the report: ${p.detail}`,
    (p) => `Chromium n'a pas pu imprimer le rapport : ${p.detail}`,
  ),
};
