import { z } from 'zod';
import { method } from './define';
import { MetricsFilter, PeriodPartial } from './metrics';
import { ClientName, Platform, SourceSummary } from './schemas';

/**
 * The overview slice: the client's home in a few calls, each answered from the derived and aggregate
 * tables (no scan of the interactions), so the screen opens within ~150 ms on a million interactions.
 */

/** A run of whole weeks, Monday to Sunday, as local days (YYYY-MM-DD). */
export const WeekSpan = z.object({ from: z.string(), to: z.string(), weeks: z.number() });
export type WeekSpan = z.infer<typeof WeekSpan>;

export const KpiValue = z.object({
  /** What the card shows: members, a share (0–1) or minutes; null when there is nothing to measure. */
  value: z.number().nullable(),
  /** The members or conversations counted (a share's numerator, a median's answered conversations). */
  count: z.number(),
  /** What a share or a median is taken over (active members, inbound conversations); null for a count. */
  of: z.number().nullable(),
});
export type KpiValue = z.infer<typeof KpiValue>;

export const Kpi = KpiValue.extend({
  /** How the change reads: relative for members and minutes (0.12 = +12 %), a difference in points for shares. */
  unit: z.enum(['members', 'share', 'minutes']),
  /**
   * The same KPI over the compared weeks (the period's complete weeks) and as many weeks right before
   * them; null when there is no comparison (`noComparison` says why).
   */
  comparison: z.object({ current: KpiValue, previous: KpiValue, change: z.number().nullable() }).nullable(),
});
export type Kpi = z.infer<typeof Kpi>;

export const OverviewKpis = z.object({
  timezone: z.string(),
  /**
   * The whole weeks the filter's days fall in, within the data: every number of the overview counts
   * these days (member activity is counted by whole weeks). Null when the filter misses the data.
   */
  period: WeekSpan.nullable(),
  /** 'end': the last week is not over (the data stop before its Sunday); 'start': the data begin after its first Monday. */
  partial: PeriodPartial,
  firstDataDay: z.string().nullable(),
  lastDataDay: z.string().nullable(),
  /** The complete weeks of the period, and as many weeks right before them: what each change compares. */
  compared: z.object({ current: WeekSpan, previous: WeekSpan }).nullable(),
  noComparison: z.enum(['no-previous-period', 'no-complete-week']).nullable(),
  /** Without a known brand account, responses cannot be measured. */
  brandKnown: z.boolean(),
  kpis: z.object({
    /** Members with any interaction in the period. */
    activeMembers: Kpi,
    /** Of the active members, those with a deep interaction in the period (detailed comment, story reply, DM, save, share, two-way reply). */
    deepShare: Kpi,
    /** Of the active members, those already active before the period. */
    returningShare: Kpi,
    /** Of the inbound conversations opened in the period, those the brand answered (ever); `withinWindow` below. */
    responseRate: Kpi,
    /** Median minutes to the brand's first answer, over the answered conversations. */
    medianFirstResponse: Kpi,
    /** Active members of the period who are ambassadors (the whole-history ladder step, as the segment). */
    ambassadors: Kpi,
  }),
  /** The response rate within the response window (`windowHours`), over the same conversations. */
  responseWithinWindow: z.object({ windowHours: z.number(), rate: z.number().nullable() }),
});
export type OverviewKpis = z.infer<typeof OverviewKpis>;

export const OverviewActivity = z.object({
  period: WeekSpan.nullable(),
  /** The Monday of the period's last week when it is not over (drawn marked on the chart). */
  openWeek: z.string().nullable(),
  weekly: z.array(z.object({ week: z.string(), inbound: z.number(), outbound: z.number() })),
  totals: z.object({ interactions: z.number(), inbound: z.number(), outbound: z.number(), messages: z.number() }),
  byPlatform: z.array(
    z.object({ platform: Platform, interactions: z.number(), inbound: z.number(), outbound: z.number(), activeMembers: z.number() }),
  ),
  byKind: z.record(z.string(), z.number()),
  /** The members with the most interactions in the period (scope and segment applied). */
  topMembers: z.array(z.object({ personId: z.number(), name: z.string(), platforms: z.array(z.string()), interactions: z.number() })),
});
export type OverviewActivity = z.infer<typeof OverviewActivity>;

export const GroupedSource = SourceSummary.extend({ shows: z.array(z.string()), lacks: z.array(z.string()) });

/**
 * Imported files grouped by the export they came in: an Instagram archive holds hundreds of files,
 * each a source. `archive`: the files of one ZIP (the path up to `.zip`); `format`: loose files of one
 * platform and format; `file`: a file on its own.
 */
export const SourceGroup = z.object({
  key: z.string(),
  by: z.enum(['archive', 'format', 'file']),
  /** The archive's name, the format, or the file. */
  label: z.string(),
  platforms: z.array(Platform),
  formats: z.array(z.string()),
  files: z.number(),
  records: z.number(),
  added: z.number(),
  warnings: z.number(),
  lastImportedAt: z.string(),
  /** What any of its files shows; what none of them shows but one of them says it lacks. */
  shows: z.array(z.string()),
  lacks: z.array(z.string()),
  sources: z.array(GroupedSource),
});
export type SourceGroup = z.infer<typeof SourceGroup>;

const Query = z.object({ client: ClientName, filter: MetricsFilter.default({}) });

export const overviewContract = {
  'overview.kpis': method(Query, OverviewKpis),
  'overview.activity': method(Query, OverviewActivity),
  'overview.sources': method(z.object({ client: ClientName }), z.array(SourceGroup)),
};
