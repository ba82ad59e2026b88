import type { SourceGroup } from '../contract/overview';
import type { Db } from '../db/db';
import { coverageReader } from './coverages';
import { PLATFORMS, type Platform } from '../domain/kinds';

type Source = SourceGroup['sources'][number];

/** The archive a file came in: its path up to and including the first `.zip` folder, else null. */
export function archiveOf(file: string): string | null {
  const m = /^(.*?\.zip)\//i.exec(file);
  return m ? m[1]! : null;
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/**
 * Sources grouped by the export they came in, as a person handed them over: the files of one ZIP
 * together (an Instagram archive is hundreds of files), loose files of one platform and format
 * together (two Discord channels), any other file on its own. Groups keep the order of their first
 * import; a group shows what any of its files shows, and lacks what one of its files lacks that none
 * of them shows (an archive whose comments file lacks the comments received still lacks them).
 */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  const keyOf = (s: Source) => {
    const archive = archiveOf(s.file);
    return archive ? `archive:${archive}` : `format:${s.platform}:${s.format}`;
  };
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const key = keyOf(s);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  return [...groups].map(([key, files]): SourceGroup => {
    const archive = key.startsWith('archive:');
    const by = archive ? 'archive' : files.length > 1 ? 'format' : 'file';
    const shows = uniq(files.flatMap((f) => f.shows));
    const shown = new Set(shows);
    return {
      key: by === 'file' ? `file:${files[0]!.file}` : key,
      by,
      label: archive ? key.slice('archive:'.length) : by === 'format' ? files[0]!.format : files[0]!.file,
      platforms: uniq(files.map((f) => f.platform)).sort((a, b) => PLATFORMS.indexOf(a) - PLATFORMS.indexOf(b)),
      formats: uniq(files.map((f) => f.format)).sort(),
      files: files.length,
      records: files.reduce((n, f) => n + f.records, 0),
      added: files.reduce((n, f) => n + f.added, 0),
      warnings: files.reduce((n, f) => n + f.warnings.length, 0),
      lastImportedAt: files.map((f) => f.importedAt).reduce((a, b) => (a > b ? a : b)),
      shows,
      lacks: uniq(files.flatMap((f) => f.lacks)).filter((l) => !shown.has(l)),
      sources: files,
    };
  });
}

/** Every source of the client with what it shows and lacks, grouped by export. */
export function sourceGroups(db: Db): SourceGroup[] {
  const rows = db.all<{
    file: string;
    format: string;
    platform: Platform;
    records: number;
    added: number;
    imported_at: number;
    warnings: string;
    coverage_id: number | null;
  }>('SELECT file, format, platform, records, added, imported_at, warnings, coverage_id FROM sources ORDER BY id');
  const coverage = coverageReader(db);
  return groupSources(
    rows.map((s) => ({
      file: s.file,
      format: s.format,
      platform: s.platform,
      records: Number(s.records),
      added: Number(s.added),
      importedAt: new Date(Number(s.imported_at)).toISOString(),
      warnings: JSON.parse(s.warnings) as string[],
      ...coverage(s.coverage_id),
    })),
  );
}
