/**
 * Errors are shown as one line. The core already sends one; this also trims what a shell may wrap
 * around it (Electron's "Error invoking remote method", a stack) so the user never sees either.
 */
export function oneLine(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : 'something went wrong';
  const first = raw.split('\n')[0]!.trim();
  const unwrapped = first.replace(/^Error invoking remote method '[^']*': /, '').replace(/^(Error: )+/, '');
  return unwrapped || 'something went wrong';
}
