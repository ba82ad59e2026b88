import { type ErrorCode, type ErrorParams, describeError } from './catalog';
import type { Params } from './define';

type Args<C extends ErrorCode> =
  Record<never, never> extends ErrorParams<C>
    ? [params?: ErrorParams<C>, options?: { cause?: unknown }]
    : [params: ErrorParams<C>, options?: { cause?: unknown }];

/**
 * A problem the user can act on (a bad file, an unknown client, a setting out of range): a code and
 * its parameters, so each shell says it in its user's language. `message` is the English sentence
 * (logs, tests). Anything thrown that is not a CercleError is a bug: the shells log it with its stack.
 * A `cause` that is not a CercleError is an unexpected failure behind a user-facing one (a parser's
 * exception inside a damaged file): it is logged too.
 */
export class CercleError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams<C>;

  constructor(code: C, ...[params, options]: Args<C>) {
    const p = oneLine(params ?? {}) as ErrorParams<C>;
    super(describeError({ code, params: p as Params }, 'en'), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CercleError';
    this.code = code;
    this.params = p;
  }

  /** What crosses a thread, a process or the loopback bridge. */
  toReason(): ErrorReason {
    return { code: this.code, params: this.params as Params };
  }
}

/**
 * An error is said in one line (stderr, a status line): parameters that come from a file (a parser's
 * detail quoting a JSON snippet, a name) have their line breaks folded into spaces.
 */
function oneLine(params: object): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params) as [string, Params[string]][])
    out[k] = typeof v === 'string' && /[\r\n\u2028\u2029]/.test(v) ? v.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') : v;
  return out;
}

export interface ErrorReason {
  code: string;
  params: Params;
}

/** Import problems name their file: these keep the file and the sentence after it at hand. */
export type FileErrorCode = { [C in ErrorCode]: ErrorParams<C> extends { file: string } ? C : never }[ErrorCode];

export class ImportError<C extends FileErrorCode = FileErrorCode> extends CercleError<C> {
  get file(): string {
    return (this.params as { file: string }).file;
  }

  /** The sentence without the file name in front. */
  get problem(): string {
    const prefix = `${this.file}: `;
    return this.message.startsWith(prefix) ? this.message.slice(prefix.length) : this.message;
  }
}

export class ImportCancelled extends CercleError<'import.cancelled'> {
  constructor() {
    super('import.cancelled');
  }
}

/** Rebuilds the error on this side of a thread or process boundary (an unknown code keeps its English line). */
export function fromReason(reason: ErrorReason): CercleError {
  if (reason.code === 'import.cancelled') return new ImportCancelled();
  const Ctor = (typeof reason.params.file === 'string' ? ImportError : CercleError) as unknown as new (
    code: string,
    params: Params,
  ) => CercleError;
  return new Ctor(reason.code, reason.params);
}
