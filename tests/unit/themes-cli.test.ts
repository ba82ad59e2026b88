import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/cercle.mjs');

async function cercle(args: string[], workspace: string, lang = 'en') {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args, '--workspace', workspace], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC', CERCLE_LANG: lang },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Json {
  texts: number;
  unclassified: number;
  settings: { seed: number; includeBrand: boolean };
  themes: {
    id: number;
    label: string;
    terms: string[];
    size: number;
    share: number;
    quotes: { text: string }[];
    trend: { count: number }[];
  }[];
}

describe('cercle themes (the real binary)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-themes-cli-'));
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it(
    'finds the demo client’s themes, stores them, prints them as JSON and as a table in English and French',
    { timeout: 180_000 },
    async () => {
      expect((await cercle(['demo'], ws)).code).toBe(0);
      const computed = await cercle(['themes', '--client', 'demo', '--json'], ws);
      expect(computed.stderr).toBe('');
      expect(computed.code).toBe(0);
      const r = JSON.parse(computed.stdout) as Json;
      expect(r.settings).toMatchObject({ seed: 1, includeBrand: false });
      expect(r.themes.length).toBeGreaterThanOrEqual(2);
      expect(r.themes.reduce((s, t) => s + t.size, 0) + r.unclassified).toBe(r.texts);
      for (const t of r.themes) {
        expect(t.label.length).toBeGreaterThan(0);
        expect(t.quotes[0]!.text.length).toBeGreaterThan(0);
        expect(t.share).toBeCloseTo(t.size / r.texts, 10);
        expect(t.trend.reduce((s, w) => s + w.count, 0)).toBe(t.size);
      }
      // what was stored is what --stored reads, without recomputing
      const stored = JSON.parse((await cercle(['themes', '--client', 'demo', '--stored', '--json'], ws)).stdout) as Json;
      expect(stored.themes.map((t) => [t.id, t.size])).toEqual(r.themes.map((t) => [t.id, t.size]));
      const en = await cercle(['themes', '--client', 'demo', '--stored'], ws);
      expect(en.stdout.split('\n')[0]).toMatch(
        new RegExp(`^demo: ${r.themes.length} themes in ${r.texts} texts, ${r.unclassified} unclassified`),
      );
      expect(en.stdout).toContain(r.themes[0]!.label);
      const fr = await cercle(['themes', '--client', 'demo', '--stored'], ws, 'fr');
      expect(fr.stdout.split('\n')[0]).toMatch(new RegExp(`^demo : ${r.themes.length} thèmes dans ${r.texts} textes`));
      expect(fr.stdout.split('\n')[1]).toMatch(/part\s+textes\s+personnes/);
    },
  );

  it('names a missing option and an unknown client in one line', async () => {
    expect(await cercle(['themes'], ws)).toMatchObject({ code: 1, stderr: 'cercle themes: themes needs --client NAME\n' });
    const unknown = await cercle(['themes', '--client', 'nobody'], ws);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});
