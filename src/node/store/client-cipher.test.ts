import { describe, expect, it } from 'vitest';
import { CercleError } from '../../core/errors';
import { decryptClient, deriveKey, deriveKeyFor, encryptClient, isEncrypted } from './client-cipher';

const PLAIN = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.from('Zoé Quokka-Marchetti '.repeat(200))]);
const wrong = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof CercleError ? err.code : err;
  }
  return 'no error';
};

describe('the encrypted client format', () => {
  it('round-trips, with a self-describing header and a fresh IV each time', async () => {
    const key = await deriveKey('correct horse battery');
    const a = encryptClient(PLAIN, key);
    const b = encryptClient(PLAIN, key);
    expect(isEncrypted(a)).toBe(true);
    expect(isEncrypted(PLAIN)).toBe(false);
    expect(a.subarray(0, 13)).toEqual(Buffer.from([...Buffer.from('CERCLENC'), 1, 1, 16, 8, 1]));
    expect(a.equals(b)).toBe(false);
    expect(a.includes('Quokka')).toBe(false);
    expect(a.includes('SQLite format 3')).toBe(false);
    // The header carries what a later session needs to derive the same key: salt and parameters.
    const again = await deriveKeyFor('correct horse battery', a, 'f');
    expect(again.key.equals(key.key)).toBe(true);
    expect(decryptClient(a, again, 'acme', 'f').equals(PLAIN)).toBe(true);
  });

  it('refuses a wrong passphrase', async () => {
    const sealed = encryptClient(PLAIN, await deriveKey('correct horse battery'));
    const other = await deriveKeyFor('correct horse batterz', sealed, 'f');
    expect(wrong(() => decryptClient(sealed, other, 'acme', 'f'))).toBe('client.wrong-passphrase');
  });

  it('refuses any altered byte: body, tag, IV, salt, KDF parameter', async () => {
    const key = await deriveKey('correct horse battery');
    const sealed = encryptClient(PLAIN, key);
    const flip = (at: number) => {
      const copy = Buffer.from(sealed);
      copy[at]! ^= 1;
      return copy;
    };
    expect(wrong(() => decryptClient(flip(sealed.length - 100), key, 'acme', 'f'))).toBe('client.wrong-passphrase'); // body
    expect(wrong(() => decryptClient(flip(sealed.length - 1), key, 'acme', 'f'))).toBe('client.wrong-passphrase'); // tag
    expect(wrong(() => decryptClient(flip(35), key, 'acme', 'f'))).toBe('client.wrong-passphrase'); // IV
    expect(wrong(() => decryptClient(flip(20), key, 'acme', 'f'))).toBe('client.wrong-passphrase'); // salt
    expect(wrong(() => decryptClient(flip(12), key, 'acme', 'f'))).toBe('client.encrypted-unreadable'); // p: 1 → 0 is refused…
    const r = Buffer.from(sealed);
    r[11] = 9; // …and r: 8 → 9, a valid value, is authenticated as part of the header
    expect(wrong(() => decryptClient(r, key, 'acme', 'f'))).toBe('client.wrong-passphrase');
  });

  it('refuses an unknown version and parameters that would make scrypt ask for gigabytes, before deriving', async () => {
    const sealed = encryptClient(PLAIN, await deriveKey('correct horse battery'));
    const withByte = (at: number, v: number) => {
      const copy = Buffer.from(sealed);
      copy[at] = v;
      return copy;
    };
    await expect(deriveKeyFor('x', withByte(8, 2), 'f')).rejects.toMatchObject({ code: 'client.encrypted-unreadable' });
    await expect(deriveKeyFor('x', withByte(10, 30), 'f')).rejects.toMatchObject({ code: 'client.encrypted-unreadable' });
    await expect(deriveKeyFor('x', sealed.subarray(0, 20), 'f')).rejects.toMatchObject({ code: 'client.encrypted-unreadable' });
  });

  it('derives the key in under half a second (scrypt N = 2^16, r = 8, p = 1)', async () => {
    const t = performance.now();
    await deriveKey('correct horse battery');
    // Generous against a busy shared machine; about 0.2 s measured here.
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
