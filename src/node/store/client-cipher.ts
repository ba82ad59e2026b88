import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { open } from 'node:fs/promises';
import { CercleError } from '../../core/errors';

/**
 * The encrypted client file: a self-describing header, then the SQLite bytes sealed with AES-256-GCM.
 *
 *   offset  size  field
 *        0     8  magic "CERCLENC" (a plain client starts with "SQLite format 3")
 *        8     1  format version (1)
 *        9     1  KDF (1 = scrypt)
 *       10     1  log2 of scrypt's N
 *       11     1  scrypt's r
 *       12     1  scrypt's p
 *       13     1  salt length (16), then the salt
 *     14+s     1  IV length (12), then the IV
 *        …     …  ciphertext, then the 16-byte GCM tag
 *
 * The whole header is the cipher's additional data, so changing a KDF parameter, the salt or the IV
 * fails authentication exactly as a changed ciphertext byte does.
 */
const MAGIC = Buffer.from('CERCLENC', 'latin1');
const VERSION = 1;
const KDF_SCRYPT = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** scrypt at N = 2^16, r = 8, p = 1: about 0.2 s and 64 MiB on this project's 2-core machine. */
const DEFAULT_KDF = { log2N: 16, r: 8, p: 1 } as const;

/** A client's passphrase must have at least this many characters (a short one falls to guessing in hours). */
export const MIN_PASSPHRASE = 8;

export interface KdfParams {
  log2N: number;
  r: number;
  p: number;
  salt: Buffer;
}

/** The key of one client for the session, with the parameters that made it (saves reuse them, each with a fresh IV). */
export interface ClientKey {
  key: Buffer;
  kdf: KdfParams;
}

interface Header {
  kdf: KdfParams;
  iv: Buffer;
  /** The header's bytes: the cipher's additional data. */
  raw: Buffer;
}

/** Whether these bytes (the whole file or only its first 8) are an encrypted client. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.equals(Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length));
}

/** Whether the file on disk is an encrypted client (false when it is plain or missing): reads its first 8 bytes. */
export async function fileIsEncrypted(file: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return isEncrypted(head.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/**
 * Reads the header. Parameters outside what this version writes or accepts are refused before any
 * derivation, so a hostile file cannot make scrypt ask for gigabytes.
 */
function readHeader(bytes: Buffer, file: string): Header {
  const bad = () => new CercleError('client.encrypted-unreadable', { file });
  if (!isEncrypted(bytes) || bytes.length < MAGIC.length + 6) throw bad();
  let at = MAGIC.length;
  const version = bytes[at++]!;
  const kdfId = bytes[at++]!;
  const log2N = bytes[at++]!;
  const r = bytes[at++]!;
  const p = bytes[at++]!;
  if (version !== VERSION || kdfId !== KDF_SCRYPT || log2N < 10 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw bad();
  const saltLen = bytes[at++]!;
  if (saltLen < 8 || at + saltLen + 1 > bytes.length) throw bad();
  const salt = Buffer.from(bytes.subarray(at, at + saltLen));
  at += saltLen;
  const ivLen = bytes[at++]!;
  if (ivLen !== IV_BYTES || at + ivLen + TAG_BYTES > bytes.length) throw bad();
  const iv = Buffer.from(bytes.subarray(at, at + ivLen));
  at += ivLen;
  return { kdf: { log2N, r, p, salt }, iv, raw: bytes.subarray(0, at) };
}

function writeHeader(kdf: KdfParams, iv: Buffer): Buffer {
  return Buffer.concat([
    MAGIC,
    Buffer.from([VERSION, KDF_SCRYPT, kdf.log2N, kdf.r, kdf.p, kdf.salt.length]),
    kdf.salt,
    Buffer.from([iv.length]),
    iv,
  ]);
}

/** scrypt on the libuv pool, so deriving a key never blocks the thread that serves the app. */
function scryptAsync(passphrase: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase, salt, KEY_BYTES, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * The key of a passphrase: with the parameters of an existing file, or with fresh ones (a new random
 * salt) to encrypt. The passphrase is normalised (NFC) so the same words typed on any system give one key.
 */
export async function deriveKey(passphrase: string, kdf?: KdfParams): Promise<ClientKey> {
  const params = kdf ?? { ...DEFAULT_KDF, salt: randomBytes(SALT_BYTES) };
  const N = 2 ** params.log2N;
  const key = await scryptAsync(passphrase.normalize('NFC'), params.salt, {
    N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below N = 2^16.
    maxmem: 128 * N * params.r + 16 * 1024 * 1024,
  });
  return { key, kdf: params };
}

/** The key of a passphrase for this encrypted file (its salt and parameters). */
export async function deriveKeyFor(passphrase: string, bytes: Buffer, file: string): Promise<ClientKey> {
  return deriveKey(passphrase, readHeader(bytes, file).kdf);
}

/** Whether two keys are the same, in constant time. */
export function sameKey(a: ClientKey, b: ClientKey): boolean {
  return timingSafeEqual(a.key, b.key);
}

/** Seals the database's bytes with a fresh random IV (never reused under one key). */
export function encryptClient(plain: Uint8Array, key: ClientKey): Buffer {
  const iv = randomBytes(IV_BYTES);
  const header = writeHeader(key.kdf, iv);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(header);
  const body = cipher.update(plain);
  const last = cipher.final();
  return Buffer.concat([header, body, last, cipher.getAuthTag()]);
}

/**
 * Opens the sealed bytes; a wrong key and an altered file (header, body or tag) are the same failure
 * to GCM, and the same error here: `client.wrong-passphrase`, naming both causes.
 */
export function decryptClient(bytes: Buffer, key: ClientKey, name: string, file: string): Buffer {
  const header = readHeader(bytes, file);
  const decipher = createDecipheriv('aes-256-gcm', key.key, header.iv);
  decipher.setAAD(header.raw);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(header.raw.length, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new CercleError('client.wrong-passphrase', { name });
  }
}
