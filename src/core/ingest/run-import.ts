import type { Db } from '../db/db';
import { transactionAsync } from '../db/db';
import { detectImporter, IMPORTERS } from '../importers/registry';
import type { Importer, ImportContext, ImportSink, InputFile } from '../importers/types';
import type { ImportProgress, ImportWarning, SkipReason, Skipped } from '../contract/imports';
import { CercleError, describeSkip, ImportCancelled, ImportError } from '../errors';
import { BRAND_NAMES, brandNames, clientTimezone, setJsonSetting } from '../settings/settings';
import { BULK_BYTES, BulkIndexes } from './bulk-mode';
import { canOffload, type ParseOffload, replay } from './offload';
import { ReadAhead, readHeads } from './read-ahead';
import { AggregateTally } from '../stats/aggregate-tally';
import { addToAggregates, maxInteractionId, rebuildAggregates } from '../stats/aggregates';
import { countReads } from './read-progress';
import { refusedFileError, refusedFileWarning } from './refused-files';
import { linkThreadRoots } from './thread-roots';
import { ImportShared, ImportWriter } from './writer';

export interface ImportOptions {
  brands?: readonly string[];
  /** Overrides the client's timezone for formats whose timestamps carry none. */
  timezone?: string;
  now: () => number;
  onProgress?: (p: Omit<ImportProgress, 'client'>) => void;
  isCancelled?: () => boolean;
  importers?: readonly Importer[];
  /** Input size from which indexes are rebuilt once rather than row by row (tests lower it). */
  bulkBytes?: number;
  /** Parses large single-file exports on another thread while this one writes (see offload.ts). */
  offload?: ParseOffload;
  /** Size from which a file is offloaded (tests lower it). */
  offloadBytes?: number;
  /** Called after each phase with its duration by `now` (profiling: the bench and CERCLE_PROFILE). */
  onPhase?: (name: string, ms: number) => void;
}

export interface SourceOutcome {
  file: string;
  format: string;
  platform: Importer['platform'];
  records: number;
  added: number;
  warnings: string[];
  alreadyImported: boolean;
}

export interface ImportOutcome {
  sources: SourceOutcome[];
  skipped: Skipped[];
  /** Skipped files named like an export's record file whose layout was not understood (refused-files.ts). */
  warnings: ImportWarning[];
  added: { interactions: number; members: number; contents: number };
}

const HEAD_NAME = (p: string) => p.split('/').pop() ?? p;

/**
 * Imports files into one client database, all or nothing: every file is parsed inside one
 * transaction, and any error rolls the whole import back (the caller then keeps the file on disk as
 * it was). Files nothing recognises are listed as skipped, with why, and also warned about when their
 * name says which records they hold; if none is recognised the import fails, naming the file.
 */
export async function runImport(db: Db, files: readonly InputFile[], opts: ImportOptions): Promise<ImportOutcome> {
  const importers = opts.importers ?? IMPORTERS;
  const planned: { file: InputFile; importer: Importer }[] = [];
  const skipped: Skipped[] = [];
  const refused: ImportError<'import.layout-not-understood'>[] = [];
  let last = opts.now();
  const phase = (name: string) => {
    const t = opts.now();
    opts.onPhase?.(name, t - last);
    last = t;
  };
  const heads = await readHeads(files);
  phase('detect');
  for (const [k, file] of files.entries()) {
    const head = heads[k]!;
    // Let each head go once its file is detected: a small file's head is the whole file, and an Instagram
    // archive of 1M interactions has 111k of them (~300 MB of text held through the whole import otherwise).
    heads[k] = '';
    if (head.includes('\u0000') && !/\.(json|csv|txt|html?)$/i.test(file.innerPath)) {
      skipped.push(skip(file.path, 'binary'));
      continue;
    }
    const input = { path: file.path, innerPath: file.innerPath, name: HEAD_NAME(file.innerPath), head };
    const importer = detectImporter(input, importers);
    if (importer) planned.push({ file, importer });
    else {
      const why = unknownKind(file, head);
      skipped.push(skip(file.path, why));
      const refusal = why === 'empty' ? undefined : refusedFileError(file.path, input, importers);
      if (refusal) refused.push(refusal);
    }
  }
  if (planned.length === 0) {
    if (files.length === 0) throw new CercleError('import.no-input');
    // Nothing imported and a file named like a record file refused: its reason is the useful one.
    if (refused[0]) throw refused[0];
    if (files.length === 1) throw new ImportError('import.unrecognised', { file: files[0]!.path, why: skipped[0]?.why ?? 'unknown' });
    throw new ImportError('import.none-recognised', { file: files[0]!.path.split('/')[0]!, files: files.length });
  }

  const timezone = opts.timezone ?? clientTimezone(db);
  const brands = [...new Set([...brandNames(db), ...(opts.brands ?? [])])];
  const ctx: ImportContext = { timezone, files };
  const before = counts(db);

  const bytesTotal = planned.reduce((n, p) => n + p.file.size, 0);
  const bulk = bytesTotal >= (opts.bulkBytes ?? BULK_BYTES);
  const state: RunState = {
    db,
    opts,
    ctx,
    brands,
    timezone,
    total: planned.length,
    records: 0,
    bytesTotal,
    bytesDone: 0,
    sources: [],
    written: [],
    tally: new AggregateTally(),
    shared: new ImportShared(db),
    coverages: new Map(),
  };
  // Foreign keys are checked per row and cost ~15% of a large import; the writer only ever references
  // rows it has just resolved. The pragma cannot change inside a transaction, hence out here.
  if (bulk) db.exec('PRAGMA foreign_keys = OFF');
  const ahead = new ReadAhead(planned.map((p) => p.file));
  try {
    await transactionAsync(db, async () => {
      if (opts.brands && opts.brands.length > 0) setJsonSetting(db, BRAND_NAMES, brands);
      phase('plan');
      const lastId = maxInteractionId(db);
      const indexes = bulk ? new BulkIndexes(db) : undefined;
      try {
        for (const [i, p] of planned.entries()) await importOne(state, i, ahead.take(i), p.importer);
      } finally {
        state.shared.free();
      }
      phase('parse+insert');
      if (indexes?.restore()) state.tally.spoil();
      phase('indexes');
      linkThreadRoots(db, lastId);
      phase('threads');
      finishSources(db, state.sources, state.written);
      phase('sources');
      if (state.tally.usable) state.tally.write(db);
      else if (state.tally.needsRebuild) rebuildAggregates(db);
      else addToAggregates(db, lastId);
      phase('aggregates');
      // The analytics tables are not rebuilt here: the import is saved as soon as its rows and the
      // summary aggregates are in, and the first metrics request (or metrics.prepare, which the app
      // sends right after an import) rebuilds them once. At 1M interactions that rebuild takes about
      // as long as the import itself, and a consultant importing several exports pays it once.
    });
  } finally {
    await ahead.settle();
    if (bulk) db.exec('PRAGMA foreign_keys = ON');
  }
  const sources = state.sources;

  const after = counts(db);
  return {
    sources,
    skipped,
    warnings: refused.map(refusedFileWarning),
    added: {
      interactions: after.interactions - before.interactions,
      members: after.members - before.members,
      contents: after.contents - before.contents,
    },
  };
}

interface Written {
  index: number;
  sourceId: number;
  hash: string;
  /** Contents and metrics added (upserts, counted by the writer). */
  other: number;
}

interface RunState {
  db: Db;
  opts: ImportOptions;
  ctx: ImportContext;
  brands: string[];
  timezone: string;
  total: number;
  records: number;
  /** Sizes of every planned file, and of those done: with the part read of the current one, how far the import has got. */
  bytesTotal: number;
  bytesDone: number;
  sources: SourceOutcome[];
  written: Written[];
  tally: AggregateTally;
  shared: ImportShared;
  /** Coverage row ids by format. */
  coverages: Map<string, number>;
}

/** The stored row of what the importer's format shows and lacks (migration 012), written once per import and format. */
function coverageId(st: RunState, importer: Importer): number {
  let id = st.coverages.get(importer.format);
  if (id === undefined) {
    const shows = JSON.stringify(importer.coverage.shows);
    const lacks = JSON.stringify(importer.coverage.lacks);
    st.db.run('INSERT INTO coverages (shows, lacks) VALUES (?, ?) ON CONFLICT (shows, lacks) DO NOTHING', [shows, lacks]);
    id = Number(st.db.get<{ id: number }>('SELECT id FROM coverages WHERE shows = ? AND lacks = ?', [shows, lacks])!.id);
    st.coverages.set(importer.format, id);
  }
  return id;
}

async function importOne(st: RunState, i: number, file: InputFile, importer: Importer): Promise<void> {
  const { db, opts } = st;
  // Through the import's shared statements: an Instagram archive is 111k files at 1M interactions, and
  // these three statements prepared anew per file cost ~13 % of its parse+insert.
  const statement = (sql: string) => st.shared.statements.get(sql);
  statement(
    "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone, coverage_id) VALUES (?,'',?,?,?,0,0,?,?)",
  ).run([file.path, importer.format, importer.platform, opts.now(), st.timezone, coverageId(st, importer)]);
  const sourceId = Number(statement('SELECT last_insert_rowid() AS id').get()!.id);
  const writer = new ImportWriter(db, importer.platform, sourceId, st.timezone, st.brands, st.tally, st.shared);
  const warnings: string[] = [];
  let sinceReport = 0;
  let read = 0;
  const progress = () => ({
    file: file.path,
    filesDone: i,
    filesTotal: st.total,
    records: st.records + writer.counts.records,
    bytesDone: st.bytesDone + Math.min(read, file.size),
    bytesTotal: st.bytesTotal,
  });
  const sink: ImportSink = {
    interaction: (r) => writer.interaction(r),
    content: (r) => void writer.content(r),
    contentMetric: (r) => writer.contentMetric(r),
    channel: (r) => void writer.channel(r),
    identity: (r) => void writer.identity(r),
    declareBrand: (r) => writer.declareBrand(r),
    isBrand: (r) => writer.isBrandRef(r),
    warn: (m) => {
      if (warnings.length < 200) warnings.push(m);
    },
    checkpoint: () => {
      if (opts.isCancelled?.()) throw new ImportCancelled();
      if (writer.counts.records - sinceReport >= 5000) {
        sinceReport = writer.counts.records;
        opts.onProgress?.(progress());
      }
    },
  };
  let offloadedHash: string | undefined;
  try {
    if (opts.offload && canOffload(file, importer, opts.offloadBytes)) {
      const job = {
        path: file.path,
        diskPath: file.diskPath,
        innerPath: file.innerPath,
        size: file.size,
        format: importer.format,
        timezone: st.timezone,
        brands: st.brands,
      };
      offloadedHash = (
        await opts.offload.parse(
          job,
          (ops) => replay(ops, sink),
          (chars) => (read = chars),
        )
      ).hash;
    } else {
      await importer.import(
        countReads(file, (chars) => (read = chars)),
        sink,
        st.ctx,
      );
    }
  } catch (err) {
    if (err instanceof CercleError) throw err;
    // An importer tripping over a file it accepted: most likely a damaged or unusual file, so the user
    // hears which one; the cause is logged with its stack, since it may as well be a bug of ours.
    throw new ImportError(
      'import.invalid-file',
      { file: file.path, format: importer.label, detail: oneLine(err instanceof Error ? err.message : String(err)) },
      { cause: err },
    );
  } finally {
    writer.close();
  }
  // Hashing after parsing lets a streamed file be hashed in the same pass that parsed it.
  const hash = offloadedHash ?? (await file.hash());
  st.records += writer.counts.records;
  if (writer.counts.records === 0 && writer.counts.contentsSeen === 0 && writer.counts.identities === 0)
    warnings.push('no records found in this file');
  statement('UPDATE sources SET content_hash = ?, records = ?, warnings = ? WHERE id = ?').run([
    hash,
    writer.counts.records,
    JSON.stringify(warnings),
    sourceId,
  ]);
  st.written.push({ index: st.sources.length, sourceId, hash, other: writer.counts.metrics + writer.counts.contents });
  st.sources.push({
    file: file.path,
    format: importer.format,
    platform: importer.platform,
    records: writer.counts.records,
    added: 0,
    warnings,
    alreadyImported: false,
  });
  st.bytesDone += file.size;
  opts.onProgress?.({
    file: file.path,
    filesDone: i + 1,
    filesTotal: st.total,
    records: st.records,
    bytesDone: st.bytesDone,
    bytesTotal: st.bytesTotal,
  });
}

/**
 * What each source really added, counted once after de-duplication (one scan, whatever the mode); a
 * file identical to one imported before that added nothing is recorded as already imported.
 */
function finishSources(db: Db, sources: SourceOutcome[], written: Written[]): void {
  if (written.length === 0) return;
  // Sources of this run were appended after every earlier one, so one id bound separates them: two
  // set-based queries instead of one query per file (an Instagram archive can hold 100k files).
  const firstNew = written.reduce((m, w) => Math.min(m, w.sourceId), Infinity);
  const added = new Map<number, number>();
  for (const r of db.all<{ s: number; n: number }>(
    'SELECT source_id AS s, COUNT(*) AS n FROM interactions WHERE source_id >= ? GROUP BY source_id',
    [firstNew],
  ))
    added.set(Number(r.s), Number(r.n));
  const priors = new Set(
    db
      .all<{ h: string; f: string }>('SELECT content_hash AS h, format AS f FROM sources WHERE id < ?', [firstNew])
      .map((r) => `${r.f}\u0000${r.h}`),
  );
  const del = db.prepare('DELETE FROM sources WHERE id = ?');
  const upd = db.prepare('UPDATE sources SET added = ? WHERE id = ?');
  try {
    for (const w of written) {
      const out = sources[w.index]!;
      const n = (added.get(w.sourceId) ?? 0) + w.other;
      if (n === 0 && priors.has(`${out.format}\u0000${w.hash}`)) {
        del.run([w.sourceId]);
        sources[w.index] = { ...out, added: 0, warnings: ['already imported: nothing added'], alreadyImported: true };
        continue;
      }
      upd.run([n, w.sourceId]);
      out.added = n;
    }
  } finally {
    del.free();
    upd.free();
  }
}

function counts(db: Db) {
  const r = db.get<{ i: number; m: number; c: number }>(
    'SELECT (SELECT COUNT(*) FROM interactions) AS i, (SELECT COUNT(*) FROM people WHERE is_brand = 0) AS m, (SELECT COUNT(*) FROM contents) AS c',
  )!;
  return { interactions: Number(r.i), members: Number(r.m), contents: Number(r.c) };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function unknownKind(file: InputFile, head: string): SkipReason {
  if (file.size === 0 || head.trim() === '') return 'empty';
  const t = head.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return 'json';
  if (t.startsWith('<')) return 'html';
  return 'unknown';
}

/** A file left out of the import: the reason as a code (the shells say it in their language) and in English. */
function skip(file: string, why: SkipReason): Skipped {
  return { file, why, reason: describeSkip(why, 'en') };
}
