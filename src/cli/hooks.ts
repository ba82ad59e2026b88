import { join } from 'node:path';
import type { DispatchHooks } from '../node/service/dispatch';
import { fileErrorLog, stackOf } from '../node/service/error-log';

/** Where the CLI writes unexpected failures: beside the client files. */
export const errorLogPath = (workspaceDir: string): string => join(workspaceDir, 'logs', 'cercle.log');

/**
 * The CLI's view of every contract call: unexpected failures go to the workspace's log (and to stderr
 * with CERCLE_DEBUG), and CERCLE_PROFILE=1 prints each call's duration, as it prints import phases.
 */
export function cliHooks(
  workspaceDir: string,
  env: Record<string, string | undefined> = process.env,
  stderr: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): DispatchHooks {
  const toFile = fileErrorLog(errorLogPath(workspaceDir));
  return {
    log: (method, err) => {
      toFile(method, err);
      if (env.CERCLE_DEBUG) stderr(`${method}: ${stackOf(err)}`);
    },
    onTiming: env.CERCLE_PROFILE
      ? (method, ms) => stderr(`profile: call ${method} ${Math.round(ms)} ms, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB`)
      : undefined,
  };
}

/** The import phases' durations, for CERCLE_PROFILE=1 (the bench reads these lines). */
export function importPhaseProfile(
  env: Record<string, string | undefined> = process.env,
): ((name: string, ms: number) => void) | undefined {
  if (!env.CERCLE_PROFILE) return undefined;
  // The JS heap and the array buffers (SQLite's WebAssembly memory, sql.js's in-memory file) beside the RSS:
  // which of them holds an import's memory decides what can be given back.
  return (name, ms) => {
    const m = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 2 ** 20);
    process.stderr.write(
      `profile: ${name} ${Math.round(ms)} ms, rss ${mb(m.rss)} MB (heap ${mb(m.heapUsed)}, buffers ${mb(m.arrayBuffers)})\n`,
    );
  };
}
