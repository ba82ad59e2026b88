import type { Db } from '../db/db';
import { transaction } from '../db/db';
import type { ChannelKind, ContentKind, InteractionKind, Platform } from '../domain/kinds';
import { mergeIdentities } from '../identity/identities';
import { ImportWriter } from '../ingest/writer';
import { clientTimezone } from '../settings/settings';
import { zonedWallToUtc } from '../util/time-zone';
import { refreshDerived } from './derived/refresh-derived';
import type { UtcMs } from '../util/time-keys';

/** The brand's handle in hand-built test communities. */
export const BRAND = 'Brand';

/** One event of a hand-built community, as a test reads it. */
export interface Ev {
  /** Member handle, or BRAND. */
  who: string;
  kind: InteractionKind;
  /** Wall-clock time in the client's time zone: "YYYY-MM-DD HH:MM". */
  at: string;
  platform?: Platform;
  text?: string;
  thread?: string;
  /** A group chat / channel key, or a channel with its kind. */
  channel?: string | { key: string; kind: ChannelKind };
  post?: string;
  /** Handle of the member (or BRAND) addressed. */
  to?: string;
}

export interface TestContent {
  platform?: Platform;
  key: string;
  kind: ContentKind;
  at: string;
  title?: string;
  metrics: Record<string, number>;
}

/** The events of one platform (those without one count as `fallback`'s) as interactions of an import, keyed by `key`. */
export function writeEvents(
  w: ImportWriter,
  events: readonly Ev[],
  platform: string,
  fallback: Platform,
  tz: string,
  key: (i: number) => string,
): void {
  events.forEach((e, i) => {
    if ((e.platform ?? fallback) !== platform) return;
    const channel =
      e.channel === undefined ? undefined : typeof e.channel === 'string' ? { key: e.channel, kind: 'group' as const } : e.channel;
    w.interaction({
      key: key(i),
      kind: e.kind,
      at: wall(tz, e.at),
      author: { handle: e.who, name: e.who },
      text: e.text,
      threadKey: e.thread,
      channel,
      contentKey: e.post,
      target: e.to === undefined ? undefined : { handle: e.to, name: e.to },
    });
  });
}

/** Local wall-clock "YYYY-MM-DD HH:MM" → UTC ms in the client's time zone. */
export function wall(tz: string, at: string): UtcMs {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(at);
  if (!m) throw new Error(`bad test time "${at}"`);
  return zonedWallToUtc(tz, Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/**
 * Writes a small community through the real ImportWriter (one source per platform, the brand
 * declared), merges the identities that share a handle across platforms into one person, as a
 * consultant would, then builds the derived tables like an import does.
 */
export function buildCommunity(db: Db, events: readonly Ev[], contents: readonly TestContent[] = []): void {
  const tz = clientTimezone(db);
  transaction(db, () => {
    const platforms = [...new Set([...events.map((e) => e.platform ?? 'instagram'), ...contents.map((c) => c.platform ?? 'instagram')])];
    for (const platform of platforms) {
      db.run(
        "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone) VALUES (?, ?, 'test', ?, 0, 0, 0, ?)",
        [`test/${platform}`, `test-${platform}`, platform, tz],
      );
      const sourceId = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
      const w = new ImportWriter(db, platform, sourceId, tz, [BRAND]);
      w.declareBrand({ handle: BRAND, name: BRAND });
      for (const c of contents.filter((x) => (x.platform ?? 'instagram') === platform)) {
        w.content({ key: c.key, kind: c.kind, at: wall(tz, c.at), title: c.title, author: { handle: BRAND } });
        for (const [metric, value] of Object.entries(c.metrics)) w.contentMetric({ contentKey: c.key, metric, value });
      }
      writeEvents(w, events, platform, 'instagram', tz, (i) => `ev${i}`);
      w.close();
    }
  });
  const groups = db.all<{ handle: string; ids: string }>(
    'SELECT handle, group_concat(id) AS ids FROM identities WHERE is_brand = 0 GROUP BY handle HAVING COUNT(*) > 1',
  );
  for (const g of groups) mergeIdentities(db, g.ids.split(',').map(Number));
  transaction(db, () => refreshDerived(db));
}

/** Writes events as one import of their own (its own source per platform; keys prefixed by `batch`, so a later batch adds rows). */
export function importBatch(db: Db, events: readonly Ev[], batch: string): void {
  const tz = clientTimezone(db);
  transaction(db, () => {
    for (const platform of [...new Set(events.map((e) => e.platform ?? 'discord'))]) {
      db.run(
        "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone) VALUES (?, ?, 'test', ?, 0, 0, 0, ?)",
        [`test/${batch}/${platform}`, `test-${batch}-${platform}`, platform, tz],
      );
      const sourceId = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
      const w = new ImportWriter(db, platform, sourceId, tz, [BRAND]);
      w.declareBrand({ handle: BRAND, name: BRAND });
      writeEvents(w, events, platform, 'discord', tz, (i) => `${batch}-${i}`);
      w.close();
    }
  });
}
