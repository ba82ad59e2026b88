import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../core/errors/catalog';
import { readClientFile } from './read-client-file';

describe('readClientFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-read-'));

  it('reads a file whole in pieces (files over 2 GiB, which readFile refuses, are read this way)', async () => {
    const bytes = randomBytes(10_007);
    writeFileSync(join(dir, 'a.cercle'), bytes);
    expect((await readClientFile(join(dir, 'a.cercle'), { piece: 1000 }))!.equals(bytes)).toBe(true);
    expect((await readClientFile(join(dir, 'a.cercle')))!.equals(bytes)).toBe(true);
  });

  it('says a missing file is missing (undefined), and refuses one too large by name and size, in English and French', async () => {
    expect(await readClientFile(join(dir, 'none.cercle'))).toBeUndefined();
    writeFileSync(join(dir, 'big.cercle'), Buffer.alloc(3 * 2 ** 20));
    const err = await readClientFile(join(dir, 'big.cercle'), { maxBytes: 2 ** 20 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'client.too-large' });
    expect((err as Error).message).toBe(
      `${join(dir, 'big.cercle')}: is 3 MB, more than the 1 MB Cercle can hold in memory; split the client by period or platform`,
    );
    expect(describeError(err as never, 'fr')).toContain('scindez le client');
  });

  it('names a file that exists but cannot be read (a folder in its place)', async () => {
    mkdirSync(join(dir, 'folder.cercle'));
    await expect(readClientFile(join(dir, 'folder.cercle'))).rejects.toMatchObject({ code: 'client.unreadable' });
  });
});
