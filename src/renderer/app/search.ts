import { z } from 'zod';
import { FUNNEL_STEPS, Interval, MetricsFilter, Segment } from '../../core/contract/metrics';
import { Platform } from '../../core/contract/schemas';

/**
 * The filters every client screen shares, kept in the URL (`#/client/acme/funnel?from=…&platforms=…`)
 * so that a view reopens as it was and can be bookmarked. Anything unreadable is dropped rather than
 * refused: a hand-edited or old link still opens.
 */
export const ClientSearch = z.object({
  from: MetricsFilter.shape.from.catch(undefined),
  to: MetricsFilter.shape.to.catch(undefined),
  platforms: z.array(Platform).optional().catch(undefined),
  segment: Segment.optional().catch(undefined),
  interval: Interval.optional().catch(undefined),
});
export type ClientSearch = z.infer<typeof ClientSearch>;

/** The contract's filter and interval for the URL's search. */
export function queryOf(search: ClientSearch): { filter: MetricsFilter; interval: Interval } {
  const filter: MetricsFilter = {};
  if (search.from) filter.from = search.from;
  if (search.to) filter.to = search.to;
  if (search.platforms?.length) filter.platforms = search.platforms;
  if (search.segment && search.segment !== 'all') filter.segment = search.segment;
  return { filter, interval: search.interval ?? 'week' };
}

const IsoDay = MetricsFilter.shape.from.unwrap();

/**
 * The members behind a number, as the members screen's search: every number of the explorer links
 * there with the filter that produced it (`…/members?step=deep`, `?cohort=2026-03-02&n=3`), on top of
 * the shared filters (period, platforms, segment).
 */
export const MembersSearch = ClientSearch.extend({
  /** Reached this funnel step within the conversion window (entered in the period); with `literal`, did its own action. */
  step: z.enum(FUNNEL_STEPS).optional().catch(undefined),
  literal: z.boolean().optional().catch(undefined),
  /** With `step`: only the entrants who had the whole conversion window before the end of the range (the funnel's `fullWindow`). */
  fullWindow: z.boolean().optional().catch(undefined),
  /** The cohort of this period (first interaction), active `n` intervals later. */
  cohort: IsoDay.optional().catch(undefined),
  n: z.number().int().min(0).optional().catch(undefined),
  /** Lifecycle class in this period. */
  lifecycle: z.enum(['new', 'returning', 'resurrecting', 'dormant']).optional().catch(undefined),
  period: IsoDay.optional().catch(undefined),
  /** Active (any inbound interaction) in the period. */
  active: z.boolean().optional().catch(undefined),
  /** With a deep interaction in the period (detailed comment, story reply, DM, save, share, two-way reply). */
  deep: z.boolean().optional().catch(undefined),
  /** Active before the period too (true), or for the first time in it (false); with `active`. */
  returning: z.boolean().optional().catch(undefined),
  /** Name or handle contains this. */
  q: z.string().max(200).optional().catch(undefined),
});
export type MembersSearch = z.infer<typeof MembersSearch>;

/** The funnel screen's own state, on top of the shared filters. */
export const FunnelSearch = ClientSearch.extend({
  /** Show the funnel of the entrants who had the whole conversion window. */
  full: z.boolean().optional().catch(undefined),
  /** The breakdown shown: by platform (default) or by entry cohort. */
  by: z.enum(['platform', 'cohort']).optional().catch(undefined),
  /** The post whose interactions are open. */
  post: z.number().int().optional().catch(undefined),
});
export type FunnelSearch = z.infer<typeof FunnelSearch>;

/** The messages behind a number, as the conversations screen's search. */
export const ConversationsSearch = ClientSearch.extend({
  q: z.string().max(200).optional().catch(undefined),
  signal: z.enum(['question', 'purchase', 'complaint', 'praise']).optional().catch(undefined),
  /** Inbound conversations the brand answered (true) or not (false). */
  answered: z.boolean().optional().catch(undefined),
  /** The conversation open in the reading view. */
  open: z.number().int().optional().catch(undefined),
});
export type ConversationsSearch = z.infer<typeof ConversationsSearch>;
