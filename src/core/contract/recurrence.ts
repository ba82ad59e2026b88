import { z } from 'zod';
import { method } from './define';
import { MetricsFilter, PeriodPartial } from './metrics';
import { ClientName } from './schemas';

/** The recurrence screen's own method; its other numbers are the metrics.* ones (retention, lifecycle…). */

export const StickinessMonth = z.object({
  /** The month's first day. */
  period: z.string(),
  /** Members active in the month (MAU). */
  monthlyActive: z.number(),
  /** Mean members active per week over `weeks`, the whole weeks of the month inside the data and the range (WAU). */
  averageWeeklyActive: z.number().nullable(),
  weeks: z.number(),
  /** WAU ÷ MAU: near 1/4 members come once a month, near 1 every week. Null without a whole week or a member. */
  wauMau: z.number().nullable(),
  /** A whole month of data and range: compare it with others. An incomplete one is drawn marked, never as a drop. */
  complete: z.boolean(),
  partial: PeriodPartial,
});
export type StickinessMonth = z.infer<typeof StickinessMonth>;

export const StickinessSeries = z.object({ months: z.array(StickinessMonth) });
export type StickinessSeries = z.infer<typeof StickinessSeries>;

export const recurrenceContract = {
  /** Stickiness over time: WAU/MAU of every month of the range (metrics.stickiness gives the whole range's). */
  'recurrence.stickinessSeries': method(z.object({ client: ClientName, filter: MetricsFilter.default({}) }), StickinessSeries),
};
