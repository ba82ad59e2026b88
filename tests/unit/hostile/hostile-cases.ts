import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { ZipWriter } from '../../../src/node/generate/zip-writer';
import { craftZip } from './zip-craft';

export const FIXTURES = resolve(__dirname, '../../fixtures');
const fixture = (p: string) => readFileSync(join(FIXTURES, p));

/**
 * What a hostile input must give: `ok` (a clean import: the input is valid), `error` (a CercleError
 * naming the file, the client file untouched), or `either` (a damaged but partly readable input).
 */
export type Expect = 'ok' | 'error' | 'either';

export interface HostileCase {
  name: string;
  expect: Expect;
  /** Writes the input into dir and returns the paths handed to the import. */
  make(dir: string): string[] | Promise<string[]>;
  /** A word the error line must hold besides the file name (the problem). */
  says?: RegExp;
  /** Also sent as an upload (the app's drag-and-drop path), not only as a path. */
  upload?: boolean;
}

const WA = fixture('whatsapp/index_test_chatExample.txt').toString('utf8');
const TG = JSON.parse(fixture('telegram/group-result.json').toString('utf8')) as { messages: unknown[] };
const DCE = fixture('discord/dce-guild-general.json').toString('utf8');
const LI_MESSAGES = fixture('linkedin/2021_messages_head.csv').toString('utf8');
const GENERIC = fixture('generic/cercle-generic.csv').toString('utf8');
const YT = fixture('youtube/comments_2025_nine_columns.csv').toString('utf8');
const TIKTOK = fixture('tiktok/2025-11_user_data_tiktok_PRUNED.json').toString('utf8');
const IG_ZIP = fixture('archives/instagram-2024-json.zip');

const write = (dir: string, name: string, data: string | Buffer): string[] => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return [p];
};

/** A line of `mb` megabytes: one huge message, the attack the line reader was fixed for. */
const longLine = (mb: number): string => 'x'.repeat(mb * 1024 * 1024);

/** Many tiny entries; past 65,535 the archive needs ZIP64, which the generator's ZipWriter writes. */
async function manyEntries(dir: string, count: number): Promise<string[]> {
  const p = join(dir, 'many.zip');
  if (count <= 65_000) {
    writeFileSync(p, craftZip(Array.from({ length: count }, (_, i) => ({ name: `notes/n${i}.txt`, data: Buffer.from(`note ${i}\n`) }))));
    return [p];
  }
  const zip = await ZipWriter.create(p);
  for (let i = 0; i < count; i++) await zip.addFile(`notes/n${i}.txt`, [`note ${i}\n`]);
  await zip.close();
  return [p];
}

export function hostileCases(longMb: number, entries: number): HostileCase[] {
  return [
    // ---------- archives ----------
    { name: 'truncated ZIP', expect: 'error', upload: true, make: (d) => write(d, 'cut.zip', IG_ZIP.subarray(0, IG_ZIP.length >> 1)) },
    {
      name: 'ZIP cut inside its central directory',
      expect: 'error',
      make: (d) => write(d, 'cd.zip', IG_ZIP.subarray(0, IG_ZIP.length - 30)),
    },
    { name: 'random bytes named .zip', expect: 'error', upload: true, make: (d) => write(d, 'random.zip', randomBytes(64 * 1024)) },
    {
      name: 'random bytes starting like a ZIP',
      expect: 'error',
      make: (d) => write(d, 'pk.json', Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(4096)])),
    },
    {
      // Headers telling the truth: three entries of 4 GB each, refused before a byte is inflated.
      name: 'ZIP bomb (declared 12 GB)',
      expect: 'error',
      says: /uncompressed|décompress/,
      upload: true,
      make: (d) => {
        const raw = deflateRawSync(Buffer.alloc(1024 * 1024));
        const entries = [1, 2, 3].map((i) => ({ name: `chat${i}.txt`, data: Buffer.alloc(0), raw, claimedSize: 0xfffffff0 }));
        return write(d, 'bomb.zip', craftZip(entries));
      },
    },
    {
      // Headers lying: 100 bytes claimed, 64 MB of zeros inside; reading stops at the claimed size.
      name: 'ZIP bomb (lying entry size)',
      expect: 'error',
      make: (d) => {
        const raw = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 1 });
        return write(d, 'liar.zip', craftZip([{ name: 'WhatsApp Chat with X.txt', data: Buffer.from(WA), raw, claimedSize: 100 }]));
      },
    },
    {
      name: 'ZIP bomb (ratio: 1 KB of text declared as 2 GB)',
      expect: 'error',
      says: /uncompressed|décompress/,
      make: (d) =>
        write(
          d,
          'ratio.zip',
          craftZip([{ name: 'a.json', data: Buffer.from('{}'), raw: deflateRawSync(Buffer.from('{}')), claimedSize: 2 ** 31 }]),
        ),
    },
    {
      name: 'entry named with ../',
      expect: 'error',
      make: (d) => write(d, 'dotdot.zip', craftZip([{ name: '../../evil/WhatsApp Chat.txt', data: Buffer.from(WA) }])),
    },
    {
      name: 'entry with an absolute path',
      expect: 'error',
      make: (d) => write(d, 'abs.zip', craftZip([{ name: '/tmp/evil/WhatsApp Chat.txt', data: Buffer.from(WA) }])),
    },
    {
      name: 'entry with a Windows drive path',
      expect: 'error',
      make: (d) => write(d, 'drive.zip', craftZip([{ name: 'C:/evil/WhatsApp Chat.txt', data: Buffer.from(WA) }])),
    },
    { name: `${entries} tiny entries`, expect: 'error', make: (d) => manyEntries(d, entries) },
    {
      name: 'nested ZIP (a chat ZIP inside a ZIP), with a valid chat beside it',
      expect: 'ok',
      make: (d) => {
        const inner = craftZip([{ name: 'WhatsApp Chat with X.txt', data: Buffer.from(WA), deflate: true }]);
        return write(
          d,
          'outer.zip',
          craftZip([
            { name: 'inner.zip', data: inner },
            { name: 'chat.txt', data: Buffer.from(WA) },
          ]),
        );
      },
    },
    {
      name: 'a valid chat in a ZIP, deflated',
      expect: 'ok',
      upload: true,
      make: (d) => write(d, 'ok.zip', craftZip([{ name: 'chat.txt', data: Buffer.from(WA), deflate: true }])),
    },
    // ---------- empty and random ----------
    { name: 'empty .txt', expect: 'error', make: (d) => write(d, 'empty.txt', '') },
    { name: 'empty .json', expect: 'error', make: (d) => write(d, 'result.json', '') },
    { name: 'empty .csv', expect: 'error', make: (d) => write(d, 'messages.csv', '') },
    { name: 'empty .zip', expect: 'error', make: (d) => write(d, 'empty.zip', '') },
    { name: 'empty ZIP archive (no entries)', expect: 'error', make: (d) => write(d, 'none.zip', craftZip([])) },
    { name: 'random bytes named .json', expect: 'error', make: (d) => write(d, 'result.json', randomBytes(32 * 1024)) },
    { name: 'random bytes named .csv', expect: 'error', make: (d) => write(d, 'Shares.csv', randomBytes(32 * 1024)) },
    // ---------- JSON ----------
    {
      name: 'Telegram JSON cut in the middle',
      expect: 'error',
      says: /JSON/,
      make: (d) => write(d, 'result.json', JSON.stringify(TG, null, 1).slice(0, 900)),
    },
    {
      name: 'DiscordChatExporter JSON cut in the middle',
      expect: 'error',
      says: /JSON/,
      make: (d) => write(d, 'general.json', DCE.slice(0, DCE.length >> 1)),
    },
    {
      name: 'TikTok JSON cut in the middle',
      expect: 'error',
      says: /JSON/,
      make: (d) => write(d, 'user_data_tiktok.json', TIKTOK.slice(0, TIKTOK.length >> 1)),
    },
    {
      name: 'JSON nested 100k levels deep',
      expect: 'error',
      make: (d) => write(d, 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000)),
    },
    {
      name: 'Telegram messages nested 100k levels deep',
      expect: 'error',
      make: (d) =>
        write(d, 'result.json', `{"name":"x","type":"private_group","id":1,"messages":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`),
    },
    {
      name: 'Telegram: messages an object',
      expect: 'error',
      make: (d) => write(d, 'result.json', JSON.stringify({ ...TG, messages: { a: 1 } })),
    },
    {
      name: 'Telegram: messages a string',
      expect: 'error',
      make: (d) => write(d, 'result.json', JSON.stringify({ ...TG, messages: 'none' })),
    },
    {
      name: 'Telegram: every field of a message the wrong type',
      expect: 'either',
      make: (d) =>
        write(
          d,
          'result.json',
          JSON.stringify({ ...TG, messages: [{ id: [], type: 5, date: {}, date_unixtime: [], from: 3, text: 7 }, ...TG.messages] }),
        ),
    },
    {
      name: 'DiscordChatExporter: messages null',
      expect: 'error',
      make: (d) => write(d, 'general.json', JSON.stringify({ ...JSON.parse(DCE), messages: null })),
    },
    {
      name: 'DiscordChatExporter: author a number, reactions a string',
      expect: 'either',
      make: (d) => {
        const j = JSON.parse(DCE) as { messages: Record<string, unknown>[] };
        j.messages[0] = { ...j.messages[0], author: 5, reactions: 'x', mentions: {} };
        return write(d, 'general.json', JSON.stringify(j));
      },
    },
    {
      name: 'Instagram comments: a number where the list is',
      expect: 'error',
      make: (d) => write(d, 'post_comments_1.json', JSON.stringify({ comments_media_comments: 5 })),
    },
    {
      name: 'TikTok: lists replaced by strings',
      expect: 'either',
      make: (d) => write(d, 'user_data_tiktok.json', TIKTOK.replace(/\[[^[\]]*\]/g, '"x"')),
    },
    {
      name: 'Telegram duplicate ids (every message twice)',
      expect: 'ok',
      make: (d) => write(d, 'result.json', JSON.stringify({ ...TG, messages: [...TG.messages, ...TG.messages] })),
    },
    {
      name: 'Telegram dates out of range (year 275760, negative, 1e20)',
      expect: 'either',
      make: (d) => {
        const m = TG.messages as Record<string, unknown>[];
        const bad = [
          { ...m[2], id: 9001, date: '+275760-09-13T00:00:01', date_unixtime: '8640000000001' },
          { ...m[2], id: 9002, date: '1969-12-31T23:59:59', date_unixtime: '-5' },
          { ...m[2], id: 9003, date: '2024-02-31T10:00:00', date_unixtime: '100000000000000000000' },
        ];
        return write(d, 'result.json', JSON.stringify({ ...TG, messages: [...m, ...bad] }));
      },
    },
    {
      name: `JSON: one ${longMb} MB string value`,
      expect: 'either',
      make: (d) =>
        write(d, 'result.json', JSON.stringify({ ...TG, messages: [{ ...(TG.messages[2] as object), text: longLine(longMb) }] })),
    },
    // ---------- text formats ----------
    {
      name: `WhatsApp: one ${longMb} MB line`,
      expect: 'ok',
      make: (d) => write(d, 'WhatsApp Chat with X.txt', `${WA}06/03/2017, 00:46 - Sample User: ${longLine(longMb)}\n`),
    },
    {
      name: `WhatsApp: a ${longMb} MB file without a newline, not a chat`,
      expect: 'error',
      make: (d) => write(d, 'chat.txt', longLine(longMb)),
    },
    {
      name: `generic CSV: one ${longMb} MB field`,
      expect: 'either',
      make: (d) => write(d, 'cercle.csv', `${GENERIC}g9,generic,comment,Al,al,2024-05-02T10:00:00Z,${longLine(longMb)},post-1,,,inbound\n`),
    },
    {
      name: `LinkedIn messages.csv: one ${longMb} MB unclosed quoted field`,
      expect: 'error',
      make: (d) => write(d, 'messages.csv', `${LI_MESSAGES}x,,A,u,B,2021-06-15 16:37:00 UTC,,"${longLine(longMb)}`),
    },
    {
      name: `YouTube CSV: a ${longMb} MB header line`,
      expect: 'error',
      make: (d) => write(d, 'comments.csv', `${longLine(longMb)}\n1,2,3\n`),
    },
    {
      name: 'WhatsApp: invalid UTF-8 bytes in messages',
      expect: 'ok',
      make: (d) =>
        write(
          d,
          'WhatsApp Chat with X.txt',
          Buffer.concat([
            Buffer.from(WA),
            Buffer.from('06/03/2017, 00:47 - Sample User: caf'),
            Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]),
            Buffer.from('\n'),
          ]),
        ),
    },
    {
      name: 'generic CSV: invalid UTF-8',
      expect: 'ok',
      make: (d) =>
        write(
          d,
          'cercle.csv',
          Buffer.concat([
            Buffer.from(GENERIC),
            Buffer.from('g9,generic,comment,Al,al,2024-05-02T10:00:00Z,'),
            Buffer.from([0xed, 0xa0, 0x80, 0xc0]),
            Buffer.from(',post-1,,,inbound\n'),
          ]),
        ),
    },
    {
      name: 'WhatsApp: UTF-16 LE with BOM',
      expect: 'ok',
      make: (d) => write(d, 'WhatsApp Chat with X.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WA, 'utf16le')])),
    },
    {
      name: 'generic CSV: UTF-16 BE with BOM',
      expect: 'ok',
      make: (d) => write(d, 'cercle.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GENERIC, 'utf16le').swap16()])),
    },
    {
      name: 'LinkedIn messages.csv: ragged rows',
      expect: 'either',
      make: (d) => write(d, 'messages.csv', `${LI_MESSAGES}a,b\n1,2,3,4,5,6,7,8,9,10,11,12\n`),
    },
    { name: 'YouTube CSV: ragged rows', expect: 'either', make: (d) => write(d, 'comments.csv', `${YT}only,three,fields\n`) },
    {
      name: 'WhatsApp: 31/02 and 45/13 dates',
      expect: 'either',
      make: (d) =>
        write(
          d,
          'WhatsApp Chat with X.txt',
          `${WA}31/02/2017, 00:45 - Sample User: impossible\n45/13/2017, 25:61 - Sample User: out of range\n`,
        ),
    },
    {
      name: 'generic CSV: impossible and far dates',
      expect: 'either',
      make: (d) =>
        write(
          d,
          'cercle.csv',
          `${GENERIC}g8,generic,comment,Al,al,2024-02-31T10:00:00Z,x,post-1,,,inbound\ng9,generic,comment,Al,al,+275760-09-14T00:00:00Z,x,post-1,,,inbound\n`,
        ),
    },
    {
      name: 'generic CSV: duplicate ids',
      expect: 'ok',
      make: (d) => write(d, 'cercle.csv', GENERIC + GENERIC.split('\n').slice(1).join('\n')),
    },
    {
      name: 'a folder of junk beside a valid chat',
      expect: 'ok',
      make: (d) => (write(d, 'junk.bin', randomBytes(1000)), write(d, 'WhatsApp Chat with X.txt', WA), [d]),
    },
  ];
}
