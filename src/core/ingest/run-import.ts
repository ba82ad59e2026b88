import type { Db } from '../db/db';
import { transactionAsync } from '../db/db';
import { detectImporter, IMPORTERS } from '../importers/registry';
import type { Importer, ImportContext, ImportSink, InputFile } from '../importers/types';
import { ImportCancelled, ImportError } from '../importers/types';
import { BRAND_NAMES, brandNames, clientTimezone, setJsonSetting } from '../settings/settings';
import { ImportWriter } from './writer';

export interface ImportOptions {
  brands?: readonly string[];
  /** Overrides the client's timezone for formats whose timestamps carry none. */
  timezone?: string;
  now: () => number;
  onProgress?: (p: { file: string; filesDone: number; filesTotal: number; records: number }) => void;
  isCancelled?: () => boolean;
  importers?: readonly Importer[];
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
  skipped: { file: string; reason: string }[];
  added: { interactions: number; members: number; contents: number };
}

const HEAD_NAME = (p: string) => p.split('/').pop() ?? p;

/**
 * Imports files into one client database, all or nothing: every file is parsed inside one
 * transaction, and any error rolls the whole import back (the caller then keeps the file on disk as
 * it was). Files nothing recognises are listed as skipped, with why; if none is recognised the import
 * fails, naming the file.
 */
export async function runImport(db: Db, files: readonly InputFile[], opts: ImportOptions): Promise<ImportOutcome> {
  const importers = opts.importers ?? IMPORTERS;
  const planned: { file: InputFile; importer: Importer }[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of files) {
    let head: string;
    try {
      head = await file.head();
    } catch (err) {
      throw new ImportError(file.path, `cannot be read (${(err as Error).message})`);
    }
    if (head.includes('\u0000') && !/\.(json|csv|txt|html?)$/i.test(file.innerPath)) {
      skipped.push({ file: file.path, reason: 'binary file (media or unknown), not an export record file' });
      continue;
    }
    const importer = detectImporter({ path: file.path, innerPath: file.innerPath, name: HEAD_NAME(file.innerPath), head }, importers);
    if (importer) planned.push({ file, importer });
    else skipped.push({ file: file.path, reason: describeUnknown(file, head) });
  }
  if (planned.length === 0) {
    if (files.length === 1) throw new ImportError(files[0]!.path, skipped[0]?.reason ?? 'not a recognised export');
    throw new ImportError(files.length === 0 ? '(no input)' : files[0]!.path.split('/')[0]!, files.length === 0 ? 'nothing to import' : `none of its ${files.length} files is a recognised export`);
  }

  const timezone = opts.timezone ?? clientTimezone(db);
  const brands = [...new Set([...brandNames(db), ...(opts.brands ?? [])])];
  const ctx: ImportContext = { timezone, files };
  const before = counts(db);
  const sources: SourceOutcome[] = [];
  let records = 0;

  await transactionAsync(db, async () => {
    if (opts.brands && opts.brands.length > 0) setJsonSetting(db, BRAND_NAMES, brands);
    for (const [i, { file, importer }] of planned.entries()) {
      db.run(
        "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone, shows, lacks) VALUES (?,'',?,?,?,0,0,?,?,?)",
        [file.path, importer.format, importer.platform, opts.now(), timezone, JSON.stringify(importer.coverage.shows), JSON.stringify(importer.coverage.lacks)],
      );
      const sourceId = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
      const writer = new ImportWriter(db, importer.platform, sourceId, timezone, brands);
      const warnings: string[] = [];
      let sinceReport = 0;
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
            opts.onProgress?.({ file: file.path, filesDone: i, filesTotal: planned.length, records: records + writer.counts.records });
          }
        },
      };
      try {
        await importer.import(file, sink, ctx);
      } catch (err) {
        if (err instanceof ImportError || err instanceof ImportCancelled) throw err;
        throw new ImportError(file.path, `not a valid ${importer.label} file (${oneLine((err as Error).message)})`);
      } finally {
        writer.close();
      }
      // Hashing after parsing lets a streamed file be hashed in the same pass that parsed it.
      const hash = await file.hash();
      const added = writer.counts.interactions + writer.counts.metrics + writer.counts.contents;
      const prior = db.get('SELECT id FROM sources WHERE content_hash = ? AND format = ? AND id <> ?', [hash, importer.format, sourceId]);
      if (prior && added === 0) {
        db.run('DELETE FROM sources WHERE id = ?', [sourceId]);
        sources.push({ file: file.path, format: importer.format, platform: importer.platform, records: writer.counts.records, added: 0, warnings: ['already imported: nothing added'], alreadyImported: true });
        continue;
      }
      if (writer.counts.records === 0 && writer.counts.contents === 0 && writer.counts.identities === 0) warnings.push('no records found in this file');
      records += writer.counts.records;
      db.run('UPDATE sources SET content_hash = ?, records = ?, added = ?, warnings = ? WHERE id = ?', [hash, writer.counts.records, added, JSON.stringify(warnings), sourceId]);
      sources.push({ file: file.path, format: importer.format, platform: importer.platform, records: writer.counts.records, added, warnings, alreadyImported: false });
      opts.onProgress?.({ file: file.path, filesDone: i + 1, filesTotal: planned.length, records });
    }
  });

  const after = counts(db);
  return {
    sources,
    skipped,
    added: { interactions: after.interactions - before.interactions, members: after.members - before.members, contents: after.contents - before.contents },
  };
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

function describeUnknown(file: InputFile, head: string): string {
  if (file.size === 0 || head.trim() === '') return 'empty file';
  const t = head.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return 'JSON that matches no known export layout';
  if (t.startsWith('<')) return 'HTML/XML that matches no known export page';
  return 'not a recognised export format';
}
