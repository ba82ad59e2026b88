import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/errors';
import { main } from '../main';

async function cercle(args: string[], lang: Lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang });
  return { code, out, err };
}

/** A folder of `n` small WhatsApp chats, each a file of its own. */
function chats(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-import-cli-'));
  const folder = join(dir, 'chats');
  mkdirSync(folder);
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(folder, `WhatsApp Chat with Member ${i}.txt`),
      `12/01/2025, 10:00 - Member ${i}: bonjour ${i}\n12/01/2025, 10:05 - Shop: merci ${i}\n`,
    );
  return folder;
}

describe('cercle import', () => {
  it('lists each file while there are at most 200, then says how many more there are (EN/FR)', async () => {
    const few = await cercle(['import', chats(3), '--client', 'few', '--workspace', mkdtempSync(join(tmpdir(), 'cercle-ws-'))]);
    expect(few.code).toBe(0);
    expect(few.out.filter((l) => l.includes('whatsapp.txt, 2 records, 2 added'))).toHaveLength(3);
    expect(few.out.some((l) => l.startsWith('…'))).toBe(false);

    const folder = chats(203);
    const many = await cercle(['import', folder, '--client', 'many', '--workspace', mkdtempSync(join(tmpdir(), 'cercle-ws-'))]);
    expect(many.code).toBe(0);
    expect(many.out.filter((l) => l.includes('whatsapp.txt, 2 records, 2 added'))).toHaveLength(200);
    expect(many.out).toContain('… and 3 more files (203 in all; --json lists them all)');
    // Shop is a member too: no --brand names it.
    expect(many.out.at(-1)).toBe('added 406 interactions, 204 members, 0 contents to "many"');

    const fr = await cercle(['import', folder, '--client', 'many-fr', '--workspace', mkdtempSync(join(tmpdir(), 'cercle-ws-'))], 'fr');
    expect(fr.out).toContain('… et 3 autres fichiers (203 en tout ; --json les liste tous)');

    const json = await cercle(['import', folder, '--client', 'json', '--json', '--workspace', mkdtempSync(join(tmpdir(), 'cercle-ws-'))]);
    expect((JSON.parse(json.out.join('\n')) as { sources: unknown[] }).sources).toHaveLength(203);
  }, 60_000);
});
