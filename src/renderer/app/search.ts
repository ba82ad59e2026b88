import { z } from 'zod';
import { Interval, MetricsFilter, Segment } from '../../core/contract/metrics';
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
