import { parseArgs } from 'node:util';
import { clientsCommand, demoCommand } from './commands/clients-command';
import { generateCommand } from './commands/generate-command';
import { identitiesCommand, settingsCommand } from './commands/identities-command';
import { importCommand } from './commands/import-command';
import { metricsCommand } from './commands/metrics-command';
import { serveCommand } from './commands/serve-command';
import { statsCommand } from './commands/stats-command';
import type { Command, CommandIo } from './commands/types';

/** Every CLI command; each lives in its own file under commands/. */
export const COMMANDS: Command[] = [importCommand, statsCommand, clientsCommand, demoCommand, serveCommand, identitiesCommand, settingsCommand, generateCommand, metricsCommand];

function help(): string {
  return ['Cercle: community and micro-engagement analytics from export archives, offline.', '', 'Commands:', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n');
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
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
    return await cmd.run(args as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (err) {
    if (process.env.CERCLE_DEBUG) console.error(err);
    const msg = err instanceof Error ? err.message : String(err);
    io.err(`cercle ${name}: ${msg.split('\n')[0]}`);
    return 1;
  }
}
