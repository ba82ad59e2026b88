import type { ContentKind } from '../../../domain/kinds';
import type { IdentityRef } from '../../../domain/records';
import { zonedWallToUtc } from '../../../util/time-zone';
import { isEmptyLine, parseCsv } from '../../csv';
import type { ImportSink, InputFile } from '../../types';
import { ImportError } from '../../../errors';
import { foldLabel } from '../shared/aliases';
import { metricName } from '../shared/metrics';
import { mediaKey, postKey, shortcodeFromUrl } from '../shared/urls';
import type { UtcMs } from '../../../util/time-keys';

/** Business Suite writes "Publish time" as MM/DD/YYYY HH:MM in Pacific time (formats.md §3, measured by a third party). */
export const PUBLISH_TIME_ZONE = 'America/Los_Angeles';

/** Columns by meaning, English header first (headers are localised; unknown ones are kept as metrics). */
const COLUMNS = {
  id: ['Post ID', 'Video asset ID', 'ID da publicação', 'Identificação do post', 'ID de la publicación', 'ID de publicación'],
  permalink: ['Permalink', 'Link permanente', 'Enlace permanente'],
  publish: ['Publish time', 'Horário de publicação', 'Hora de publicación', 'Heure de publication'],
  type: ['Post type', 'Tipo de publicação', 'Tipo de publicación', 'Type de publication'],
  description: ['Description', 'Descrição', 'Descripción'],
  title: ['Title', 'Título', 'Titre'],
  username: ['Account username', 'Nome de usuário da conta', 'Nombre de usuario de la cuenta'],
  accountName: ['Account name', 'Nome da conta', 'Nombre de la cuenta'],
  pageName: ['Page name', 'Nome da Página', 'Nombre de la página'],
  date: ['Date', 'Data', 'Fecha'],
} as const;

/** Identity and text columns: everything else that holds a number is a metric. */
const NOT_METRICS = new Set(
  [
    ...Object.values(COLUMNS).flat(),
    'Account ID',
    'Page ID',
    'Data comment',
    'Caption type',
    'Is crosspost',
    'Is share',
    'Languages',
    'Custom labels',
    'Funded content status',
  ].map(foldLabel),
);

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PUBLISH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function kindOf(type: string | undefined): ContentKind {
  const t = (type ?? '').toLowerCase();
  if (/story/.test(t)) return 'story';
  if (/reel/.test(t)) return 'reel';
  if (/video/.test(t)) return 'video';
  if (/live/.test(t)) return 'live';
  return 'post';
}

function publishedAt(raw: string | undefined): UtcMs | undefined {
  const m = raw ? PUBLISH.exec(raw.trim()) : null;
  if (!m) return undefined;
  const wall = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0);
  return zonedWallToUtc(PUBLISH_TIME_ZONE, wall);
}

/**
 * A Meta Business Suite / Instagram insights CSV (posts or stories; Facebook Page posts): one content
 * row per post (key from Post ID, URL from Permalink) and its received-engagement metrics. Columns are
 * found by name, in any order; a BOM, multi-line quoted captions and quoted thousands ("12,500") are
 * read as such; `Date` = "Lifetime" is a period label, not a date. No member identity is in these files.
 */
export async function importInsightsCsv(file: InputFile, sink: ImportSink, platform: 'instagram' | 'facebook'): Promise<void> {
  let rows: string[][];
  try {
    rows = parseCsv(await file.text(), { delimiter: ',' })
      .filter((r) => !isEmptyLine(r))
      .map((r) => r.fields);
  } catch (err) {
    throw new ImportError('import.csv-unreadable', { file: file.path, detail: (err as Error).message.replace(/\s+/g, ' ').slice(0, 120) });
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  const folded = header.map(foldLabel);
  const col = (aliases: readonly string[]) => {
    for (const a of aliases) {
      const i = folded.indexOf(foldLabel(a));
      if (i >= 0) return i;
    }
    return -1;
  };
  const c = Object.fromEntries(Object.entries(COLUMNS).map(([k, v]) => [k, col(v)])) as Record<keyof typeof COLUMNS, number>;
  if (c.id < 0 && c.permalink < 0) throw new ImportError('import.insights-no-id', { file: file.path });
  const metricCols = header.map((h, i) => ({ i, name: metricName(h) })).filter(({ i }) => header[i] !== '' && !NOT_METRICS.has(folded[i]!));

  let brand: IdentityRef | undefined;
  let unreadable = 0;
  let noKey = 0;
  let noTime = 0;
  let dated = 0;
  for (const row of rows.slice(1)) {
    const get = (i: number) => (i >= 0 ? row[i]?.replace(/\r\n?/g, '\n').trim() || undefined : undefined);
    const id = get(c.id);
    const url = get(c.permalink);
    const code = shortcodeFromUrl(url);
    const key = id ? (platform === 'instagram' ? mediaKey(id) : `fb-post:${id}`) : code ? postKey(code) : undefined;
    if (!key) {
      noKey++;
      continue;
    }
    const handle = get(c.username) ?? get(c.pageName);
    if (handle && !brand) {
      brand = { handle, name: get(c.accountName) ?? handle };
      sink.declareBrand(brand);
    }
    const period = get(c.date);
    if (period && !/^lifetime$/i.test(period)) dated++;
    const at = publishedAt(get(c.publish));
    if (at === undefined) noTime++;
    sink.content({ key, kind: kindOf(get(c.type)), at, author: brand, url, title: get(c.title), text: get(c.description) });
    for (const { i, name } of metricCols) {
      const raw = get(i);
      if (raw === undefined) continue;
      if (!NUMBER.test(raw)) {
        unreadable++;
        continue;
      }
      sink.contentMetric({ contentKey: key, metric: name, value: Number(raw.replace(/,/g, '')) });
    }
    sink.checkpoint();
  }
  sink.warn(`"Publish time" read as ${PUBLISH_TIME_ZONE} (Meta Business Suite's export time zone)`);
  if (unreadable > 0) sink.warn(`${unreadable} metric cell(s) are not numbers and were left out`);
  if (noKey > 0) sink.warn(`${noKey} row(s) without a Post ID or permalink were left out`);
  if (noTime > 0) sink.warn(`${noTime} row(s) have no readable "Publish time"`);
  // A per-day export repeats each post; metrics hold one value per post, so the last row wins.
  if (dated > 0) sink.warn(`${dated} row(s) cover a "Date" other than "Lifetime": for each post only its last row's numbers are kept`);
}
