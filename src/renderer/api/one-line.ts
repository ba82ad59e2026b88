import { describeError, isErrorCode, type Lang } from '../../core/errors';
import { CallError } from './call-error';
import { uiLang } from './lang';

/**
 * Errors are shown as one line. A failed contract call is said in the user's language from its
 * reason; any other error keeps its first line, without what a shell may wrap around it (Electron's
 * "Error invoking remote method", a stack).
 */
export function oneLine(err: unknown, lang: Lang = uiLang()): string {
  if (err instanceof CallError) return (isErrorCode(err.reason.code) ? describeError(err.reason, lang) : err.message).split('\n')[0]!;
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : 'something went wrong';
  const first = raw.split('\n')[0]!.trim();
  const unwrapped = first.replace(/^Error invoking remote method '[^']*': /, '').replace(/^(Error: )+/, '');
  return unwrapped || 'something went wrong';
}
