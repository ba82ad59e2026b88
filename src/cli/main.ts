import { parseArgs } from 'node:util';
import { clientsCommand, demoCommand } from './commands/clients-command';
import { evalThemesCommand } from './commands/eval-themes-command';
import { generateCommand } from './commands/generate-command';
import { identitiesCommand, settingsCommand } from './commands/identities-command';
import { importCommand } from './commands/import-command';
import { metricsCommand } from './commands/metrics-command';
import { reportCommand } from './commands/report-command';
import { serveCommand } from './commands/serve-command';
import { statsCommand } from './commands/stats-command';
import { themesCommand } from './commands/themes-command';
import { wordVectorsCommand } from './commands/word-vectors-command';
import type { Command, CommandIo } from './commands/types';
import { encryptCommand, decryptCommand } from './commands/encryption-command';
import { InternalCliError, setCliPassphrases } from './context';
import { takePassphrase } from './passphrase';
import { cliLang } from './lang';
import { CercleError, describeError, type Lang } from '../core/errors';

/** Every CLI command; each lives in its own file under commands/. */
export const COMMANDS: Command[] = [
  importCommand,
  statsCommand,
  clientsCommand,
  demoCommand,
  serveCommand,
  identitiesCommand,
  settingsCommand,
  generateCommand,
  metricsCommand,
  evalThemesCommand,
  wordVectorsCommand,
  themesCommand,
  reportCommand,
  encryptCommand,
  decryptCommand,
];

function help(): string {
  return [
    'Cercle: community and micro-engagement analytics from export archives, offline.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Encrypted clients: every command takes the passphrase from CERCLE_PASSPHRASE or --passphrase-file FILE.',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const lang = io.lang ?? cliLang();
  let words: string[];
  try {
    const taken = takePassphrase(argv);
    setCliPassphrases(taken);
    words = taken.argv;
  } catch (err) {
    io.err(`cercle: ${oneLineError(err, lang)}`);
    return 2;
  }
  const [name, ...rest] = words;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 1;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`cercle: unknown command "${name}" (try: cercle --help)`);
    return 2;
  }
  try {
    const args = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    return await cmd.run(args as { values: Record<string, unknown>; positionals: string[] }, { ...io, lang });
  } catch (err) {
    io.err(`cercle ${name}: ${oneLineError(err, lang)}`);
    return 1;
  }
}

/**
 * What the user reads on stderr: a CercleError in their language; a bug met by a contract call as its
 * first line and where its stack was logged; anything else (parseArgs' usage errors, a bug in the CLI
 * itself) as its first line, the stack only with CERCLE_DEBUG.
 */
function oneLineError(err: unknown, lang: Lang): string {
  if (err instanceof CercleError) return describeError(err.toReason(), lang);
  if (err instanceof InternalCliError)
    return `${describeError({ code: 'internal', params: { detail: err.detail } }, lang)} (${err.logPath})`;
  if (process.env.CERCLE_DEBUG) console.error(err);
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
