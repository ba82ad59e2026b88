import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './imports';
import { failure, median, runNode } from './measure';

export interface ReportPdfCase {
  status: 'ok' | 'failed';
  detail: string;
  /** What the client is. */
  client: string;
  lang: 'fr' | 'en';
  /** Pages of the report, every section. */
  pages: number;
  /** Wall time of `cercle report … --out FILE.pdf` per run, process start and Chromium included. */
  runsMs: number[];
  medianMs: number;
}

export interface ReportPdfResult {
  /** The demo client (one year, five platforms, about 5,700 texts), in French. */
  demo: ReportPdfCase;
  /** An agency's client on all eight platforms, in French and in English (19 and 21 pages when this was written). */
  agency: ReportPdfCase[];
}

/**
 * Files of the platforms the generator does not write (TikTok, YouTube, Facebook and its Business Suite
 * CSV), from the project's own test fixtures: with them the client spans all eight platforms, as an
 * agency's client does, and the report's tables and appendix carry every platform.
 */
const OTHER_PLATFORMS = [
  'tiktok/2025-11_user_data_tiktok_PRUNED.json',
  'youtube/comments_2025_nine_columns.csv',
  'youtube/live_chats_currency.csv',
  'facebook/2022_messenger_inbox_message_1.json',
  'facebook/2022_redacted_group_comments_and_comments.json',
  'meta/fb_posts_insights.csv',
];
/** 50k interactions on the generator's five platforms: with the eight platforms, the report runs to 20 pages. */
const AGENCY_SIZE = 50_000;

/** A setup step; its arguments are read when it runs (the import lists files the step before wrote). */
type Step = { what: string; args: () => string[] };

/**
 * Times `cercle report` to PDF as a user runs it (the reports issue: a 20-page report in ≤ 5 s), on
 * the demo client and on an agency's client: 50k generated interactions plus the other platforms'
 * fixtures, themes computed, every section, French.
 */
export async function measureReportPdf(runs: number, timeoutMs: number, log: (s: string) => void): Promise<ReportPdfResult> {
  const cli = join(ROOT, 'bin', 'cercle.mjs');
  const [demo] = await measureCase('demo', 'demo', ['fr'], runs, timeoutMs, log, (ws) => [
    { what: 'building the demo client', args: () => [cli, 'demo', '--workspace', ws] },
  ]);
  const agency = await measureCase(
    `agency: ${AGENCY_SIZE / 1000}k generated interactions + TikTok, YouTube, Facebook fixtures`,
    'agency',
    ['fr', 'en'],
    runs,
    timeoutMs,
    log,
    (ws) => {
      const gen = join(ws, 'exports');
      return [
        { what: 'generating the exports', args: () => [cli, 'generate', '--out', gen, '--size', String(AGENCY_SIZE), '--seed', '3'] },
        {
          what: 'importing them',
          args: () => [
            cli,
            'import',
            ...readdirSync(gen)
              .filter((f) => !['manifest.json', 'topics.tsv'].includes(f))
              .map((f) => join(gen, f)),
            '--client',
            'agency',
            '--brand',
            'Maison Lumière',
            '--workspace',
            ws,
          ],
        },
        {
          what: 'importing the other platforms',
          args: () => [
            cli,
            'import',
            ...OTHER_PLATFORMS.map((f) => join(ROOT, 'tests', 'fixtures', f)),
            '--client',
            'agency',
            '--analytics',
            '--workspace',
            ws,
          ],
        },
        { what: 'computing the themes', args: () => [cli, 'themes', '--client', 'agency', '--workspace', ws] },
      ];
    },
  );
  return { demo: demo!, agency };
}

/** The report of a client made in each language in turn, `runs` times each (alternating, so load drifts hit both). */
async function measureCase(
  label: string,
  client: string,
  langs: ('fr' | 'en')[],
  runs: number,
  timeoutMs: number,
  log: (s: string) => void,
  setup: (ws: string) => Step[],
): Promise<ReportPdfCase[]> {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-bench-report-'));
  const cli = join(ROOT, 'bin', 'cercle.mjs');
  const cases = langs.map((lang): ReportPdfCase => ({
    status: 'ok',
    detail: '',
    client: label,
    lang,
    pages: 0,
    runsMs: [],
    medianMs: NaN,
  }));
  const failed = (detail: string): ReportPdfCase[] => cases.map((c) => ({ ...c, status: 'failed', detail }));
  try {
    for (const step of setup(ws)) {
      log(`report (${client}): ${step.what}`);
      const res = await runNode(step.args(), { cwd: ROOT, timeoutMs });
      if (res.code !== 0) return failed(failure(res, timeoutMs));
    }
    for (let i = 0; i < runs; i++)
      for (const c of cases) {
        log(`report (${client}, ${c.lang}): PDF run ${i + 1}/${runs}`);
        const out = join(ws, `report-${c.lang}-${i}.pdf`);
        const res = await runNode([cli, 'report', '--client', client, '--lang', c.lang, '--out', out, '--workspace', ws], {
          cwd: ROOT,
          timeoutMs,
          // the CLI's own messages in English, so the page count is read from one sentence
          env: { CERCLE_LANG: 'en' },
        });
        if (res.code !== 0) return failed(failure(res, timeoutMs));
        c.runsMs.push(res.ms);
        c.pages = Number(/\((\d+) pages/.exec(res.stdout)?.[1] ?? 0);
      }
    return cases.map((c) => ({ ...c, medianMs: median(c.runsMs) }));
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
