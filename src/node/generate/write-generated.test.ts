import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planGeneration } from '../../core/generate';
import { runImport } from '../../core/ingest/run-import';
import { collectInputs } from '../sources/collect-inputs';
import { memoryClientDb } from '../store/memory-db';
import { writeGenerated, type GeneratedManifest } from './write-generated';
import { ZipWriter } from './zip-writer';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cercle-gen-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function importInputs(dir: string, inputs: string[]) {
  const collected = await collectInputs(inputs.map((p) => join(dir, p)));
  try {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    const outcome = await runImport(db, collected.files, { now: () => 0, brands: ['Maison Lumière'] });
    const byKind: Record<string, number> = {};
    for (const r of db.all<{ kind: string; n: number }>('SELECT kind, COUNT(*) AS n FROM interactions GROUP BY kind'))
      byKind[r.kind] = Number(r.n);
    const one = (sql: string) => Number(db.get<{ n: number }>(sql)!.n);
    return { outcome, byKind, skipped: collected.skipped, members: one('SELECT COUNT(*) AS n FROM people WHERE is_brand = 0'), db, one };
  } finally {
    await collected.close();
  }
}

describe('ZipWriter', () => {
  it('writes archives yauzl reads back, entry by entry', async () => {
    const dir = tmp();
    const zip = await ZipWriter.create(join(dir, 'a.zip'));
    await zip.addFile('folder/é.txt', ['héllo ', 'wörld 🕯️']);
    await zip.addFile('empty.json', []);
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(i % 700)}\n`);
    await zip.addFile('big.txt', big);
    await zip.close();
    const c = await collectInputs([join(dir, 'a.zip')]);
    try {
      expect(c.files.map((f) => f.innerPath)).toEqual(['folder/é.txt', 'empty.json', 'big.txt']);
      expect(await c.files[0]!.text()).toBe('héllo wörld 🕯️');
      expect(await c.files[1]!.text()).toBe('');
      expect(await c.files[2]!.text()).toBe(big.join(''));
    } finally {
      await c.close();
    }
  });

  it('switches to ZIP64 end records above 65,535 entries', async () => {
    const dir = tmp();
    const zip = await ZipWriter.create(join(dir, 'many.zip'));
    for (let i = 0; i < 65_540; i++) await zip.addFile(`t/${i}.txt`, [String(i)]);
    await zip.close();
    const bytes = readFileSync(join(dir, 'many.zip'));
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const c = await collectInputs([join(dir, 'many.zip')]);
    try {
      expect(c.files).toHaveLength(65_540);
      expect(await c.files[65_539]!.text()).toBe('65539');
    } finally {
      await c.close();
    }
  }, 120_000);
});

describe('generated archives on disk → collectInputs → the real importers', () => {
  let manifest: GeneratedManifest;
  const dir = tmp();
  const ready = (async () => {
    manifest = await writeGenerated(planGeneration({ size: 6000, seed: 11, formats: ['instagram', 'linkedin'] }), dir);
  })();

  it('writes a manifest with the inputs of each format', async () => {
    await ready;
    const onDisk = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as GeneratedManifest;
    expect(onDisk).toEqual(manifest);
    const ig = manifest.formats.find((f) => f.format === 'instagram')!;
    expect(ig.inputs).toHaveLength(3);
    expect(ig.inputs[0]).toMatch(/^instagram-maisonlumiere-2026-07-01-\d{8}\.zip$/);
    expect(ig.inputs.slice(1)).toEqual(['maisonlumiere-instagram-posts-2026-07-01.csv', 'maisonlumiere-instagram-stories-2026-07-01.csv']);
    expect(manifest.formats.find((f) => f.format === 'linkedin')!.inputs).toEqual(['Basic_LinkedInDataExport_07-01-2026.zip']);
    expect(manifest.total).toBe(manifest.formats.reduce((s, f) => s + f.counts.total, 0));
  });

  it('Instagram: the DYI archive and the insights CSVs import with the expected counts', async () => {
    await ready;
    const ig = manifest.formats.find((f) => f.format === 'instagram')!;
    const r = await importInputs(dir, ig.inputs);
    expect(r.skipped).toEqual([]);
    expect(r.byKind).toEqual(ig.counts.interactions);
    expect(r.outcome.added.interactions).toBe(ig.counts.total);
    // Posts are contents once, whether seen in posts_1.json, the CSV or a shared link.
    expect(r.one("SELECT COUNT(*) AS n FROM contents WHERE kind IN ('post', 'reel')")).toBeGreaterThanOrEqual(ig.counts.notes.posts!);
    expect(r.one("SELECT COUNT(*) AS n FROM contents WHERE kind = 'story'")).toBeGreaterThanOrEqual(ig.counts.notes.stories!);
  });

  it('LinkedIn: the export archive imports with the expected counts and members', async () => {
    await ready;
    const li = manifest.formats.find((f) => f.format === 'linkedin')!;
    const r = await importInputs(dir, li.inputs);
    expect(r.byKind).toEqual(li.counts.interactions);
    expect(r.members).toBe(li.counts.members);
  });
});
