import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/core/db/db';
import { CercleError } from '../../../src/core/errors';
import { runImport } from '../../../src/core/ingest/run-import';
import { streamInputFile } from '../../../src/node/sources/input-file';
import { memoryClientDb } from '../../../src/node/store/memory-db';

/**
 * Property: whatever bytes an importer is handed — a fixture mutated, cut, spliced, its JSON values
 * swapped for random ones — the import either succeeds or fails with a CercleError; it never throws
 * anything else and never hangs. Small run counts in `npm test`, many more in `npm run test:stress`.
 */
const STRESS = process.env.CERCLE_STRESS === '1';
const RUNS = STRESS ? 300 : 12;
const HANG_MS = 15_000;
const FIX = resolve(__dirname, '../../fixtures');

/** One representative fixture per importer (the file name matters: detection reads it). */
const FIXTURES = [
  'whatsapp/index_test_chatExample.txt',
  'whatsapp/issue237_daysfirst.txt',
  'telegram/group-result.json',
  'discord/dce-guild-general.json',
  'discord/Lumière Club - Communauté - général [900000000000000001].csv',
  'linkedin/2021_messages_head.csv',
  'linkedin/2021_Comments_head.csv',
  'youtube/comments_2025_nine_columns.csv',
  'youtube/live_chats_currency.csv',
  'generic/cercle-generic.csv',
  'meta/ig_posts_insights.csv',
  'tiktok/2025-11_user_data_tiktok_PRUNED.json',
  'instagram/2024_post_comments_1.json',
  'instagram/2024_inbox_story_reply_message_1.json',
  'facebook/2022_messenger_inbox_message_1.json',
  'facebook/2022_comments_and_reactions__comments_v2_danish.json',
];

/** The real name a file goes by in its export (LinkedIn's messages.csv, not the fixture's name). */
const nameOf = (fixture: string): string =>
  basename(fixture)
    .replace(/^2021_(\w+)_head\.csv$/, '$1.csv')
    .replace(/^20\d\d_(?:inbox_story_reply_)?/, '');

async function importBytes(db: Db, name: string, bytes: Buffer): Promise<'ok' | CercleError> {
  const file = streamInputFile(name, name, bytes.length, async () => Readable.from([bytes]));
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: still running after ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    await Promise.race([runImport(db, [file], { now: () => 0, timezone: 'UTC' }), hang]);
    return 'ok';
  } catch (err) {
    if (err instanceof CercleError) return err;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Byte-level mutations: flips, cuts, insertions, a slice repeated or removed. */
const byteMutation = (src: Buffer) =>
  fc.oneof(
    fc.record({ at: fc.nat(src.length), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => {
      const b = Buffer.from(src);
      if (b.length) b[at % b.length] = byte;
      return b;
    }),
    fc.nat(src.length).map((n) => src.subarray(0, n)),
    fc
      .tuple(fc.nat(src.length), fc.uint8Array({ maxLength: 64 }))
      .map(([at, ins]) => Buffer.concat([src.subarray(0, at), Buffer.from(ins), src.subarray(at)])),
    fc
      .tuple(fc.nat(src.length), fc.nat(src.length))
      .map(([a, b]) => Buffer.concat([src.subarray(0, Math.max(a, b)), src.subarray(Math.min(a, b))])),
    fc
      .tuple(fc.nat(src.length), fc.nat(src.length))
      .map(([a, b]) => Buffer.concat([src.subarray(0, Math.min(a, b)), src.subarray(Math.max(a, b))])),
    fc.uint8Array({ maxLength: 2048 }).map((u) => Buffer.from(u)),
    fc.string({ unit: 'grapheme', maxLength: 500 }).map((s) => Buffer.from(s)),
  );

/** Every value of a JSON tree, by path, so one can be replaced. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Structural mutations of a JSON export: a value anywhere (a list, a date, an id) swapped for a random one. */
const jsonMutation = (src: Buffer) => {
  const tree = JSON.parse(src.toString('utf8')) as unknown;
  const all = paths(tree);
  return fc
    .tuple(fc.nat(all.length - 1), fc.jsonValue({ maxDepth: 3 }), fc.boolean())
    .map(([i, value, pretty]) => Buffer.from(JSON.stringify(replaced(tree, all[i]!, value), null, pretty ? 1 : 0)));
};

describe(`importers fuzzed (${RUNS} runs per fixture and kind of mutation)`, () => {
  for (const fixture of FIXTURES) {
    it(fixture, async () => {
      const src = readFileSync(join(FIX, fixture));
      const name = nameOf(fixture);
      const db = await memoryClientDb();
      const seen = { ok: 0, refused: 0 };
      const property = (bytes: Buffer) =>
        importBytes(db, name, bytes).then((r) => {
          seen[r === 'ok' ? 'ok' : 'refused']++;
          // A refusal is one line naming the file.
          if (r !== 'ok' && r.message.includes('\n')) throw new Error(`not one line: ${JSON.stringify(r.message.slice(0, 400))}`);
        });
      await fc.assert(fc.asyncProperty(byteMutation(src), property), { numRuns: RUNS });
      if (fixture.endsWith('.json')) await fc.assert(fc.asyncProperty(jsonMutation(src), property), { numRuns: RUNS });
      expect(seen.ok + seen.refused).toBeGreaterThan(0);
      db.close();
    });
  }
});
