import { CercleError, type ErrorCode, type ErrorParams, type ErrorReason } from '../errors';

/**
 * What every shell hands back for one contract call: the checked value, or a failure with its one
 * English line (logs, tests, old peers), its kind, and the reason as a code with parameters so the
 * renderer and the CLI can say it in the user's language.
 */
export type CallResult = { ok: true; value: unknown } | CallFailure;

export interface CallFailure {
  ok: false;
  error: string;
  /** bad-request: the input did not match the contract; user: something the user can act on; internal: a bug (logged). */
  code: 'bad-request' | 'user' | 'internal';
  reason: ErrorReason;
}

export function isCallResult(r: unknown): r is CallResult {
  if (!r || typeof r !== 'object' || !('ok' in r)) return false;
  const o = r as Record<string, unknown>;
  return o.ok === true || (o.ok === false && typeof o.error === 'string');
}

/** A failure built from a code, for the shells' own refusals (a worker that stopped, a foreign sender). */
export function failure<C extends ErrorCode>(
  kind: CallFailure['code'],
  code: C,
  ...params: Record<never, never> extends ErrorParams<C> ? [ErrorParams<C>?] : [ErrorParams<C>]
): CallFailure {
  const err = new (CercleError as new (code: C, params?: ErrorParams<C>) => CercleError<C>)(code, params[0]);
  return { ok: false, error: err.message, code: kind, reason: err.toReason() };
}
