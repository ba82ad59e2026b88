import { readFileSync } from 'node:fs';
import { CercleError } from '../core/errors';

/**
 * The passphrase of encrypted clients, for every command: from CERCLE_PASSPHRASE or from the file
 * named by `--passphrase-file FILE` (its first line), never from the command line itself, which
 * stays in the shell's history and is visible to every user in the process list.
 */
export function takePassphrase(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): { argv: string[]; passphrase: string | undefined; newPassphrase: string | undefined } {
  const rest: string[] = [];
  let file: string | undefined;
  let newFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--passphrase' || a.startsWith('--passphrase=') || a === '--new-passphrase' || a.startsWith('--new-passphrase='))
      throw new CercleError('cli.passphrase-argument', {});
    const flag = ['--passphrase-file', '--new-passphrase-file'].find((f) => a === f || a.startsWith(`${f}=`));
    if (!flag) {
      rest.push(a);
      continue;
    }
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
    if (!value) throw new CercleError('cli.needs-option', { command: flag, option: 'FILE' });
    if (flag === '--passphrase-file') file = value;
    else newFile = value;
  }
  return {
    argv: rest,
    passphrase: file !== undefined ? readPassphraseFile(file) : env.CERCLE_PASSPHRASE || undefined,
    newPassphrase: newFile !== undefined ? readPassphraseFile(newFile) : env.CERCLE_NEW_PASSPHRASE || undefined,
  };
}

function readPassphraseFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CercleError('cli.file-unreadable', { file });
  }
  // The first line, without its line ending (editors and `echo` add one).
  return text.split(/\r?\n/)[0]!;
}
