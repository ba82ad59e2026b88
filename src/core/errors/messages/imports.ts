import { message, plural } from '../define';

/** Why a row of a CSV export was left out (the fragment after "line N: "). */
export const ROW_PROBLEMS = [
  'unreadable-date',
  'unreadable-timestamp',
  'no-sender',
  'no-inviter',
  'no-organization',
  'no-channel-id',
  'unknown-direction',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

const rowProblemEn: Record<RowProblem, (value: string) => string> = {
  'unreadable-date': (v) => `unreadable date "${v}"`,
  'unreadable-timestamp': (v) => `unreadable timestamp "${v}"`,
  'no-sender': () => 'no sender',
  'no-inviter': () => 'no inviter',
  'no-organization': () => 'no organization',
  'no-channel-id': () => 'no channel id',
  'unknown-direction': (v) => `unknown direction "${v}"`,
};
const rowProblemFr: Record<RowProblem, (value: string) => string> = {
  'unreadable-date': (v) => `date illisible « ${v} »`,
  'unreadable-timestamp': (v) => `horodatage illisible « ${v} »`,
  'no-sender': () => 'aucun expéditeur',
  'no-inviter': () => "aucun auteur d'invitation",
  'no-organization': () => 'aucune organisation',
  'no-channel-id': () => 'aucun identifiant de chaîne',
  'unknown-direction': (v) => `sens inconnu « ${v} »`,
};
const problemOf = (p: { problem: string }): RowProblem =>
  (ROW_PROBLEMS as readonly string[]).includes(p.problem) ? (p.problem as RowProblem) : 'unreadable-date';
export const describeRowProblem = (lang: 'en' | 'fr', p: { problem: string; value: string }): string =>
  (lang === 'fr' ? rowProblemFr : rowProblemEn)[problemOf(p)](p.value);

/** Reading the inputs of an import, and what every format shares (empty, broken JSON or CSV, …). */
export const importMessages = {
  'import.nothing': message(
    () => 'nothing to import: give at least one file, folder or ZIP',
    () => 'rien à importer : donnez au moins un fichier, un dossier ou un ZIP',
  ),
  'import.no-input': message(
    () => '(no input): nothing to import',
    () => '(aucune entrée) : rien à importer',
  ),
  'import.cancelled': message(
    () => 'import cancelled',
    () => 'import annulé',
  ),
  'import.not-found': message<{ file: string }>(
    (p) => `${p.file}: no such file or folder`,
    (p) => `${p.file} : fichier ou dossier introuvable`,
  ),
  'import.unreadable': message<{ file: string; detail: string }>(
    (p) => `${p.file}: cannot be read (${p.detail})`,
    (p) => `${p.file} : illisible (${p.detail})`,
  ),
  'import.read-cut-short': message<{ file: string; detail: string }>(
    (p) => `${p.file}: could not be read to the end (${p.detail})`,
    (p) => `${p.file} : n'a pas pu être lu jusqu'au bout (${p.detail})`,
  ),
  'import.zip-unreadable': message<{ file: string; detail: string }>(
    (p) => `${p.file}: is not a readable ZIP archive (${p.detail})`,
    (p) => `${p.file} : n'est pas une archive ZIP lisible (${p.detail})`,
  ),
  'import.zip-damaged': message<{ file: string; detail: string }>(
    (p) => `${p.file}: is a damaged ZIP archive (${p.detail})`,
    (p) => `${p.file} : est une archive ZIP endommagée (${p.detail})`,
  ),
  'import.zip-empty': message<{ file: string }>(
    (p) => `${p.file}: is a ZIP archive with nothing in it`,
    (p) => `${p.file} : est une archive ZIP vide`,
  ),
  'import.zip-bomb': message<{ file: string; ratio: number; mb: number }>(
    (p) => `${p.file}: would expand ${p.ratio} times when uncompressed (${p.mb} MB): refused as a ZIP bomb`,
    (p) => `${p.file} : se décompresserait ${p.ratio} fois (${p.mb} Mo) : refusé comme bombe ZIP`,
  ),
  'import.zip-too-large': message<{ file: string; mb: number; limitMb: number }>(
    (p) => `${p.file}: would be ${p.mb} MB uncompressed, over the ${p.limitMb} MB an import reads from one archive`,
    (p) => `${p.file} : ferait ${p.mb} Mo une fois décompressé, au-delà des ${p.limitMb} Mo qu'un import lit d'une archive`,
  ),
  'import.too-large-whole': message<{ file: string; limitMb: number }>(
    (p) => `${p.file}: is over ${p.limitMb} MB, the most this format can be read at once`,
    (p) => `${p.file} : dépasse ${p.limitMb} Mo, le plus que ce format peut être lu d'un coup`,
  ),
  'import.zip-entry-unreadable': message<{ file: string; detail: string }>(
    (p) => `${p.file}: cannot be read from the archive (${p.detail})`,
    (p) => `${p.file} : ne peut pas être lu dans l'archive (${p.detail})`,
  ),
  'import.unrecognised': message<{ file: string; why: 'empty' | 'json' | 'html' | 'binary' | 'media' | 'unknown' }>(
    (p) => `${p.file}: ${skipReasonEn[p.why]}`,
    (p) => `${p.file} : ${skipReasonFr[p.why]}`,
  ),
  'import.none-recognised': message<{ file: string; files: number }>(
    (p) => `${p.file}: none of its ${p.files} files is a recognised export`,
    (p) => `${p.file} : ${p.files === 1 ? 'son fichier n’est' : `aucun de ses ${p.files} fichiers n’est`} un export reconnu`,
  ),
  'import.layout-not-understood': message<{ file: string; format: string; missing: string; found: string }>(
    (p) => `${p.file}: named like ${p.format}, but its columns are not understood: ${p.missing} missing (columns found: ${p.found})`,
    (p) =>
      `${p.file} : nommé comme ${p.format}, mais ses colonnes ne sont pas comprises : il manque ${p.missing} (colonnes trouvées : ${p.found})`,
  ),
  'import.invalid-file': message<{ file: string; format: string; detail: string }>(
    (p) => `${p.file}: not a valid ${p.format} file (${p.detail})`,
    (p) => `${p.file} : n'est pas un fichier ${p.format} valide (${p.detail})`,
  ),
  'import.empty': message<{ file: string }>(
    (p) => `${p.file}: empty file`,
    (p) => `${p.file} : fichier vide`,
  ),
  'import.empty-is': message<{ file: string }>(
    (p) => `${p.file}: is empty`,
    (p) => `${p.file} : est vide`,
  ),
  'import.empty-csv': message<{ file: string }>(
    (p) => `${p.file}: empty CSV file`,
    (p) => `${p.file} : fichier CSV vide`,
  ),
  'import.broken-json': message<{ file: string; detail: string }>(
    (p) => `${p.file}: broken JSON: ${p.detail}`,
    (p) => `${p.file} : JSON invalide : ${p.detail}`,
  ),
  'import.broken-json-small': message<{ file: string; detail: string }>(
    (p) => `${p.file}: broken JSON (${p.detail})`,
    (p) => `${p.file} : JSON invalide (${p.detail})`,
  ),
  'import.json-cut-short': message<{ file: string; detail: string }>(
    (p) => `${p.file}: not valid JSON (${p.detail}): the file may be cut short`,
    (p) => `${p.file} : JSON invalide (${p.detail}) : le fichier est peut-être tronqué`,
  ),
  'import.json-damaged': message<{ file: string; detail: string }>(
    (p) => `${p.file}: is not valid JSON, probably truncated or damaged (${p.detail})`,
    (p) => `${p.file} : JSON invalide, probablement tronqué ou endommagé (${p.detail})`,
  ),
  'import.broken-csv': message<{ file: string; kind: string; detail: string }>(
    (p) => `${p.file}: broken ${p.kind}: ${p.detail}`,
    (p) => `${p.file} : ${p.kind} invalide : ${p.detail}`,
  ),
  'import.csv-unreadable': message<{ file: string; detail: string }>(
    (p) => `${p.file}: is not a readable CSV file (${p.detail})`,
    (p) => `${p.file} : n'est pas un fichier CSV lisible (${p.detail})`,
  ),
  'import.csv-unclosed-quote': message<{ file: string; line: number }>(
    (p) => `${p.file}: a quoted field opened on line ${p.line} is never closed (file cut short?)`,
    (p) => `${p.file} : un champ entre guillemets ouvert ligne ${p.line} n'est jamais fermé (fichier tronqué ?)`,
  ),
  'import.ragged-row': message<{ file: string; row: number; found: number; expected: number }>(
    (p) => `${p.file}: row ${p.row} has ${p.found} field(s) where the header has ${p.expected}`,
    (p) => `${p.file} : la ligne ${p.row} a ${p.found} ${plural('fr', p.found, 'champ', 'champs')} alors que l'en-tête en a ${p.expected}`,
  ),
  'import.no-row-readable': message<{ file: string; line: number; problem: string; value: string }>(
    (p) => `${p.file}: no row could be read (line ${p.line}: ${describeRowProblem('en', p)})`,
    (p) => `${p.file} : aucune ligne n'a pu être lue (ligne ${p.line} : ${describeRowProblem('fr', p)})`,
  ),
};

const skipReasonEn = {
  empty: 'empty file',
  json: 'JSON that matches no known export layout',
  html: 'HTML/XML that matches no known export page',
  binary: 'binary file (media or unknown), not an export record file',
  media: 'media or other non-record file',
  unknown: 'not a recognised export format',
} as const;
const skipReasonFr = {
  empty: 'fichier vide',
  json: "JSON qui ne correspond à aucune structure d'export connue",
  html: "HTML/XML qui ne correspond à aucune page d'export connue",
  binary: "fichier binaire (média ou inconnu), pas un fichier d'enregistrements d'export",
  media: 'média ou autre fichier sans enregistrements',
  unknown: "format d'export non reconnu",
} as const;

/** Why a file was left out of an import, as a reader is told it. */
export function describeSkip(why: keyof typeof skipReasonEn, lang: 'en' | 'fr'): string {
  return (lang === 'fr' ? skipReasonFr : skipReasonEn)[why];
}
