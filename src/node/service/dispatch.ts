import { contract, isMethodName, type Handlers } from '../../core/contract';
import { ImportCancelled, ImportError } from '../../core/importers/types';
import { UserError } from '../store/workspace';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: string; code: 'bad-request' | 'user' | 'internal' };

/**
 * Parses the input against the contract, runs the handler, checks the output. Errors become one line:
 * input problems and user errors are reported as they are; anything else is an internal error whose
 * message is still one line (the stack goes to the shell's log only).
 */
export async function dispatch(handlers: Handlers, method: string, input: unknown, log?: (err: unknown) => void): Promise<DispatchResult> {
  if (!isMethodName(method)) return { ok: false, error: `unknown method "${method}"`, code: 'bad-request' };
  const spec = contract[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${method}: invalid input${issue ? ` at ${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}`, code: 'bad-request' };
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    const value = spec.output.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (err) {
    if (err instanceof UserError || err instanceof ImportError || err instanceof ImportCancelled) return { ok: false, error: err.message, code: 'user' };
    log?.(err);
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, error: msg.split('\n')[0]!, code: 'internal' };
  }
}
