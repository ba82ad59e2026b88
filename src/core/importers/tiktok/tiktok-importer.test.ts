import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';

const FIX = join(__dirname, '../../../../tests/fixtures/tiktok');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

async function load(name: string, text: string, brands?: string[]) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(db, [memoryFile(`TikTok_Data.zip/${name}`, text, 1000)], { now: () => 0, brands });
  const rows = db.all<{
    key: string;
    kind: string;
    direction: string;
    author: string;
    at: number;
    text: string | null;
    content: string | null;
    target: string | null;
    channel: string | null;
    channelKind: string | null;
  }>(
    `SELECT i.key, i.kind, i.direction, a.handle AS author, i.at, i.text, c.key AS content, t.handle AS target, ch.name AS channel, ch.kind AS channelKind
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN contents c ON c.id = i.content_id
     LEFT JOIN identities t ON t.id = i.target_identity_id LEFT JOIN channels ch ON ch.id = i.channel_id ORDER BY i.id`,
  );
  return { db, outcome, rows };
}
const iso = (ms: number) => new Date(ms).toISOString();
const byKind = (rows: { kind: string }[]) =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});

describe('TikTok user_data_tiktok.json (2025 "Your Activity" layout)', () => {
  it('reads every community section of the pruned 2025 export', async () => {
    const { rows, outcome, db } = await load('user_data_tiktok.json', read('2025-11_user_data_tiktok_PRUNED.json'));
    expect(outcome.sources[0]!.format).toBe('tiktok.json');
    expect(byKind(rows)).toEqual({ comment: 5, dm: 9, follow: 6, like: 3, save: 3, share: 3 });
    // No profile in the pruned file: the owner is the sender of a one-to-one chat who is not its peer.
    expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'firelecava7' }]);
    expect(outcome.sources[0]!.warnings).toEqual([]);
    expect(outcome.added.members).toBe(8);
  });

  it('reads DMs from "Chat History with <user>:" keys, group chats included', async () => {
    const { rows } = await load('user_data_tiktok.json', read('2025-11_user_data_tiktok_PRUNED.json'));
    const dms = rows.filter((r) => r.kind === 'dm');
    expect(dms.map((r) => [r.author, r.direction, r.channel, r.channelKind])).toEqual([
      ['evosifu', 'inbound', 'Group chat 7516994713120440594', 'group'],
      ['evosifu', 'inbound', 'Group chat 7516994713120440594', 'group'],
      ['evosifu', 'inbound', 'Group chat 7516994713120440594', 'group'],
      ['epicujahofi3107', 'inbound', 'epicujahofi3107', 'dm'],
      ['firelecava7', 'outbound', 'epicujahofi3107', 'dm'],
      ['firelecava7', 'outbound', 'epicujahofi3107', 'dm'],
      ['ikefikeh', 'inbound', 'ikefikeh', 'dm'],
      ['ikefikeh', 'inbound', 'ikefikeh', 'dm'],
      ['ikefikeh', 'inbound', 'ikefikeh', 'dm'],
    ]);
    expect(dms[4]!.target).toBe('epicujahofi3107');
    expect([iso(dms[4]!.at), dms[4]!.text]).toEqual(['2025-07-16T01:33:15.000Z', 'etiam qui eveniet aspernatur tempore']);
  });

  it('reads comments made, follows both ways, likes (lower-case keys), favourites and three identical shares', async () => {
    const { rows } = await load('user_data_tiktok.json', read('2025-11_user_data_tiktok_PRUNED.json'));
    const comments = rows.filter((r) => r.kind === 'comment');
    expect(comments.map((r) => [r.text, r.content])).toEqual([
      ['🥹', null],
      ['ad mi consectetur qıisıuam abaıiqua qıinıbis fugiat', null],
      ['😍😍😍', null],
      [null, 'live:7499608478022552327'],
      [null, 'live:7533349082783025942'],
    ]);
    expect(rows.filter((r) => r.kind === 'follow').map((r) => [r.direction, r.author, r.target])).toEqual([
      ['inbound', 'vopot.48', 'firelecava7'],
      ['inbound', 'egasaf.lafavu', 'firelecava7'],
      ['inbound', 'vedefomirubu', 'firelecava7'],
      ['outbound', 'firelecava7', 'hiketorutitoh'],
      ['outbound', 'firelecava7', 'alogovukipata'],
      ['outbound', 'firelecava7', 'vopot.48'],
    ]);
    const likes = rows.filter((r) => r.kind === 'like');
    expect(likes.map((r) => [iso(r.at), r.content])).toEqual([
      ['2025-11-18T21:41:23.000Z', '7573091775535926535'],
      ['2025-11-17T07:35:01.000Z', '7572529031795461394'],
      ['2025-11-14T19:12:49.000Z', '7572655606402780437'],
    ]);
    const shares = rows.filter((r) => r.kind === 'share');
    expect(shares.map((r) => r.content)).toEqual(['7509978711387622698', '7509978711387622698', '7509978711387622698']);
    expect(shares[1]!.key).toBe(`${shares[0]!.key}#2`);
  });

  it('reads own posts with their likes (a string), keyed by date since the CDN link expires', async () => {
    const { db } = await load('user_data_tiktok.json', read('2025-11_user_data_tiktok_PRUNED.json'));
    expect(
      db.all(
        "SELECT c.key, c.kind, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id WHERE m.metric = 'likes' ORDER BY c.at DESC",
      ),
    ).toEqual([
      { key: 'post:2025-01-26 15:50:46', kind: 'post', value: 58 },
      { key: 'post:2024-02-14 19:45:10', kind: 'video', value: 49 },
      { key: 'post:2024-01-03 10:08:36', kind: 'post', value: 100 },
    ]);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contents WHERE title IS NOT NULL')!.n).toBe(0); // Title "N/A"
  });
});

describe('TikTok user_data.json (older "Activity" layout)', () => {
  it('reads the old groups, mixed key casing, null lists and "N/A", with the owner from the profile', async () => {
    const { rows, outcome, db } = await load('user_data.json', read('user_data_old_activity.json'));
    expect(byKind(rows)).toEqual({ save: 1, follow: 2, like: 1, comment: 1, dm: 2 });
    expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'atelier.nord' }]);
    expect(rows.filter((r) => r.kind === 'follow').map((r) => [r.author, iso(r.at)])).toEqual([
      ['nordic.knits', '2021-02-01T08:00:00.000Z'],
      ['wool.and.co', '2021-02-03T09:30:00.000Z'],
    ]);
    expect(rows.filter((r) => r.kind === 'dm').map((r) => [r.author, r.direction, r.target])).toEqual([
      ['nordic.knits', 'inbound', null],
      ['atelier.nord', 'outbound', 'nordic.knits'],
    ]);
    expect(rows.find((r) => r.kind === 'comment')!.text).toBe('Love this stitch!');
    expect(outcome.sources[0]!.warnings).toEqual(['1 item(s) without a readable date were left out']);
    expect(db.all('SELECT c.key, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id')).toEqual([
      { key: 'post:2021-01-15 09:00:00', value: 120 },
    ]);
  });

  it('stores no e-mail, phone, IP or device field', async () => {
    const { db } = await load('user_data.json', read('user_data_old_activity.json'));
    const bytes = new TextDecoder('latin1').decode(db.export());
    for (const secret of ['owner@atelier-nord.example', '203.0.113.7', 'Pixel 5', 'Slow fashion from Bergen', '01-Jan-1990'])
      expect(bytes).not.toContain(secret);
  });
});

describe('TikTok owner and errors', () => {
  const twoChats = JSON.stringify({
    'Direct Message': {
      'Direct Messages': {
        ChatHistory: {
          'Chat History with ann:': [
            { Date: '2024-01-01 10:00:00', From: 'ann', Content: 'hi' },
            { Date: '2024-01-01 10:01:00', From: 'shop.one', Content: 'hello' },
          ],
          'Chat History with bob:': [
            { Date: '2024-01-02 10:00:00', From: 'bob', Content: 'yo' },
            { Date: '2024-01-02 10:01:00', From: 'shop.two', Content: 'hey' },
          ],
        },
      },
    },
  });

  it('takes the owner from --brand when the chats do not settle it, and warns without it', async () => {
    const named = await load('user_data_tiktok.json', twoChats, ['shop.two']);
    expect(named.rows.map((r) => [r.author, r.direction])).toEqual([
      ['ann', 'inbound'],
      ['shop.one', 'inbound'],
      ['bob', 'inbound'],
      ['shop.two', 'outbound'],
    ]);
    const unnamed = await load('user_data_tiktok.json', twoChats);
    expect(unnamed.outcome.sources[0]!.warnings[0]).toMatch(/^the account's username is not in this export \(several possible senders\)/);
    expect(unnamed.rows.every((r) => r.direction === 'inbound')).toBe(true);
  });

  it('fails with one line naming the file on truncated JSON', async () => {
    const cut = read('2025-11_user_data_tiktok_PRUNED.json').slice(0, 5000);
    await expect(load('user_data_tiktok.json', cut)).rejects.toThrow(
      /^TikTok_Data\.zip\/user_data_tiktok\.json: not valid JSON \(.+\): the file may be cut short$/,
    );
  });

  it('is detected by name or by its groups, and leaves other JSON alone', () => {
    const detect = (name: string, head: string) => detectImporter({ path: name, innerPath: name, name, head })?.format;
    expect(detect('user_data_tiktok.json', read('2025-11_user_data_tiktok_PRUNED.json'))).toBe('tiktok.json');
    expect(detect('export.json', read('2025-11_user_data_tiktok_PRUNED.json'))).toBe('tiktok.json');
    expect(detect('data.json', '{"messages": [], "participants": []}')).toBeUndefined();
  });
});
