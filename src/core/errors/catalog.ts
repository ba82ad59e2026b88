import type { Lang, Message, Params } from './define';
import { analyticsMessages } from './messages/analytics';
import { cliMessages } from './messages/cli';
import { clientMessages } from './messages/clients';
import { formatMessages } from './messages/formats';
import { generateMessages } from './messages/generate';
import { identityMessages } from './messages/identities';
import { importMessages } from './messages/imports';
import { reportMessages } from './messages/reports';
import { requestMessages } from './messages/requests';
import { themeMessages } from './messages/themes';

/**
 * Every error a user can meet, by code, each with its sentence in every language. The core throws a
 * code and its parameters; each shell (CLI, app) picks the sentence in its user's language.
 */
export const ERROR_MESSAGES = {
  ...clientMessages,
  ...importMessages,
  ...formatMessages,
  ...analyticsMessages,
  ...identityMessages,
  ...generateMessages,
  ...requestMessages,
  ...cliMessages,
  ...themeMessages,
  ...reportMessages,
};

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type ErrorParams<C extends ErrorCode> = Parameters<(typeof ERROR_MESSAGES)[C]['en']>[0];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);
}

/** The sentence for a code in a language; an unknown code (from a newer peer) falls back to its English line. */
export function describeError(reason: { code: string; params: Params; message?: string }, lang: Lang): string {
  if (!isErrorCode(reason.code)) return reason.message ?? reason.code;
  const msg = ERROR_MESSAGES[reason.code] as Message<Params>;
  return msg[lang](reason.params);
}
