import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'cercle-generate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cercle generate', () => {
  it('writes the requested formats and a manifest', async () => {
    const out = join(dir, 'small');
    const r = await run(['generate', '--out', out, '--size', '2k', '--seed', '3', '--formats', 'whatsapp,telegram']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^whatsapp: \d+ interactions, \d+ members, 1 files .* → WhatsApp Chat with Club Maison Lumière\.txt$/);
    expect(r.out[1]).toMatch(/^telegram: \d+ interactions, .* → ChatExport_2026-07-01\/result\.json$/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      seed: number;
      formats: { format: string; counts: { total: number } }[];
      total: number;
      topics: { file: string; texts: number; byTopic: Record<string, number> };
    };
    expect(manifest.seed).toBe(3);
    expect(manifest.formats.map((f) => f.format)).toEqual(['whatsapp', 'telegram']);
    expect(Math.abs(manifest.total - 2000)).toBeLessThanOrEqual(100);
    expect(existsSync(join(out, 'WhatsApp Chat with Club Maison Lumière.txt'))).toBe(true);
    expect(existsSync(join(out, 'ChatExport_2026-07-01', 'result.json'))).toBe(true);
    // Every member text with the topic it was drawn from, as `cercle eval-themes` reads labelled sets.
    const lines = readFileSync(join(out, manifest.topics.file), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(manifest.topics.texts);
    expect(lines.every((l) => /^[a-z]+\t\S/.test(l))).toBe(true);
    expect(manifest.topics.byTopic.chatter).toBeGreaterThan(0);
    expect(Object.keys(manifest.topics.byTopic).length).toBeGreaterThan(10);
  });

  it('explains bad options in one line', async () => {
    expect(await run(['generate', '--size', '10k'])).toMatchObject({ code: 1, err: ['cercle generate: generate needs --out DIR'] });
    expect(await run(['generate', '--out', dir, '--size', 'huge'])).toMatchObject({
      code: 1,
      err: ['cercle generate: size "huge" is not a number such as 2500, 10k or 1M'],
    });
    expect(await run(['generate', '--out', dir, '--formats', 'myspace'])).toMatchObject({
      code: 1,
      err: [
        expect.stringMatching(/^cercle generate: unknown format "myspace" \(known: discord, whatsapp, instagram, telegram, linkedin\)$/),
      ],
    });
    expect(await run(['generate', '--out', dir, '--seed', 'abc'])).toMatchObject({
      code: 1,
      err: ['cercle generate: --seed must be an integer, not "abc"'],
    });
  });
});
