import type { Handlers } from '../../../core/contract';
import { resolveFilter } from '../../../core/analytics/metrics/filter';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import { readClientThemes, themeMessages } from '../../../core/themes/client-themes';
import { cutStoredTree, editTheme, type ThemeEdit } from '../../../core/themes/theme-edits';
import { themeFactsWanted, writeThemeFacts } from '../../../core/themes/theme-facts';
import { themeMetrics } from '../../../core/themes/theme-metrics';
import { metricsInLanguage } from '../../../core/themes/node-labels';
import { themeQuotes } from '../../../core/themes/theme-quotes';
import type { Workspace } from '../../store/workspace';
import type { ThemeJobs } from '../../themes/theme-jobs';
import { ensureDerivedFresh } from './fresh-read';

type ThemesHandlers = Pick<Handlers, Extract<keyof Handlers, `themes.${string}`>>;

/**
 * Themes of a client's texts: computed by the core engine inside one write of the client file (in the
 * app this runs in the database worker, never on the UI thread), then read back from what was stored;
 * the consultant's edits are writes of their own, kept for the next runs. Runs go through the shared
 * jobs (node/themes/theme-jobs.ts), which imports also start.
 */
export function themesHandlers(ws: Workspace, now: () => number, jobs: ThemeJobs): ThemesHandlers {
  const edit = async (client: string, e: ThemeEdit) => ({ applied: await ws.write(client, (db) => editTheme(db, e, now())) });
  return {
    'themes.compute': async ({ client, lang, ...settings }) => {
      await jobs.compute(client, settings);
      return ws.read(client, (db) => readClientThemes(db, client, lang));
    },
    // Not through the client's queue, which the run holds: answered between two steps of the run.
    'themes.cancel': async ({ client }) => ({ cancelled: jobs.cancel(client) }),
    'themes.get': async ({ client, lang }) => ws.read(client, (db) => readClientThemes(db, client, lang)),
    'themes.messages': async ({ client, theme, filter, limit, offset }) =>
      ws.read(client, (db) => themeMessages(db, theme, limit, offset, filter ? resolveFilter(db, filter) : undefined)),
    'themes.metrics': async ({ client, filter, interval, lang }) => {
      await ensureDerivedFresh(ws, client);
      // Facts missing (a run before migration 011) or stale (conversations cut again, time zone, people):
      // written again once, so this and every later call read them instead of the interactions.
      if (await ws.read(client, (db) => themeFactsWanted(db))) await ws.write(client, (db) => writeThemeFacts(db));
      return ws.read(client, (db) =>
        metricsInLanguage(db, themeMetrics(db, client, resolveFilter(db, filter), loadAnalyticsSettings(db), interval), lang),
      );
    },
    'themes.quotes': async ({ client, theme }) => ws.read(client, (db) => themeQuotes(db, theme)),
    'themes.rename': async ({ client, theme, label }) => edit(client, { kind: 'rename', theme, label }),
    'themes.merge': async ({ client, theme, into }) => edit(client, { kind: 'merge', theme, into }),
    'themes.split': async ({ client, theme }) => edit(client, { kind: 'split', theme }),
    'themes.hide': async ({ client, theme, hidden }) => edit(client, { kind: 'hide', theme, hidden }),
    'themes.quote': async ({ client, theme, message, action }) => edit(client, { kind: 'quote', theme, message, action }),
    'themes.cut': async ({ client, themes }) => ({ applied: await ws.write(client, (db) => cutStoredTree(db, themes)) }),
  };
}
