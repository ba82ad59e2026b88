import type { ContentKind } from '../../../domain/kinds';
import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { labelIs, LABELS } from '../shared/aliases';
import type { Field } from '../shared/entries';
import { cellsOf, readHtmlBlocks } from '../shared/html-blocks';
import { isObject, num, readMetaJson, str, type JsonObject } from '../shared/json-input';
import { isHtml, sectionOfName, unknownLayout } from '../shared/list-file';
import { parseMetric } from '../shared/metrics';
import { resolveOwner } from '../shared/owner';
import { epochToMs, parseHtmlTime } from '../shared/time';
import { mediaIdFromUri, mediaKey } from '../shared/urls';
import type { UtcMs } from '../../../util/time-keys';

/** One insights record: a period summary (audience, reach, interactions) or one post's numbers. */
interface InsightRow {
  fields: Field[];
  mediaUri?: string | undefined;
  caption?: string | undefined;
  at?: UtcMs | undefined;
}

const IDENTITY_LABELS = [...LABELS.mediaThumbnail, ...LABELS.creationTimestamp, ...LABELS.dateRange];

function rowFromJson(o: JsonObject): InsightRow {
  const fields: Field[] = [];
  let at: UtcMs | undefined;
  if (isObject(o.string_map_data)) {
    for (const [label, v] of Object.entries(o.string_map_data)) {
      if (!isObject(v)) continue;
      const ts = num(v.timestamp);
      if (labelIs(label, LABELS.creationTimestamp) && ts) at = epochToMs(ts);
      fields.push({ label, value: str(v.value) });
    }
  }
  const media = isObject(o.media_map_data) ? Object.values(o.media_map_data).find(isObject) : undefined;
  const mts = media ? num(media.creation_timestamp) : undefined;
  return {
    fields,
    mediaUri: media ? str(media.uri) : undefined,
    caption: media ? str(media.title) || undefined : undefined,
    at: at ?? (mts ? epochToMs(mts) : undefined),
  };
}

function kindOf(section: string): ContentKind {
  if (/stor/.test(section)) return 'story';
  if (/reel/.test(section)) return 'reel';
  if (/live/.test(section)) return 'live';
  return 'post';
}

/**
 * Past Instagram insights (logged_information/past_instagram_insights): every number is a string
 * ("1,644,378", "64%", "-1.6% vs Nov 8 - Feb 5", "--"). Per-post pages become metrics of the post's
 * content row (keyed by media id); period summaries become metrics of an account-level content row
 * named after the page and its date range, which has no year in the export. Values that are not one
 * number (distributions, sentences, "--") are reported in a warning, never guessed.
 */
export async function importInsights(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const section = sectionOfName(file);
  const rows: InsightRow[] = [];
  let pageTitle: string | undefined;
  if (isHtml(file)) {
    const page = await readHtmlBlocks(file, (block) => {
      const row: InsightRow = { fields: [] };
      for (const c of cellsOf(block)) {
        if (labelIs(c.label, LABELS.mediaThumbnail)) {
          row.mediaUri = c.href;
          row.caption = c.value || undefined;
        } else if (labelIs(c.label, LABELS.creationTimestamp)) {
          const at = parseHtmlTime(c.value, ctx.timezone);
          row.at = Number.isNaN(at) ? undefined : at;
        } else row.fields.push({ label: c.label, value: c.value });
      }
      rows.push(row);
    });
    pageTitle = page.title;
  } else {
    const root = await readMetaJson(file);
    const lists = isObject(root) ? Object.entries(root).filter(([k, v]) => /^organic_insights_|insights/.test(k) && Array.isArray(v)) : [];
    if (lists.length === 0) throw unknownLayout(file, 'instagram-insights', root);
    for (const [, list] of lists) for (const o of list as unknown[]) if (isObject(o)) rows.push(rowFromJson(o));
  }

  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  const textLabels = new Set<string>();
  let missing = 0;
  let unplaced = 0;
  for (const row of rows) {
    const range = row.fields.find((f) => labelIs(f.label, LABELS.dateRange))?.value;
    const id = mediaIdFromUri(row.mediaUri);
    let key: string;
    if (id) key = mediaKey(id);
    else if (row.at !== undefined) key = stableHash('ig-insight-media', row.at, row.caption ?? '');
    else if (range) key = `insights:${section}:${range}`;
    else {
      unplaced++;
      continue;
    }
    if (range && !id && row.at === undefined) {
      sink.content({ key, kind: 'other', title: `${pageTitle ?? section.replace(/_/g, ' ')} (${range})` });
    } else {
      sink.content({ key, kind: kindOf(section), at: row.at, text: row.caption, author: owner.known ? owner.ref() : undefined });
    }
    for (const f of row.fields) {
      if (IDENTITY_LABELS.some((l) => labelIs(f.label, [l]))) continue;
      const v = parseMetric(f.label, f.value);
      if ('metric' in v) sink.contentMetric({ contentKey: key, metric: v.metric, value: v.value });
      else if ('missing' in v) missing++;
      else textLabels.add(f.label);
    }
    sink.checkpoint();
  }
  if (textLabels.size > 0) {
    const names = [...textLabels]
      .slice(0, 5)
      .map((l) => `"${l}"`)
      .join(', ');
    sink.warn(`${textLabels.size} insight value(s) are not a single number and were left out: ${names}${textLabels.size > 5 ? ', …' : ''}`);
  }
  if (missing > 0) sink.warn(`${missing} insight value(s) were empty or "--" (not available)`);
  if (unplaced > 0) sink.warn(`${unplaced} insight row(s) name no post, date or period and were left out`);
  if (isHtml(file) && rows.some((r) => r.at !== undefined)) sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
}
