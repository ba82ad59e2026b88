import type { Lang } from '../../core/errors';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The language of messages (errors, skipped files); default from the environment (cli/lang.ts). */
  lang?: Lang;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** parseArgs option spec for this command. */
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CommandIo): Promise<number>;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
