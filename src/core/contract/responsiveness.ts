import { z } from 'zod';
import { method } from './define';
import { MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The responsiveness screen's own method; its rates and times are metrics.responsiveness and metrics.intent. */

export const UnansweredConversation = z.object({
  /** The conversation's id in the analytics tables (the conversations screen opens it with `?open=`). */
  conversationId: z.number(),
  platform: z.string(),
  personId: z.number(),
  /** Who opened it. */
  member: z.string(),
  /** Their first interaction ever (in the platform scope) opened it. */
  firstTime: z.boolean(),
  /** When it was opened (ISO instant). */
  at: z.string(),
  /** From its first message to the end of the data: how long it has gone without an answer. */
  unansweredMinutes: z.number(),
  messages: z.number(),
  /** The first message, cut to 200 characters (an ellipsis marks a cut); null when it had no text. */
  text: z.string().nullable(),
});
export type UnansweredConversation = z.infer<typeof UnansweredConversation>;

export const Unanswered = z.object({
  /** Every unanswered inbound conversation of the filter (the list holds the oldest `limit`). */
  total: z.number(),
  /** The end of the data, which "unanswered for" counts to: an export ends, today is not its end. */
  asOf: z.string().nullable(),
  /** The client's time zone, the one the dates are read in. */
  timezone: z.string(),
  windowHours: z.number(),
  scope: z.enum(['addressed', 'all']),
  conversations: z.array(UnansweredConversation),
});
export type Unanswered = z.infer<typeof Unanswered>;

export const responsivenessContract = {
  /** Inbound conversations the brand never answered, oldest first, as metrics.responsiveness counts them. */
  'responsiveness.unanswered': method(
    z.object({ client: ClientName, filter: MetricsFilter.default({}), limit: z.number().int().min(1).max(5000).default(500) }),
    Unanswered,
  ),
};
