import type { CallFailure, CallResult } from '../../core/contract/call-result';
import type { ErrorReason } from '../../core/errors';

/** A failed contract call as the screens see it: its English line, and its reason for any language. */
export class CallError extends Error {
  readonly reason: ErrorReason;
  readonly kind: CallFailure['code'];

  constructor(failure: Pick<CallFailure, 'error' | 'code' | 'reason'>) {
    super(failure.error);
    this.name = 'CallError';
    this.reason = failure.reason;
    this.kind = failure.code;
  }
}

/** The value of a call, or a CallError (a peer without reasons still gets its one line shown). */
export function unwrapCall(r: CallResult): unknown {
  if (r.ok) return r.value;
  throw new CallError({ error: r.error, code: r.code, reason: r.reason ?? { code: 'internal', params: { detail: r.error } } });
}
