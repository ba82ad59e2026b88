import { message } from '../define';

/** Theme clustering and its evaluation command. */
export const themeMessages = {
  'themes.bad-eval-line': message<{ file: string; line: number }>(
    (p) => `${p.file}, line ${p.line}: expected "label<TAB>text"`,
    (p) => `${p.file}, ligne ${p.line} : « étiquette<TAB>texte » attendu`,
  ),
  'themes.pair-mismatch': message<{ file: string; lines: number; expected: number }>(
    (p) => `${p.file} has ${p.lines} lines; --pair needs the same number as the first file (${p.expected})`,
    (p) => `${p.file} a ${p.lines} lignes ; --pair en demande autant que le premier fichier (${p.expected})`,
  ),
  'themes.cancelled': message<{ client: string }>(
    (p) => `themes of "${p.client}" cancelled: the stored themes are unchanged`,
    (p) => `calcul des thèmes de « ${p.client} » annulé : les thèmes enregistrés sont inchangés`,
  ),
  'themes.too-few-texts': message<{ count: number; k: number }>(
    (p) => `cannot make ${p.k} themes from ${p.count} texts`,
    (p) => `impossible de faire ${p.k} thèmes avec ${p.count} textes`,
  ),
};
