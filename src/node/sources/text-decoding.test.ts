import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../core/ingest/run-import';
import { memoryClientDb } from '../store/memory-db';
import { collectInputs } from './collect-inputs';
import { streamInputFile } from './input-file';

/** Accents, a character outside the BMP (a UTF-16 surrogate pair) and CRLF line ends. */
const TEXT = 'Date,Texte\r\n2024-01-02,Café 🧥 déjà\r\n';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
/** Node has no UTF-16BE encoder: the LE bytes with each pair swapped (the BOM becomes FE FF). */
const utf16be = (s: string) => utf16le(s).swap16();

const ENCODED: [string, Buffer][] = [
  ['UTF-8', Buffer.from(TEXT, 'utf8')],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
  ['UTF-16LE with a BOM', utf16le(TEXT)],
  ['UTF-16BE with a BOM', utf16be(TEXT)],
];

/** A file whose stream comes in chunks of `size` bytes: cut inside characters, BOMs and surrogate pairs. */
function fileOf(bytes: Buffer, size: number) {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return streamInputFile('f.csv', 'f.csv', bytes.length, async () => Readable.from(pieces));
}

describe('InputFile text (Node): UTF-8, or UTF-16 announced by its BOM', () => {
  for (const [label, bytes] of ENCODED) {
    it(`decodes ${label} the same as head, whole text and chunks cut anywhere`, async () => {
      for (const size of [1, 2, 3, 5, 64]) {
        const f = fileOf(bytes, size);
        expect(await f.head(), `head, chunks of ${size}`).toBe(TEXT);
        expect(await f.text(), `text, chunks of ${size}`).toBe(TEXT);
        let streamed = '';
        for await (const c of f.chunks()) streamed += c;
        expect(streamed, `chunks of ${size}`).toBe(TEXT);
      }
    });
  }

  it('leaves out of the head a character cut by its end, in UTF-16 as in UTF-8', async () => {
    const big = 'x'.repeat(32 * 1024 - 2) + '🧥 and more';
    const head = await fileOf(utf16le(big), 4096).head(); // 64 KiB = the BOM, 32766 x and half of the coat
    expect(head).toBe('x'.repeat(32 * 1024 - 2));
  });

  it('imports a file of any format saved as UTF-16 with a BOM: a WhatsApp chat handed over as bytes, through runImport', async () => {
    const chat = '01/02/2024, 10:00 - Ann: Café ?\r\n01/02/2024, 10:05 - Bob: Oui 🧥\r\n';
    for (const bytes of [utf16le(chat), utf16be(chat)]) {
      const inputs = await collectInputs([], [{ name: 'WhatsApp Chat with Ann.txt', bytes }]);
      try {
        const db = await memoryClientDb();
        const res = await runImport(db, inputs.files, { now: () => 0 });
        expect(res.sources.map((s) => [s.format, s.records])).toEqual([['whatsapp.txt', 2]]);
        expect(db.all('SELECT text FROM interactions ORDER BY at')).toEqual([{ text: 'Café ?' }, { text: 'Oui 🧥' }]);
      } finally {
        await inputs.close();
      }
    }
  });
});
