import { z } from 'zod';
import { method } from './define';
import { MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The activity rhythm screen: when members are active and when the brand writes, by weekday and hour. */

export const RhythmCell = z.object({
  /** 0 = Monday … 6 = Sunday, on the client's calendar. */
  weekday: z.number().int().min(0).max(6),
  /** 0–23, on the client's wall clock. */
  hour: z.number().int().min(0).max(23),
  /** Members' interactions (unfollows and leaves are not activity). */
  members: z.number(),
  /** Members' messages (comments, replies, DMs, story replies, mentions, chat messages). */
  memberMessages: z.number(),
  /** The brand's messages. */
  brand: z.number(),
});
export type RhythmCell = z.infer<typeof RhythmCell>;

export const ActivityRhythm = z.object({
  timezone: z.string(),
  /** Every one of the 7 × 24 slots, Monday 00h first, empty ones as zeros. */
  cells: z.array(RhythmCell),
  totals: z.object({ members: z.number(), memberMessages: z.number(), brand: z.number() }),
  /** A member segment was asked for: the counts are of every member all the same (the table holds no member). */
  segmentIgnored: z.boolean(),
});
export type ActivityRhythm = z.infer<typeof ActivityRhythm>;

export const rhythmContract = {
  'rhythm.heatmap': method(z.object({ client: ClientName, filter: MetricsFilter.default({}) }), ActivityRhythm),
};
