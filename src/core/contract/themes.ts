import { z } from 'zod';
import { method } from './define';
import { Interval, MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The kinds of interaction whose text themes are found in (the brand's own left out by default). */
export const THEME_KINDS = ['comment', 'reply', 'dm', 'story_reply', 'message'] as const;

export const ThemeSettings = z.object({
  /** The seed of every random choice: the same texts and seed give the same themes. */
  seed: z.number().int().default(1),
  /** 0 = the coarsest cut of the tree (2 themes) … 1 = every leaf; absent = the cut the data suggest. */
  granularity: z.number().min(0).max(1).optional(),
  /** Count the brand's own messages too (off by default: themes are what the community says). */
  includeBrand: z.boolean().default(false),
});
export type ThemeSettings = z.infer<typeof ThemeSettings>;

export const ThemeQuote = z.object({
  /** The interaction it is (traceable to its message). */
  id: z.number(),
  text: z.string(),
  at: z.string(),
  platform: z.string(),
  kind: z.string(),
  author: z.string(),
  /** The author's person id (the member screen). */
  person: z.number(),
});
export type ThemeQuote = z.infer<typeof ThemeQuote>;

export const ThemeWeek = z.object({
  /** The Monday of the week (local date, YYYY-MM-DD). */
  week: z.string(),
  count: z.number(),
  /** Of that week's classified and unclassified texts. */
  share: z.number(),
});

export const ThemeSummary = z.object({
  id: z.number(),
  label: z.string(),
  terms: z.array(z.string()),
  /** Texts in the theme. */
  size: z.number(),
  /** size / every text of the run (unclassified included). */
  share: z.number(),
  /** Distinct people who wrote in it. */
  members: z.number(),
  /** The node it merges into at a coarser granularity. */
  parent: z.number().nullable(),
  quotes: z.array(ThemeQuote),
  /** Every week from the run's first text to its last, empty weeks included. */
  trend: z.array(ThemeWeek),
});
export type ThemeSummary = z.infer<typeof ThemeSummary>;

export const ThemesResult = z.object({
  client: z.string(),
  /** When the stored themes were computed; null when they never were. */
  computedAt: z.string().nullable(),
  settings: ThemeSettings.extend({ kinds: z.array(z.string()) }).nullable(),
  /** Texts the run read. */
  texts: z.number(),
  seconds: z.number(),
  themes: z.array(ThemeSummary),
  /** Texts too short or too far from every theme. */
  unclassified: z.number(),
  /**
   * Texts of the run's kinds imported since it (in no theme): above 0 the themes are behind the texts.
   * An import that brings texts queues a new run at once, so a reader sees this only when that run was
   * cancelled or failed (or before it is saved, for a reader that does not wait on the client).
   */
  newTexts: z.number(),
});
export type ThemesResult = z.infer<typeof ThemesResult>;

/**
 * Where a themes run is: reading the texts, the engine's steps (core/themes/cluster-texts.ts), storing
 * the result; then how it ended. The engine's steps are spelled here too (the contract is below the
 * engine); client-themes.ts checks at compile time that the two lists agree.
 */
export const THEME_RUN_STEPS = ['read', 'analyse', 'features', 'embed', 'cluster', 'refine', 'tree', 'label', 'store'] as const;
export const THEME_RUN_ENDS = ['done', 'cancelled', 'failed'] as const;
export const ThemesProgress = z.object({
  client: z.string(),
  step: z.enum([...THEME_RUN_STEPS, ...THEME_RUN_ENDS]),
  /** 0..1 across the whole run; 1 once done. */
  fraction: z.number(),
  /** The run an import started because it brought new texts (with the stored settings), not one asked for. */
  automatic: z.boolean(),
  /** failed: why, as a code and parameters, for the shell to say in its user's language. */
  reason: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()]).optional()) }).optional(),
});
export type ThemesProgress = z.infer<typeof ThemesProgress>;
export type ThemeRunStep = ThemesProgress['step'];

/** Did a theme's share rise in the recent weeks: the test, its numbers and the verdict. */
export const ThemeEmergence = z.object({
  /** Texts of the theme in the recent window and in the window before. */
  recent: z.number(),
  before: z.number(),
  recentShare: z.number(),
  beforeShare: z.number(),
  /** recentShare / beforeShare; null when the theme had no text before (new). */
  ratio: z.number().nullable(),
  /** One-sided two-proportion z-test (pooled): z and its p-value. */
  z: z.number(),
  p: z.number(),
  /** p below 0.05 once multiplied by the number of themes tested (Bonferroni), with a ratio of at least 1.5. */
  emerging: z.boolean(),
});
export type ThemeEmergence = z.infer<typeof ThemeEmergence>;

export const ThemeMetricsRow = z.object({
  id: z.number(),
  /** The consultant's name if given, else the computed one. */
  label: z.string(),
  computedLabel: z.string(),
  terms: z.array(z.string()),
  hidden: z.boolean(),
  /** The theme can go back to its parts: the two nodes below it in the tree, or the themes merged into it. */
  canSplit: z.boolean(),
  /** Texts in the theme under the filter, and their share of every text of the run under the filter. */
  size: z.number(),
  share: z.number(),
  members: z.number(),
  /** Mean depth weight of its texts (analytics settings: DM, story reply, detailed or short comment). */
  meanDepth: z.number().nullable(),
  /** Inbound conversations holding at least one of its texts, as responsiveness counts them. */
  inboundConversations: z.number(),
  answered: z.number(),
  responseRate: z.number().nullable(),
  medianFirstResponseMinutes: z.number().nullable(),
  /** Per period of `periods`: texts, and their share of the period's texts. */
  counts: z.array(z.number()),
  shares: z.array(z.number()),
  emergence: ThemeEmergence.nullable(),
});
export type ThemeMetricsRow = z.infer<typeof ThemeMetricsRow>;

export const ThemeMetrics = z.object({
  client: z.string(),
  computedAt: z.string().nullable(),
  /** Texts imported since the run (not in any theme yet): the screen offers to compute again. */
  newTexts: z.number(),
  seconds: z.number(),
  /** Texts of the run under the filter (classified or not). */
  texts: z.number(),
  unclassified: z.object({ size: z.number(), share: z.number(), members: z.number() }),
  interval: z.enum(['week', 'month']),
  periods: z.array(z.object({ start: z.string(), partial: z.enum(['start', 'end']).nullable(), total: z.number() })),
  themes: z.array(ThemeMetricsRow),
  /** The windows the emergence test compared (null when the range holds too few complete weeks). */
  window: z
    .object({ recentFrom: z.string(), recentTo: z.string(), beforeFrom: z.string(), beforeTo: z.string(), test: z.string() })
    .nullable(),
  /** The tree's cut: themes at it, and leaves (the finest cut). */
  cut: z.object({ themes: z.number(), leaves: z.number() }),
  /** Consultant's edits that matched no theme of the latest run (kept, not applied). */
  editsNotApplied: z.number(),
});
export type ThemeMetrics = z.infer<typeof ThemeMetrics>;

export const ThemeQuotes = z.object({
  quotes: z.array(ThemeQuote.extend({ pinned: z.boolean() })),
  /** Quotes the consultant removed from this theme (to restore them). */
  removed: z.array(ThemeQuote),
});
export type ThemeQuotes = z.infer<typeof ThemeQuotes>;

const ThemeRef = z.object({ client: ClientName, theme: z.number().int() });
/**
 * The reader's language: computed labels and terms come in its words where the client's texts of that
 * language have them ("livraison" for the term English texts write "delivery"); absent, the form
 * written most over both languages. A consultant's name for a theme is shown as given.
 */
const ReaderLang = z.enum(['en', 'fr']).optional();
const EditDone = z.object({ applied: z.boolean() });

/** The consultant's layer over the computed themes: kept in the client file and replayed after each run. */
const themeEditsContract = {
  /** Per-theme numbers under the shared filters (period, platforms): share, members, depth, responses, trend, emergence. */
  'themes.metrics': method(
    z.object({ client: ClientName, filter: MetricsFilter.default({}), interval: Interval.default('week'), lang: ReaderLang }),
    ThemeMetrics,
  ),
  /** A theme's quotes: pinned first, then the computed ones the consultant did not remove. */
  'themes.quotes': method(ThemeRef, ThemeQuotes),
  /** Names a theme (an empty label gives back the computed one). */
  'themes.rename': method(ThemeRef.extend({ label: z.string().max(120) }), EditDone),
  /** Puts the texts of `theme` into `into`. */
  'themes.merge': method(ThemeRef.extend({ into: z.number().int() }), EditDone),
  /** Splits a theme back into its parts: the themes merged into it, else its two children in the tree. */
  'themes.split': method(ThemeRef, EditDone),
  'themes.hide': method(ThemeRef.extend({ hidden: z.boolean() }), EditDone),
  /** Pins a text as a quote of the theme, unpins it, removes a quote, or restores a removed one. */
  'themes.quote': method(ThemeRef.extend({ message: z.number().int(), action: z.enum(['pin', 'unpin', 'remove', 'restore']) }), EditDone),
  /** Cuts the stored tree at another number of themes (no recomputing); the edits are replayed. */
  'themes.cut': method(z.object({ client: ClientName, themes: z.number().int().min(1) }), EditDone),
};

export const themesContract = {
  ...themeEditsContract,
  /** Finds the themes of a client's texts (a long job: off the UI thread) and stores them in its file. */
  'themes.compute': method(z.object({ client: ClientName, lang: ReaderLang }).extend(ThemeSettings.shape), ThemesResult),
  /**
   * Cancels the client's themes runs, running or queued (asked for, or started by an import): each stops
   * at its next step with the error themes.cancelled and the stored themes stay as they were. `cancelled`
   * says whether there was one. Answered at once: it does not wait for the client's running work.
   */
  'themes.cancel': method(z.object({ client: ClientName }), z.object({ cancelled: z.boolean() })),
  /** The stored themes, as computed last. */
  'themes.get': method(z.object({ client: ClientName, lang: ReaderLang }), ThemesResult),
  /** The texts of one theme (or the unclassified ones: theme null), newest first. */
  'themes.messages': method(
    z.object({
      client: ClientName,
      theme: z.number().int().nullable(),
      /** Only the texts whose day and platform the shared filters keep (as themes.metrics counts them). */
      filter: MetricsFilter.optional(),
      limit: z.number().int().min(1).max(1000).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ total: z.number(), messages: z.array(ThemeQuote) }),
  ),
};
