import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/cercle.mjs');
const WA = join(ROOT, 'tests/fixtures/whatsapp');

async function cercle(args: string[], workspace: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args, '--workspace', workspace], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC', CERCLE_LANG: 'en', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cercle CLI (the real binary)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-cli-'));

  it('imports WhatsApp samples and reports exact stats', async () => {
    const imp = await cercle(
      [
        'import',
        join(WA, 'index_test_chatExample.txt'),
        join(WA, 'multiline_system_empty.txt'),
        '--client',
        'wa',
        '--brand',
        'TestBot',
        '--json',
      ],
      ws,
    );
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    const res = JSON.parse(imp.stdout);
    expect(res.added.interactions).toBe(5);
    const stats = JSON.parse((await cercle(['stats', '--client', 'wa', '--json'], ws)).stdout);
    // People: Sample User, TestBot (brand), +410123456789, Loris, Luke → 4 members without the brand.
    expect(stats.members).toBe(4);
    expect(stats.interactions).toBe(5);
    expect(stats.messages).toBe(4); // Luke's empty body bears no text
    expect(stats.byPlatform).toEqual({ whatsapp: 5 });
    expect(stats.byDirection).toEqual({ inbound: 4, outbound: 1 });
    expect(stats.firstAt).toBe('2017-02-03T18:42:00.000Z');
    expect(stats.lastAt).toBe('2018-06-23T13:55:00.000Z');
    expect(stats.sources.map((s: { format: string; records: number }) => [s.format, s.records])).toEqual([
      ['whatsapp.txt', 3],
      ['whatsapp.txt', 2],
    ]);
    expect(stats.coverage[0].lacks).toContain('reactions');
  });

  it('adds nothing when the same file is imported again', async () => {
    const again = JSON.parse((await cercle(['import', join(WA, 'index_test_chatExample.txt'), '--client', 'wa', '--json'], ws)).stdout);
    expect(again.added).toEqual({ interactions: 0, members: 0, contents: 0 });
  });

  it('fails on an unknown file with one line on stderr and leaves the client file byte-identical', async () => {
    const file = join(ws, 'wa.cercle');
    const before = readFileSync(file);
    const junk = join(ws, 'notes.txt');
    writeFileSync(junk, 'just some notes\nnothing to see\n');
    const res = await cercle(['import', junk, '--client', 'wa'], ws);
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('notes.txt');
    expect(res.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('imports the iOS .zip the phone shares: system line out, attachment skipped, caption kept', async () => {
    const res = JSON.parse((await cercle(['import', join(WA, 'WhatsApp Chat - ShortChat.zip'), '--client', 'ios', '--json'], ws)).stdout);
    // _chat.txt has 6 header lines: 1 iOS system line (group name as author, U+200E) + 5 messages.
    expect(res.sources).toHaveLength(1);
    expect(res.sources[0].records).toBe(5);
    expect(res.skipped.map((s: { file: string }) => s.file)).toEqual([
      'WhatsApp Chat - ShortChat.zip/00000042-PHOTO-2017-04-13-21-02-11.jpg',
    ]);
    const stats = JSON.parse((await cercle(['stats', '--client', 'ios', '--json'], ws)).stdout);
    expect(stats.members).toBe(3);
    expect(stats.messages).toBe(4); // "image omitted" alone bears no text; the photo's caption does
  });

  for (const [fixture, why] of [
    ['damaged-chat.zip', 'cannot be read'],
    ['truncated-chat.zip', 'is not a readable ZIP archive'],
  ] as const) {
    it(`fails on ${fixture} with one line naming it, changing nothing`, async () => {
      const file = join(ws, 'wa.cercle');
      const before = readFileSync(file);
      const res = await cercle(['import', join(WA, fixture), '--client', 'wa'], ws);
      expect(res.code).toBe(1);
      const lines = res.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(fixture);
      expect(lines[0]).toContain(why);
      expect(readFileSync(file).equals(before)).toBe(true);
    });
  }

  it('prints a warning for a LinkedIn file it skipped because its layout is not understood, and gives it in --json', async () => {
    const variants = join(ROOT, 'tests/fixtures/linkedin/variants');
    const own = mkdtempSync(join(tmpdir(), 'cercle-cli-li-')); // the shared workspace's client list is checked below
    const imp = await cercle(['import', variants, '--client', 'li'], own);
    expect(imp.code).toBe(0);
    const lines = imp.stdout.trim().split('\n');
    expect(lines).toContain(
      'warning variants/Reactions.csv: named like LinkedIn reactions (Reactions.csv), but its columns are not understood: Type, Link missing (columns found: Date, Reaction, Post)',
    );
    expect(lines).toContain('skipped variants/Reactions.csv: not a recognised export format');
    const json = JSON.parse((await cercle(['import', variants, '--client', 'li', '--json'], own)).stdout);
    expect(json.warnings.map((w: { file: string }) => w.file)).toEqual(['variants/Reactions.csv']);
  });

  it('creates the demo client and lists clients', async () => {
    const demo = await cercle(['demo'], ws);
    expect(demo.code).toBe(0);
    const stats = JSON.parse((await cercle(['stats', '--client', 'demo', '--json'], ws)).stdout);
    expect(Object.keys(stats.byPlatform).length).toBeGreaterThanOrEqual(4);
    expect(stats.byDirection.outbound).toBeGreaterThan(0);
    const days = (Date.parse(stats.lastAt) - Date.parse(stats.firstAt)) / 86_400_000;
    expect(days).toBeGreaterThan(300);
    const list = JSON.parse((await cercle(['clients', '--json'], ws)).stdout);
    expect(list.map((c: { name: string }) => c.name)).toEqual(['demo', 'ios', 'wa']);
  });

  it('changes brand names and time zone, re-marking directions and local days', async () => {
    const set = JSON.parse(
      (await cercle(['settings', '--client', 'wa', '--brand', 'Loris', '--timezone', 'Asia/Tokyo', '--json'], ws)).stdout,
    );
    expect(set).toMatchObject({ timezone: 'Asia/Tokyo', brands: ['Loris'] });
    const stats = JSON.parse((await cercle(['stats', '--client', 'wa', '--json'], ws)).stdout);
    // TestBot is no longer the brand, Loris is: 1 outbound message (Loris), 4 inbound.
    expect(stats.byDirection).toEqual({ inbound: 4, outbound: 1 });
    expect(stats.members).toBe(4);
    // 2017-02-03 18:42 UTC is Saturday 4 Feb 03:42 in Tokyo: its week starts Monday 30 Jan 2017.
    expect(stats.weekly[0].week).toBe('2017-01-30');
  });

  it("changes the metrics' settings of a client, checks them, and resets them", async () => {
    const set = JSON.parse(
      (
        await cercle(
          [
            'settings',
            '--client',
            'wa',
            '--set',
            'responseScope=all',
            '--set',
            'responseWindowHours=48',
            '--set',
            'businessHours={"days":[1,2,3,4,5,6],"start":"08:00","end":"20:00"}',
            '--json',
          ],
          ws,
        )
      ).stdout,
    );
    expect(set.metrics).toMatchObject({
      responseScope: 'all',
      responseWindowHours: 48,
      businessHours: { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' },
    });
    const metrics = JSON.parse((await cercle(['metrics', '--client', 'wa', '--json'], ws)).stdout);
    expect(metrics.responsiveness).toMatchObject({ scope: 'all', windowHours: 48 });
    const bad = await cercle(['settings', '--client', 'wa', '--set', 'responseScope=some'], ws);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^cercle settings: metrics.settings.set: invalid input at settings.responseScope: /);
    const reset = JSON.parse((await cercle(['settings', '--client', 'wa', '--reset-metrics', '--json'], ws)).stdout);
    expect(reset.metrics).toMatchObject({ responseScope: 'addressed', responseWindowHours: 24 });
  });

  it('suggests identity merges, merges on request and splits back', async () => {
    const sug = JSON.parse((await cercle(['identities', '--client', 'demo', '--json'], ws)).stdout);
    expect(sug.length).toBeGreaterThan(0);
    const ids: number[] = sug[0].identities.map((i: { identityId: number }) => i.identityId);
    const before = JSON.parse((await cercle(['stats', '--client', 'demo', '--json'], ws)).stdout).members;
    expect((await cercle(['identities', '--client', 'demo', '--merge', ids.join(',')], ws)).code).toBe(0);
    const merged = JSON.parse((await cercle(['stats', '--client', 'demo', '--json'], ws)).stdout).members;
    const people = new Set(sug[0].identities.map((i: { personId: number }) => i.personId)).size;
    expect(merged).toBe(before - (people - 1));
    expect((await cercle(['identities', '--client', 'demo', '--split', String(ids[1])], ws)).code).toBe(0);
    expect(JSON.parse((await cercle(['stats', '--client', 'demo', '--json'], ws)).stdout).members).toBe(merged + 1);
  });

  it("imports another tool's CSV with --mapping, and names a broken mapping file in one line", async () => {
    const gen = join(ROOT, 'tests/fixtures/generic');
    const imp = await cercle(
      ['import', join(gen, 'other-tool.csv'), '--client', 'mapped', '--mapping', join(gen, 'other-tool.mapping.json'), '--json'],
      ws,
    );
    expect(imp.stderr).toBe('');
    const res = JSON.parse(imp.stdout);
    // four rows: three of known kinds, one "Sondage" left out (see the generic importer's tests)
    expect(res.sources.map((s: { format: string; records: number }) => [s.format, s.records])).toEqual([['generic.csv-mapping', 3]]);
    expect(res.added).toEqual({ interactions: 3, members: 2, contents: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'cercle-mapping-'));
    const bad = join(dir, 'mapping.json');
    writeFileSync(bad, '{"columns": {"author": "Nom"}}');
    const broken = await cercle(['import', join(gen, 'other-tool.csv'), '--client', 'mapped2', '--mapping', bad], ws);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(`cercle import: ${bad}: invalid column mapping: columns.timestamp: is missing\n`);
  });

  it('names an unknown client and an unknown command in one line', async () => {
    const res = await cercle(['stats', '--client', 'nobody', '--json'], ws);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^cercle stats: no client named "nobody"/);
    const bad = await cercle(['frobnicate'], ws);
    expect(bad.code).toBe(2);
  });

  it('says errors in French when the locale is French, naming the same file', async () => {
    const junk = join(ws, 'notes-fr.txt');
    writeFileSync(junk, 'juste des notes\n');
    const res = await cercle(['import', junk, '--client', 'wa'], ws, { CERCLE_LANG: '', LC_ALL: '', LANG: 'fr_FR.UTF-8' });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`cercle import: ${junk} : format d'export non reconnu\n`);
    const missing = await cercle(['stats', '--client', 'nobody'], ws, { CERCLE_LANG: 'fr' });
    expect(missing.stderr).toMatch(/^cercle stats: aucun client nommé « nobody » dans /);
    const usage = await cercle(['stats'], ws, { CERCLE_LANG: 'fr' });
    expect(usage.stderr).toBe('cercle stats: stats demande --client NAME\n');
  });
});
