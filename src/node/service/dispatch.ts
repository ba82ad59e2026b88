import { contract, isMethodName, type Handlers } from '../../core/contract';
import { type CallResult, failure } from '../../core/contract/call-result';
import { CercleError } from '../../core/errors';

export type DispatchResult = CallResult;

export interface DispatchHooks {
  /**
   * Unexpected failures, with their stack: a bug, or the unexpected cause behind a user-facing error
   * (a parser's exception inside a damaged file). The one place every shell's log is fed from.
   */
  log?: (method: string, err: unknown) => void;
  /** The duration of every call, failed ones included: the shells decide what to show. */
  onTiming?: (method: string, ms: number, ok: boolean) => void;
}

/**
 * Parses the input against the contract, runs the handler, checks the output, and times the call.
 * A CercleError is the user's to act on and comes back as its code and parameters; anything else is
 * a bug: logged with its stack, and answered with its first line.
 */
export async function dispatch(handlers: Handlers, method: string, input: unknown, hooks: DispatchHooks = {}): Promise<DispatchResult> {
  const t0 = performance.now();
  const result = await run(handlers, method, input, hooks);
  hooks.onTiming?.(method, performance.now() - t0, result.ok);
  return result;
}

async function run(handlers: Handlers, method: string, input: unknown, hooks: DispatchHooks): Promise<DispatchResult> {
  if (!isMethodName(method)) return failure('bad-request', 'request.unknown-method', { method });
  const spec = contract[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure('bad-request', 'request.invalid-input', {
      method,
      path: issue ? issue.path.join('.') || '(root)' : '',
      detail: issue?.message ?? '',
    });
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    const value = spec.output.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (err) {
    if (err instanceof CercleError) {
      if (err.cause !== undefined && !(err.cause instanceof CercleError)) hooks.log?.(method, err);
      return { ok: false, error: err.message, code: 'user', reason: err.toReason() };
    }
    hooks.log?.(method, err);
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
    return failure('internal', 'internal', { detail });
  }
}
