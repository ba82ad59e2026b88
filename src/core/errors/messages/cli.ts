import { message } from '../define';

/** The command line's own options and files. */
export const cliMessages = {
  'cli.needs-option': message<{ command: string; option: string }>(
    (p) => `${p.command} needs ${p.option}`,
    (p) => `${p.command} demande ${p.option}`,
  ),
  'cli.needs-path': message<{ command: string }>(
    (p) => `${p.command} needs at least one PATH (file, folder or ZIP)`,
    (p) => `${p.command} demande au moins un CHEMIN (fichier, dossier ou ZIP)`,
  ),
  'cli.passphrase-argument': message(
    () => 'a passphrase is never given on the command line (shell history, process list): use CERCLE_PASSPHRASE or --passphrase-file FILE',
    () =>
      'une phrase secrète ne se donne jamais sur la ligne de commande (historique, liste des processus) : utilisez CERCLE_PASSPHRASE ou --passphrase-file FICHIER',
  ),
  'cli.file-unreadable': message<{ file: string }>(
    (p) => `${p.file}: cannot be read`,
    (p) => `${p.file} : illisible`,
  ),
  'cli.file-not-json': message<{ file: string; detail: string }>(
    (p) => `${p.file}: not valid JSON (${p.detail})`,
    (p) => `${p.file} : JSON invalide (${p.detail})`,
  ),
  'cli.not-one-of': message<{ what: string; value: string; allowed: string }>(
    (p) => `${p.what} "${p.value}" is not one of: ${p.allowed}`,
    (p) => `${p.what} « ${p.value} » n'est pas l'une des valeurs : ${p.allowed}`,
  ),
  'cli.not-integer': message<{ option: string; value: string }>(
    (p) => `${p.option} must be an integer, not "${p.value}"`,
    (p) => `${p.option} doit être un entier, pas « ${p.value} »`,
  ),
  'cli.out-of-range': message<{ option: string; range: string }>(
    (p) => `${p.option} must be ${p.range}`,
    (p) =>
      `${p.option} doit être ${p.range.replace(/^a number from (\d+) to (\d+)$/, 'un nombre de $1 à $2').replace(/^(\d+), (\d+) or (\d+)$/, '$1, $2 ou $3')}`,
  ),
  'cli.not-identity': message<{ value: string }>(
    (p) => `"${p.value}" is not an identity id`,
    (p) => `« ${p.value} » n'est pas un id d'identité`,
  ),
  'cli.not-assignment': message<{ value: string }>(
    (p) => `--set takes KEY=VALUE (e.g. responseScope=all or responseWindowHours=48), not "${p.value}"`,
    (p) => `--set attend CLÉ=VALEUR (par ex. responseScope=all ou responseWindowHours=48), pas « ${p.value} »`,
  ),
  'cli.renderer-not-built': message<{ dir: string }>(
    (p) => `the app could not be built (${p.dir} is missing): run "npm run build" and read its errors`,
    (p) => `l'application n'a pas pu être construite (${p.dir} manque) : lancez « npm run build » et lisez ses erreurs`,
  ),
};
