import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';

/** 2026 regrouped and partial exports, re-downloaded files, and DMs of deleted accounts. */

const FIX = join(__dirname, '../../../../tests/fixtures/tiktok');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

interface Row {
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
}

async function load(name: string, text: string) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(db, [memoryFile(`TikTok_Data.zip/${name}`, text, 1000)], { now: () => 0 });
  const rows = db.all<Row>(
    `SELECT i.key, i.kind, i.direction, a.handle AS author, i.at, i.text, c.key AS content, t.handle AS target, ch.name AS channel, ch.kind AS channelKind
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN contents c ON c.id = i.content_id
     LEFT JOIN identities t ON t.id = i.target_identity_id LEFT JOIN channels ch ON ch.id = i.channel_id ORDER BY i.id`,
  );
  return { db, outcome, rows };
}
const detect = (name: string, text: string) => detectImporter({ path: name, innerPath: name, name, head: text.slice(0, 65536) })?.format;
const iso = (ms: number) => new Date(ms).toISOString();

describe('TikTok 2026 exports: regrouped sections, partial exports', () => {
  it('imports a partial 2026 export ("Likes and Favorites", "Profile And Settings") and names the categories it lacks', async () => {
    const { rows, outcome, db } = await load('user_data_tiktok.json', read('2026_partial_likes_favorites_profile.json'));
    expect(rows.map((r) => [r.kind, r.direction, r.author, r.target, r.content])).toEqual([
      ['follow', 'inbound', 'terra.cotta', 'atelier.sud', null],
      ['follow', 'inbound', 'lin.et.laine', 'atelier.sud', null],
      ['follow', 'outbound', 'atelier.sud', 'ceramique.paris', null],
      ['like', 'outbound', 'atelier.sud', null, '7477000000000000021'],
      ['like', 'outbound', 'atelier.sud', null, '7476000000000000023'],
      ['save', 'outbound', 'atelier.sud', null, '7476000000000000011'],
      ['save', 'outbound', 'atelier.sud', null, '7475000000000000012'],
    ]);
    expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'atelier.sud' }]);
    expect(outcome.sources[0]!.warnings).toEqual([
      '1 item(s) without a readable date were left out',
      "partial export: this file holds no direct messages, comments the account wrote, own posts, shares, comments in others' LIVEs (not requested, or under names Cercle does not know), so none are counted",
    ]);
    const lacks = JSON.parse(
      db.get<{ lacks: string }>('SELECT c.lacks FROM sources s JOIN coverages c ON c.id = s.coverage_id')!.lacks,
    ) as string[];
    expect(lacks.some((l) => l.startsWith('categories not chosen when the data was requested'))).toBe(true);
  });

  it('is detected by its lists when only one category was requested, whatever the file and group are called', () => {
    const likesOnly = JSON.stringify(
      { 'Likes and Favorites': JSON.parse(read('2026_partial_likes_favorites_profile.json'))['Likes and Favorites'] },
      null,
      2,
    );
    expect(detect('tiktok_likes.json', likesOnly)).toBe('tiktok.json');
    const renamed = JSON.stringify({ 'Your Likes': { 'Like List': { App: 1, ItemFavoriteList: [] } } });
    expect(detect('export.json', renamed)).toBe('tiktok.json');
    // Not TikTok: no list of its own.
    expect(detect('export.json', JSON.stringify({ Activity: { Items: { VideoList: [] } } }))).toBeUndefined();
  });

  it('reads sections one group further down than before', async () => {
    const nested = {
      'Your Activity': {
        'Likes and Favorites': {
          'Like List': {
            ItemFavoriteList: [{ date: '2026-01-05 10:00:00', link: 'https://www.tiktokv.com/share/video/7456000000000000001/' }],
          },
        },
        Connections: { Follower: { FansList: [{ Date: '2026-01-06 11:00:00', UserName: 'nina' }] } },
      },
    };
    const { rows } = await load('user_data_tiktok.json', JSON.stringify(nested));
    expect(rows.map((r) => [r.kind, r.author, iso(r.at)])).toEqual([
      ['follow', 'nina', '2026-01-06T11:00:00.000Z'],
      ['like', 'tiktok-account-owner', '2026-01-05T10:00:00.000Z'],
    ]);
  });

  it('still fails on JSON that holds nothing of TikTok', async () => {
    await expect(load('user_data_tiktok.json', '{"foo": {"bar": 1}}')).rejects.toThrow(
      /no TikTok activity, messages or posts found in this JSON$/,
    );
  });
});

describe('TikTok older "Activity" layout under another file name', () => {
  /** A real "Activity" group is large (browsing history): the first 64 KiB show no other group. */
  function largeOldExport(): string {
    const data = JSON.parse(read('user_data_old_activity.json')) as { Activity: Record<string, { VideoList?: unknown[] }> };
    data.Activity['Video Browsing History']!.VideoList = Array.from({ length: 1500 }, (_, i) => ({
      Date: `2021-03-03 12:${String(i % 60).padStart(2, '0')}:00`,
      Link: `https://www.tiktokv.com/share/video/${6934000000000100000 + i}/`,
    }));
    return JSON.stringify(data, null, 2);
  }

  it('detects a browser re-download ("user_data_tiktok (1).json") and any other name by content', () => {
    const text = largeOldExport();
    expect(text.slice(0, 65536)).not.toContain('"Direct Messages"');
    expect(detect('user_data_tiktok (1).json', text)).toBe('tiktok.json');
    expect(detect('tiktok-2021.json', text)).toBe('tiktok.json');
  });

  it('imports it as it imports user_data_tiktok.json', async () => {
    const { rows, outcome } = await load('user_data_tiktok (1).json', largeOldExport());
    expect(outcome.sources[0]!.format).toBe('tiktok.json');
    expect(rows.map((r) => r.kind).sort()).toEqual(['comment', 'dm', 'dm', 'follow', 'follow', 'like', 'save']);
    expect(outcome.sources[0]!.warnings).toEqual(['1 item(s) without a readable date were left out']);
  });
});

describe('TikTok DMs of deleted accounts', () => {
  it('keeps their messages under one anonymous member per chat, with a warning', async () => {
    const { rows, outcome } = await load('user_data_tiktok.json', read('2025_deleted_account_dms.json'));
    expect(rows.map((r) => [r.author, r.direction, r.channel, r.channelKind, r.target, r.text])).toEqual([
      ['deleted account (chat 1)', 'inbound', 'deleted account (chat 1)', 'dm', null, 'Is the blue vase still available?'],
      ['maison.verre', 'outbound', 'deleted account (chat 1)', 'dm', 'deleted account (chat 1)', 'Yes! Sending you the link.'],
      ['deleted account (chat 1)', 'inbound', 'deleted account (chat 1)', 'dm', null, 'Thanks'],
      ['ann.b', 'inbound', 'Group chat 7500000000000000001', 'group', null, 'Who is going to the market?'],
      ['deleted account (chat 2)', 'inbound', 'Group chat 7500000000000000001', 'group', null, 'me'],
      ['ann.b', 'inbound', 'ann.b', 'dm', null, 'Hello'],
      ['maison.verre', 'outbound', 'ann.b', 'dm', 'ann.b', 'Hi Ann'],
    ]);
    expect(outcome.sources[0]!.warnings).toContain(
      '3 direct message(s) from deleted accounts (no sender name) kept under an anonymous member per chat ("deleted account (chat 1)"…, 2 chat(s))',
    );
  });

  it('gives them the same keys on a re-import', async () => {
    const db = await memoryClientDb({ timezone: 'UTC' });
    const text = read('2025_deleted_account_dms.json');
    await runImport(db, [memoryFile('TikTok_Data.zip/user_data_tiktok.json', text)], { now: () => 0 });
    const again = await runImport(db, [memoryFile('TikTok_Data.zip/user_data_tiktok (1).json', text, 333)], { now: () => 0 });
    expect(again.added).toEqual({ interactions: 0, members: 0, contents: 0 });
  });
});
