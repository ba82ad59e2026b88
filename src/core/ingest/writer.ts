import type { Db, Statement } from '../db/db';
import { StatementCache } from '../db/statement-cache';
import { INTERACTION_KINDS, type Direction, type InteractionKind, type Platform } from '../domain/kinds';
import type { ChannelRecord, ContentMetricRecord, ContentRecord, IdentityRef, InteractionRecord } from '../domain/records';
import { BRAND_OWNERS, getJsonSetting, setJsonSetting } from '../settings/settings';
import type { AggregateTally } from '../stats/aggregate-tally';
import { BrandNames } from './offload';
import { periodKeys } from '../util/time-zone';
import { countWords } from '../util/text';

export interface WriterCounts {
  records: number;
  identities: number;
  /** Contents this source created or completed (an identical re-import leaves it at 0). */
  contents: number;
  /** Contents this source named at all, new or not. */
  contentsSeen: number;
  metrics: number;
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(INTERACTION_KINDS);

interface IdentityEntry {
  id: number;
  person: number;
  brand: boolean;
}

/**
 * What the writers of one import share, file after file: prepared statements, the identities resolved so far
 * (per platform) and the brand owners already recorded. An Instagram archive is one file per DM thread: with a
 * writer of its own each, 11,000 files meant ~110,000 statement preparations and a lookup of the archive
 * owner's identity in every file. Valid inside the import's transaction only; run-import.ts frees it.
 */
export class ImportShared {
  readonly statements: StatementCache;
  private readonly identities = new Map<string, Map<string, IdentityEntry>>();
  readonly owners = new Set<string>();

  constructor(db: Db) {
    this.statements = new StatementCache(db);
  }

  identitiesOf(platform: string): Map<string, IdentityEntry> {
    let m = this.identities.get(platform);
    if (!m) this.identities.set(platform, (m = new Map()));
    return m;
  }

  free(): void {
    this.statements.free();
  }
}

/**
 * Writes normalised records of one source into a client database. Identities, channels and contents
 * are cached by natural key so the hot path (one interaction) is a Map lookup and one prepared INSERT.
 * Dedup is by the UNIQUE (platform, key) constraints: re-importing an overlapping export adds nothing.
 */
export class ImportWriter {
  readonly counts: WriterCounts = { records: 0, identities: 0, contents: 0, contentsSeen: 0, metrics: 0 };
  private readonly identityIds: Map<string, IdentityEntry>;
  private readonly owners: Set<string>;
  private readonly channelIds = new Map<string, number>();
  private readonly contentIds = new Map<string, number>();
  private readonly brandNames: BrandNames;
  /** The import's shared statements, or this writer's own (freed by close()). */
  private readonly statements: StatementCache;
  private readonly ownStatements: boolean;
  /** One prepared INSERT per (kind, direction): constants are SQL literals, so fewer strings cross into WebAssembly per row. */
  private readonly insInteraction = new Map<string, Statement>();
  private readonly selIdentity: Statement;
  private readonly insIdentity: Statement;
  private readonly insPerson: Statement;
  // Prepared once: a CSV export can attach a content and a metric to every message (DCE CSV reactions).
  private readonly upsertContent: Statement;
  private readonly selContent: Statement;
  private readonly upsertMetric: Statement;

  constructor(
    private readonly db: Db,
    private readonly platform: Platform,
    private readonly sourceId: number,
    private readonly timezone: string,
    brandNames: readonly string[],
    /** Counts the rows really added, for the summary aggregates (see aggregate-tally.ts). */
    private readonly tally?: AggregateTally,
    /** What every file of one import shares (run-import.ts); without it the writer keeps its own. */
    shared?: ImportShared,
  ) {
    this.brandNames = new BrandNames(brandNames);
    this.ownStatements = !shared;
    this.statements = shared?.statements ?? new StatementCache(db);
    this.identityIds = shared?.identitiesOf(platform) ?? new Map();
    this.owners = shared?.owners ?? new Set();
    this.selIdentity = this.prepare('SELECT id, person_id, is_brand FROM identities WHERE platform = ? AND handle = ?');
    this.insIdentity = this.prepare('INSERT INTO identities (platform, handle, name, person_id, is_brand) VALUES (?,?,?,?,?)');
    this.insPerson = this.prepare('INSERT INTO people (name, is_brand) VALUES (?, ?)');
    this.upsertContent = this.prepare(
      `INSERT INTO contents (platform, key, kind, author_identity_id, at, title, text, url, source_id) VALUES (?,?,?,?,?,?,?,?,?)
         ON CONFLICT(platform, key) DO UPDATE SET
           author_identity_id = COALESCE(contents.author_identity_id, excluded.author_identity_id),
           at = COALESCE(contents.at, excluded.at), title = COALESCE(contents.title, excluded.title),
           text = COALESCE(contents.text, excluded.text), url = COALESCE(contents.url, excluded.url)
         -- Only a row that gains something counts as a change, so re-importing a file adds nothing.
         WHERE (contents.author_identity_id IS NULL AND excluded.author_identity_id IS NOT NULL)
            OR (contents.at IS NULL AND excluded.at IS NOT NULL) OR (contents.title IS NULL AND excluded.title IS NOT NULL)
            OR (contents.text IS NULL AND excluded.text IS NOT NULL) OR (contents.url IS NULL AND excluded.url IS NOT NULL)`,
    );
    this.selContent = this.prepare('SELECT id FROM contents WHERE platform = ? AND key = ?');
    this.upsertMetric = this.prepare(
      `INSERT INTO content_metrics (content_id, metric, value, source_id) VALUES (?,?,?,?)
       ON CONFLICT(content_id, metric) DO UPDATE SET value = excluded.value, source_id = excluded.source_id
       WHERE content_metrics.value IS NOT excluded.value`,
    );
  }

  private insertFor(kind: InteractionKind, direction: Direction): Statement {
    const k = `${kind}/${direction}`;
    let stmt = this.insInteraction.get(k);
    if (!stmt) {
      // Values come from the closed kind/direction/platform lists (kinds.ts), never from input text.
      stmt = this.prepare(`INSERT OR IGNORE INTO interactions
          (platform, kind, direction, key, source_id, identity_id, person_id, channel_id, content_id, thread_key,
           reply_to_key, target_identity_id, at, day, week, month, text, words)
          VALUES ('${this.platform}','${kind}','${direction}',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
      this.insInteraction.set(k, stmt);
    }
    return stmt;
  }

  private prepare(sql: string): Statement {
    return this.statements.get(sql);
  }

  isBrandRef(ref: IdentityRef): boolean {
    return this.brandNames.has(ref);
  }

  /** Marks an identity as the brand's own (the archive owner, or a --brand name). */
  declareBrand(ref: IdentityRef): void {
    this.brandNames.add(ref.handle);
    const id = this.identity(ref);
    const cached = this.identityIds.get(ref.handle)!;
    const owner = `${this.platform}:${ref.handle}`;
    if (!this.owners.has(owner)) {
      const owners = getJsonSetting<string[]>(this.db, BRAND_OWNERS, []);
      if (!owners.includes(owner)) setJsonSetting(this.db, BRAND_OWNERS, [...owners, owner]);
      this.owners.add(owner);
    }
    if (!cached.brand) {
      this.db.run('UPDATE identities SET is_brand = 1 WHERE id = ?', [id]);
      this.db.run('UPDATE people SET is_brand = 1 WHERE id = ?', [cached.person]);
      this.db.run("UPDATE interactions SET direction = 'outbound' WHERE identity_id = ?", [id]);
      if (this.db.changes() > 0) this.tally?.spoil(true); // rows already counted (now or in an earlier import) changed direction
      cached.brand = true;
    }
  }

  identity(ref: IdentityRef): number {
    return this.resolveIdentity(ref).id;
  }

  private resolveIdentity(ref: IdentityRef): { id: number; person: number; brand: boolean } {
    const handle = ref.handle;
    const hit = this.identityIds.get(handle);
    if (hit) return hit;
    const row = this.selIdentity.get([this.platform, handle]);
    let entry: IdentityEntry;
    if (row) {
      entry = { id: Number(row.id), person: Number(row.person_id), brand: Number(row.is_brand) === 1 };
    } else {
      const brand = this.isBrandRef(ref);
      this.insPerson.run([ref.name ?? handle, brand ? 1 : 0]);
      const person = this.lastId();
      this.insIdentity.run([this.platform, handle, ref.name ?? null, person, brand ? 1 : 0]);
      entry = { id: this.lastId(), person, brand };
      this.counts.identities++;
    }
    this.identityIds.set(handle, entry);
    return entry;
  }

  channel(rec: ChannelRecord): number {
    const hit = this.channelIds.get(rec.key);
    if (hit !== undefined) return hit;
    // The first import names the channel; a later one can only add the request flag (migration 006).
    this.prepare(
      `INSERT INTO channels (platform, key, kind, name, is_request) VALUES (?,?,?,?,?)
       ON CONFLICT(platform, key) DO UPDATE SET is_request = 1 WHERE excluded.is_request = 1 AND channels.is_request = 0`,
    ).run([this.platform, rec.key, rec.kind, rec.name ?? null, rec.request ? 1 : 0]);
    const id = Number(this.prepare('SELECT id FROM channels WHERE platform = ? AND key = ?').get([this.platform, rec.key])!.id);
    this.channelIds.set(rec.key, id);
    return id;
  }

  content(rec: ContentRecord): number {
    const hit = this.contentIds.get(rec.key);
    if (hit !== undefined) return hit;
    const author = rec.author ? this.identity(rec.author) : null;
    this.upsertContent.run([
      this.platform,
      rec.key,
      rec.kind,
      author,
      rec.at ?? null,
      rec.title ?? null,
      rec.text ?? null,
      rec.url ?? null,
      this.sourceId,
    ]);
    if (this.db.changes() > 0) this.counts.contents++;
    this.counts.contentsSeen++;
    const id = Number(this.selContent.get([this.platform, rec.key])!.id);
    this.contentIds.set(rec.key, id);
    return id;
  }

  /** A content known only by key (a post an interaction points at): created bare, completed later. */
  private contentByKey(key: string): number {
    return this.contentIds.get(key) ?? this.content({ key, kind: 'post' });
  }

  contentMetric(rec: ContentMetricRecord): void {
    const contentId = this.contentByKey(rec.contentKey);
    this.upsertMetric.run([contentId, rec.metric, rec.value, this.sourceId]);
    // A newer export of the same insights updates values; an identical one changes nothing.
    if (this.db.changes() > 0) this.counts.metrics++;
    this.counts.records++;
  }

  interaction(rec: InteractionRecord): void {
    if (!Number.isFinite(rec.at)) throw new Error(`record ${rec.key} has no valid timestamp`);
    const author = this.resolveIdentity(rec.author);
    const direction = rec.direction ?? (author.brand ? 'outbound' : 'inbound');
    const channelId = rec.channel ? this.channel(rec.channel) : null;
    const contentId = rec.contentKey !== undefined ? this.contentByKey(rec.contentKey) : null;
    const targetId = rec.target ? this.identity(rec.target) : null;
    const { day, week, month } = periodKeys(this.timezone, rec.at);
    const text = rec.text === undefined || rec.text === '' ? null : rec.text;
    if (!KNOWN_KINDS.has(rec.kind)) throw new Error(`record ${rec.key} has an unknown kind "${String(rec.kind)}"`);
    if (direction !== 'inbound' && direction !== 'outbound')
      throw new Error(`record ${rec.key} has an unknown direction "${String(direction)}"`);
    this.insertFor(rec.kind, direction).run([
      rec.key,
      this.sourceId,
      author.id,
      author.person,
      channelId,
      contentId,
      rec.threadKey ?? null,
      rec.replyToKey ?? null,
      targetId,
      rec.at,
      day,
      week,
      month,
      text,
      countWords(text),
    ]);
    // INSERT OR IGNORE: a row whose natural key exists already changes nothing and is not counted.
    if (this.tally && this.db.changes() > 0)
      this.tally.add(day, this.platform, rec.kind, direction === 'outbound', text !== null, author.person, rec.at);
    // What was really added is counted once per source after de-duplication (run-import.ts).
    this.counts.records++;
  }

  private lastId(): number {
    return Number(this.prepare('SELECT last_insert_rowid() AS id').get()!.id);
  }

  /** Frees the writer's own statements; shared ones are the import's to free. */
  close(): void {
    if (this.ownStatements) this.statements.free();
  }
}
