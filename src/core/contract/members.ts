import { z } from 'zod';
import { method } from './define';
import { IdentityView } from './identities';
import { Ambassador, FUNNEL_STEPS, Interval, MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The members screens' slice: the grid of every member, the evidence behind a number, one member's page. */

const IsoDay = MetricsFilter.shape.from.unwrap();
const PersonId = z.number().int().min(1);

export const LIFECYCLE_CLASSES = ['new', 'returning', 'resurrecting', 'dormant'] as const;

/**
 * The number whose members are listed: a funnel step (entered in the range; `literal`: did the step's own
 * action), a retention cell (the cohort's members active `n` intervals later), a lifecycle class of one
 * period, or the members active in the range. Several narrow each other. The interval of a cohort or a
 * period is the query's.
 */
export const MemberEvidence = z
  .object({
    step: z.enum(FUNNEL_STEPS).optional(),
    literal: z.boolean().optional(),
    cohort: IsoDay.optional(),
    n: z.number().int().min(0).optional(),
    lifecycle: z.enum(LIFECYCLE_CLASSES).optional(),
    period: IsoDay.optional(),
    active: z.boolean().optional(),
  })
  .refine((e) => (e.lifecycle === undefined) === (e.period === undefined), 'lifecycle and period go together');
export type MemberEvidence = z.infer<typeof MemberEvidence>;

/**
 * A column of the grid, checked in one loop: a z.array(z.number()) checks each element through zod,
 * measured at 110 ms for the 11 columns of 115k members, this in a few milliseconds.
 */
const column = <T>(what: string, ok: (x: unknown) => boolean) =>
  z.custom<T[]>((v) => Array.isArray(v) && v.every(ok), `expected an array of ${what}`);
const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const Numbers = column<number>('numbers', isNumber);
const NullableNumbers = column<number | null>('numbers or nulls', (x) => x === null || isNumber(x));
const Strings = column<string>('strings', (x) => typeof x === 'string');

/**
 * The grid's rows as columns (one array per field, index i = one member): 100,000 members cross as a
 * few arrays of numbers and strings instead of 100,000 objects repeating every key.
 */
export const MemberColumns = z.object({
  timezone: z.string(),
  /** Members of the client (brand excluded), whatever the filter. */
  total: z.number(),
  /** Bit i of `platformBits` stands for platforms[i]. */
  platforms: z.array(z.string()),
  id: Numbers,
  name: Strings,
  /** Handles and names of the member other than the one shown, separated by spaces (for the search; not numeric account ids). */
  handles: Strings,
  platformBits: Numbers,
  /** Onion tier over the whole history: 1 core, 2 regular, 3 casual, 0 never active. */
  tier: Numbers,
  /** Highest ladder step reached (index in FUNNEL_STEPS: 0 audience … 6 ambassador). */
  ladder: Numbers,
  /** Whole-period, all-platform ambassador score; null without an active interaction. */
  score: NullableNumbers,
  love: NullableNumbers,
  interactions: Numbers,
  /** UTC ms; null for a member with no interaction of their own. */
  firstAt: NullableNumbers,
  lastAt: NullableNumbers,
});
export type MemberColumns = z.infer<typeof MemberColumns>;

export const MemberDetail = z.object({
  personId: z.number(),
  name: z.string(),
  timezone: z.string(),
  tier: z.number(),
  ladder: z.number(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  interactions: z.number(),
  activeInteractions: z.number(),
  identities: z.array(IdentityView),
  /** When each ladder step was first reached, all platforms, whole history (null: not reached). */
  steps: z.array(z.object({ step: z.enum(FUNNEL_STEPS), at: z.string().nullable() })),
  /** Interactions per month of the client's calendar (months with some only), and how many were active (said or wrote something). */
  activity: z.array(z.object({ month: z.string(), interactions: z.number(), active: z.number() })),
});
export type MemberDetail = z.infer<typeof MemberDetail>;

export const TimelineItem = z.object({
  id: z.number(),
  at: z.string(),
  platform: z.string(),
  kind: z.string(),
  direction: z.string(),
  text: z.string().nullable(),
  /** The group chat or channel, or the post, it was written in. */
  place: z.string().nullable(),
  /** The conversation (conversations screen) a message belongs to; null for reactions, follows… */
  conversationId: z.number().nullable(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const MemberScore = z.object({
  /** Place in the ranking of the filter's range and platforms, of `of` ranked members; null: no active interaction there. */
  rank: z.number().nullable(),
  of: z.number(),
  ambassador: Ambassador.nullable(),
});
export type MemberScore = z.infer<typeof MemberScore>;

const Person = z.object({ client: ClientName, person: PersonId });

export const membersContract = {
  'members.list': method(
    z.object({
      client: ClientName,
      filter: MetricsFilter.default({}),
      interval: Interval.default('week'),
      evidence: MemberEvidence.default({}),
    }),
    MemberColumns,
  ),
  'members.get': method(Person, MemberDetail),
  'members.timeline': method(
    Person.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }),
    z.object({ total: z.number(), items: z.array(TimelineItem) }),
  ),
  'members.score': method(Person.extend({ filter: MetricsFilter.default({}) }), MemberScore),
};
