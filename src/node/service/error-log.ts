import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const MAX_BYTES = 1024 * 1024;

/** The stack of an error and of every cause behind it. */
export function stackOf(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
    if (e !== undefined) parts.push('caused by:');
  }
  return parts.join('\n');
}

/**
 * Where unexpected failures go, with their stacks: one file beside the client files (`logs/cercle.log`,
 * the previous one kept as `cercle.1.log` past 1 MB), so a user can send it with a bug report. It
 * holds file names and error messages, never client data. Never throws: a log must not fail a call.
 */
export function fileErrorLog(path: string, now: () => Date = () => new Date()): (method: string, err: unknown) => void {
  return (method, err) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) renameSync(path, path.replace(/\.log$/, '.1.log'));
      appendFileSync(path, `${now().toISOString()} ${method}\n${stackOf(err)}\n\n`);
    } catch {
      // A read-only or full disk: the caller still answers with its one line.
    }
  };
}
