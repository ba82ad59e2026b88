import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

async function cercle(args: string[], lang: 'en' | 'fr' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('cercle encrypt / decrypt', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-enc-cli-'));
  const secret = (name: string, text: string) => {
    const file = join(ws, name);
    writeFileSync(file, text);
    return file;
  };
  const head = () => readFileSync(join(ws, 'acme.cercle')).subarray(0, 15).toString('latin1');

  it('encrypts with CERCLE_PASSPHRASE; every command then needs it, and says so in one line', async () => {
    expect(
      (await cercle(['import', '--client', 'acme', 'tests/fixtures/whatsapp/index_test_chatExample.txt', '--workspace', ws])).code,
    ).toBe(0);
    expect((await cercle(['encrypt', '--client', 'acme', '--workspace', ws])).err).toBe(
      'cercle encrypt: cercle encrypt needs a passphrase (CERCLE_PASSPHRASE or --passphrase-file FILE)',
    );
    vi.stubEnv('CERCLE_PASSPHRASE', 'correct horse battery');
    expect(await cercle(['encrypt', '--client', 'acme', '--workspace', ws])).toMatchObject({ code: 0 });
    expect(head().startsWith('CERCLENC')).toBe(true);
    expect((await cercle(['stats', '--client', 'acme', '--workspace', ws])).out).toContain('interactions 3');
    vi.unstubAllEnvs();
    const locked = await cercle(['stats', '--client', 'acme', '--workspace', ws]);
    expect(locked.code).toBe(1);
    expect(locked.err).toBe(
      'cercle stats: client "acme" is encrypted: give its passphrase to open it (CLI: CERCLE_PASSPHRASE or --passphrase-file)',
    );
    expect((await cercle(['clients', '--workspace', ws])).out).toMatch(/^acme\t.*\tencrypted, locked$/);
  });

  it('reads the passphrase from a file, refuses a wrong one in English and in French, never from the command line', async () => {
    const wrong = secret('wrong.txt', 'not the passphrase\n');
    expect((await cercle(['stats', '--client', 'acme', '--workspace', ws, '--passphrase-file', wrong])).err).toBe(
      'cercle stats: wrong passphrase for client "acme" (or its file was altered)',
    );
    expect((await cercle(['stats', '--client', 'acme', '--workspace', ws, `--passphrase-file=${wrong}`], 'fr')).err).toBe(
      'cercle stats: phrase secrète incorrecte pour le client « acme » (ou son fichier a été modifié)',
    );
    const right = secret('right.txt', 'correct horse battery\n');
    expect((await cercle(['stats', '--passphrase-file', right, '--client', 'acme', '--workspace', ws])).out).toContain('interactions 3');
    const argv = await cercle(['stats', '--client', 'acme', '--workspace', ws, '--passphrase', 'correct horse battery']);
    expect(argv.code).toBe(2);
    expect(argv.err).toMatch(/^cercle: a passphrase is never given on the command line/);
  });

  it('changes the passphrase with the new one from a second file, then decrypts', async () => {
    const right = secret('right.txt', 'correct horse battery\n');
    const next = secret('next.txt', 'a whole new phrase');
    expect(
      (await cercle(['encrypt', '--client', 'acme', '--workspace', ws, '--passphrase-file', right, '--new-passphrase-file', next])).code,
    ).toBe(0);
    expect((await cercle(['stats', '--client', 'acme', '--workspace', ws, '--passphrase-file', right])).code).toBe(1);
    expect((await cercle(['decrypt', '--client', 'acme', '--workspace', ws])).err).toBe(
      'cercle decrypt: client "acme" is encrypted: give its current passphrase to change or remove it',
    );
    expect((await cercle(['decrypt', '--client', 'acme', '--workspace', ws, '--passphrase-file', next])).code).toBe(0);
    expect(head()).toBe('SQLite format 3');
    expect((await cercle(['stats', '--client', 'acme', '--workspace', ws])).out).toContain('interactions 3');
  });
});
