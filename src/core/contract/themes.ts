import { z } from 'zod';
import { method } from './define';
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
});
export type ThemesResult = z.infer<typeof ThemesResult>;

export const ThemesProgress = z.object({ client: z.string(), step: z.string(), fraction: z.number() });
export type ThemesProgress = z.infer<typeof ThemesProgress>;

export const themesContract = {
  /** Finds the themes of a client's texts (a long job: off the UI thread) and stores them in its file. */
  'themes.compute': method(z.object({ client: ClientName }).extend(ThemeSettings.shape), ThemesResult),
  /** The stored themes, as computed last. */
  'themes.get': method(z.object({ client: ClientName }), ThemesResult),
  /** The texts of one theme (or the unclassified ones: theme null), newest first. */
  'themes.messages': method(
    z.object({
      client: ClientName,
      theme: z.number().int().nullable(),
      limit: z.number().int().min(1).max(1000).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ total: z.number(), messages: z.array(ThemeQuote) }),
  ),
};
