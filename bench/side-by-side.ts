import { existsSync, linkSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { planGeneration } from '../src/core/generate';
import { dataset } from './datasets';
import { importOnce, ROOT, summarise, type ImportRun, type ImportSummary } from './imports';
import { failure, median, runNode } from './measure';

const CHAT_ANALYTICS = join(ROOT, 'node_modules', 'chat-analytics', 'dist', 'lib', 'CLI.js');

export interface SideBySide {
  status: 'ok' | 'skipped' | 'failed';
  detail: string;
  file?: string;
  messages?: number;
  bytes?: number;
  cercle?: ImportSummary;
  /** `cercle import --analytics`: the import, then the analytics tables built (closer to what chat-analytics does). */
  cercleAnalytics?: ImportSummary;
  chatAnalytics?: { runs: ImportRun[]; medianMs: number; medianRssMb: number | undefined; maxRssMb: number | undefined; error?: string };
  /** chat-analytics median time / cercle median time. */
  ratio?: number;
  /** chat-analytics median time / `cercle import --analytics` median time. */
  ratioWithAnalytics?: number;
}

/** Interactions to request so that the DCE file holds about `messages` message objects (joins count: DCE writes them as messages). */
function sizeForMessages(messages: number, seed: number): number {
  const pilot = planGeneration({ size: 20_000, seed, formats: ['discord'], discordChannels: 1 }).formats[0]!.counts;
  const perInteraction = ((pilot.notes.messages ?? 0) + (pilot.interactions.join ?? 0)) / pilot.total;
  return Math.round(messages / perInteraction);
}

/**
 * The same generated DiscordChatExporter JSON through `cercle import` and through the chat-analytics
 * CLI (which builds its whole HTML report), alternating which goes first, each run in a fresh child.
 */
export async function sideBySide(
  work: string,
  opts: { messages: number; runs: number; seed: number; timeoutMs: number; log: (s: string) => void; lean?: boolean },
): Promise<SideBySide> {
  if (!existsSync(CHAT_ANALYTICS)) return { status: 'skipped', detail: 'chat-analytics is not installed (npm install)' };
  const size = sizeForMessages(opts.messages, opts.seed);
  const lean = opts.lean === true;
  opts.log(
    `side by side: generating a single-channel ${lean ? 'lean ' : ''}DCE export of ~${opts.messages} messages (${size} interactions)`,
  );
  const ds = await dataset(work, `sbs-${lean ? 'lean-' : ''}${opts.messages}-s${opts.seed}`, {
    size,
    seed: opts.seed,
    formats: ['discord'],
    discordChannels: 1,
    ...(lean ? { discordLean: true } : {}),
  });
  const f = ds.manifest.formats[0]!;
  // A plain name: chat-analytics reads -i as a glob, and DCE names contain [brackets].
  const file = join(ds.dir, 'dce-export.json');
  if (!existsSync(file)) linkSync(join(ds.dir, f.inputs[0]!), file);
  const messages = (f.counts.notes.messages ?? 0) + (f.counts.interactions.join ?? 0);
  const bytes = statSync(file).size;
  const cercleRuns: ImportRun[] = [];
  const cercleAnalyticsRuns: ImportRun[] = [];
  const caRuns: ImportRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const order = i % 2 === 0 ? ['cercle', 'ca', 'cercle+analytics'] : ['cercle+analytics', 'ca', 'cercle'];
    for (const who of order) {
      if (who === 'cercle') {
        opts.log(`side by side run ${i + 1}/${opts.runs}: cercle import`);
        cercleRuns.push(await importOnce([file], join(work, 'ws', 'sbs'), opts.timeoutMs));
      } else if (who === 'cercle+analytics') {
        opts.log(`side by side run ${i + 1}/${opts.runs}: cercle import --analytics`);
        cercleAnalyticsRuns.push(await importOnce([file], join(work, 'ws', 'sbs'), opts.timeoutMs, 'bench', ['--analytics']));
      } else {
        opts.log(`side by side run ${i + 1}/${opts.runs}: chat-analytics`);
        const out = join(work, 'ws', 'sbs-report.html');
        const res = await runNode([CHAT_ANALYTICS, '-p', 'discord', '-i', file, '-o', out], { cwd: ROOT, timeoutMs: opts.timeoutMs });
        rmSync(out, { force: true });
        caRuns.push({
          ms: res.ms,
          maxRssMb: res.maxRssMb,
          cpuMs: res.cpuMs,
          added: undefined,
          ...(res.code !== 0 ? { error: failure(res, opts.timeoutMs) } : {}),
        });
      }
    }
  }
  rmSync(join(work, 'ws', 'sbs'), { recursive: true, force: true });
  const cercle = summarise(cercleRuns);
  const cercleAnalytics = summarise(cercleAnalyticsRuns);
  const caOk = caRuns.filter((r) => !r.error);
  const caRss = caOk.map((r) => r.maxRssMb).filter((x): x is number => x !== undefined);
  const chatAnalytics = {
    runs: caRuns,
    medianMs: median(caOk.map((r) => r.ms)),
    medianRssMb: caRss.length ? median(caRss) : undefined,
    maxRssMb: caRss.length ? Math.max(...caRss) : undefined,
    ...(caOk.length === 0 ? { error: caRuns[0]?.error } : {}),
  };
  const ok = cercle.status === 'ok' && caOk.length > 0;
  return {
    status: ok ? 'ok' : 'failed',
    detail: ok
      ? `${messages} messages, ${(bytes / 1e6).toFixed(0)} MB`
      : `cercle: ${cercle.error ?? 'ok'}; chat-analytics: ${chatAnalytics.error ?? 'ok'}`,
    file,
    messages,
    bytes,
    cercle,
    cercleAnalytics,
    chatAnalytics,
    ...(ok ? { ratio: chatAnalytics.medianMs / cercle.medianMs } : {}),
    ...(ok && cercleAnalytics.status === 'ok' ? { ratioWithAnalytics: chatAnalytics.medianMs / cercleAnalytics.medianMs } : {}),
  };
}
