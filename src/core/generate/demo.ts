import { refreshDerived } from '../analytics/derived/refresh-derived';
import type { Db } from '../db/db';
import type { InputFile } from '../importers/types';
import { runImport } from '../ingest/run-import';
import { CLIENT_TIMEZONE, settingsOf } from '../settings/settings';
import { stableHash } from '../util/hash';
import { planGeneration } from './generate';
import type { TopicSink } from './topic-labels';
import type { GeneratedFile } from './types';
const DAY = 86_400_000;

export interface DemoOptions {
  seed?: number;
  /** Interactions written into the exports (followers included). */
  size?: number;
  /** The clock: the demo's year of activity ends on the day before today. */
  now: () => number;
  /** Receives every member text with its topic, to score the themes found against them. */
  labels?: TopicSink;
}

/**
 * The demo client: a year of a brand's community on Instagram, WhatsApp, Discord, LinkedIn and Telegram,
 * written by the generator in the platforms' real export formats and imported like a consultant's
 * files, so its sources, coverage and warnings are the real ones. The generator gives a community
 * shaped like a real brand's: followers who never interact several times more numerous than those who
 * speak, heavy-tailed activity, a few ambassadors, a brand that answers most questions and complaints
 * with office-hours delays, French and English members, busier seasons.
 */
export async function generateDemo(db: Db, opts: DemoOptions): Promise<{ interactions: number }> {
  const today = Math.floor(opts.now() / DAY) * DAY;
  const plan = planGeneration({
    size: opts.size ?? 9_000,
    seed: opts.seed ?? 42,
    end: today - 1,
    days: 365,
    silentFollowers: 3,
    discordChannels: 2,
    calibrate: false,
    labels: opts.labels,
  });
  settingsOf(db).set(CLIENT_TIMEZONE, plan.timezone);
  const files = plan.formats.flatMap((f) => [...f.generator.files()].map(inMemory));
  const outcome = await runImport(db, files, { brands: [plan.brand], timezone: plan.timezone, now: opts.now });
  refreshDerived(db);
  return { interactions: outcome.added.interactions };
}

/** A generated file as an import input: an archive member shows as `archive.zip/inner/path`, as on disk. */
function inMemory(file: GeneratedFile): InputFile {
  const text = [...file.chunks()].join('');
  const path = file.archive ? `${file.archive}/${file.path}` : file.path;
  return {
    path,
    innerPath: file.path,
    size: text.length,
    head: async () => text.slice(0, 65536),
    text: async () => text,
    async *chunks() {
      for (let i = 0; i < text.length; i += 1 << 16) yield text.slice(i, i + (1 << 16));
    },
    hash: async () => stableHash(text),
  };
}
