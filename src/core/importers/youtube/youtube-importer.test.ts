import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { readCommentText } from './comment-text';

const FIX = join(__dirname, '../../../../tests/fixtures/youtube');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const TAKEOUT = 'Takeout/YouTube and YouTube Music';

async function load(files: { path: string; text: string }[]) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(
    db,
    files.map((f) => memoryFile(f.path, f.text, 100)),
    { now: () => 0 },
  );
  const rows = db.all<{
    key: string;
    kind: string;
    direction: string;
    author: string;
    at: number;
    text: string | null;
    content: string | null;
    contentKind: string | null;
    thread: string | null;
    replyTo: string | null;
    target: string | null;
    channel: string | null;
  }>(
    `SELECT i.key, i.kind, i.direction, a.handle AS author, i.at, i.text, c.key AS content, c.kind AS contentKind, i.thread_key AS thread,
            i.reply_to_key AS replyTo, t.handle AS target, ch.key AS channel
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN contents c ON c.id = i.content_id
     LEFT JOIN identities t ON t.id = i.target_identity_id LEFT JOIN channels ch ON ch.id = i.channel_id ORDER BY i.id`,
  );
  return { db, outcome, rows };
}
const iso = (ms: number) => new Date(ms).toISOString();
const comments = (text: string) => [{ path: `${TAKEOUT}/comments/comments.csv`, text }];

describe('YouTube comments.csv', () => {
  it('reads the pre-June-2024 layout (Comment ID first, takeoutSegments JSON), skipping trailing blank lines', async () => {
    const { rows, outcome, db } = await load(comments(read('comments_pre_2024-06_takeoutSegments.csv')));
    expect(outcome.sources[0]!.format).toBe('youtube.comments.csv');
    expect(rows.map((r) => [r.key, r.kind, r.direction, iso(r.at), r.content, r.thread, r.replyTo, r.text])).toEqual([
      [
        'UgxtiXQkY7gqHbldJ1F4AaABAg',
        'comment',
        'outbound',
        '2023-09-19T17:42:53.434Z',
        'WtOskFeLmr4',
        'UgxtiXQkY7gqHbldJ1F4AaABAg',
        null,
        'coalowl the legend',
      ],
      [
        'UgwDN8UeMxW4NDFbvY54AaABAg.9iwJkUYNcXa9u0lv3j3Abh',
        'reply',
        'outbound',
        '2023-08-30T01:54:46.801Z',
        'jH39c5-y6kg',
        'UgwDN8UeMxW4NDFbvY54AaABAg',
        'UgwDN8UeMxW4NDFbvY54AaABAg',
        "Ah, this is the reason why Ive never seen concurrent write failures myself, python's default timeout value is 5s, so it just waits in a busy loop if I have 'concurrent writers'",
      ],
    ]);
    expect(db.all('SELECT handle, is_brand FROM identities')).toEqual([{ handle: 'UCA6DtnbZ2KJckyTYfXOwQNA', is_brand: 1 }]);
    expect(db.all('SELECT key, kind FROM contents ORDER BY id')).toEqual([
      { key: 'WtOskFeLmr4', kind: 'video' },
      { key: 'jH39c5-y6kg', kind: 'video' },
    ]);
    expect(outcome.added.members).toBe(0);
  });

  it('reads the same rows without a header row, by their column count', async () => {
    const body = read('comments_pre_2024-06_takeoutSegments.csv').split('\n').slice(1).join('\n');
    const { rows } = await load(comments(body));
    expect(rows.map((r) => r.key)).toEqual(['UgxtiXQkY7gqHbldJ1F4AaABAg', 'UgwDN8UeMxW4NDFbvY54AaABAg.9iwJkUYNcXa9u0lv3j3Abh']);
  });

  it('reads the June-2024 layout (reordered, comma-joined fragments, CRLF), with a mention as the target', async () => {
    const { rows, outcome } = await load(comments(read('comments_2024-06_fragments.csv')));
    expect(rows.map((r) => [r.key, r.kind, iso(r.at), r.replyTo, r.target, r.text])).toEqual([
      [
        'UgzAAAA111.AbCdEf',
        'reply',
        '2024-09-02T10:15:30.120Z',
        'UgzAAAA111',
        'UCmayaBBBBBBBBBBBBBBBBB',
        '@maya thank you! Restock is > Friday\nhttps://atelier.example/shop',
      ],
      ['UgyBBBB222', 'comment', '2024-09-03T08:00:00.000Z', null, null, 'New drop is live'],
    ]);
    expect(outcome.added.members).toBe(1);
  });

  it('reads the 2025 layout (nine columns, lower-case header, community-post comments, top-level id)', async () => {
    const { rows } = await load(comments(read('comments_2025_nine_columns.csv')));
    expect(rows.map((r) => [r.key, r.kind, iso(r.at), r.content, r.contentKind, r.thread, r.replyTo, r.text])).toEqual([
      [
        'UgxCCCC333',
        'comment',
        '2025-03-01T12:00:00.000Z',
        'UgkxPOST0001',
        'post',
        'UgxCCCC333',
        null,
        'Which colour should we make next?',
      ],
      ['UgxDDDD444.XyZ', 'reply', '2025-03-01T12:30:00.500Z', 'vid00000003', 'video', 'UgxDDDD444', 'UgxDDDD444', 'Glad you like it'],
    ]);
  });

  it('adds nothing when an overlapping later Takeout is imported', async () => {
    const db = await memoryClientDb();
    await runImport(db, [memoryFile('a/comments.csv', read('comments_pre_2024-06_takeoutSegments.csv'))], { now: () => 0 });
    const again = await runImport(
      db,
      [memoryFile('b/comments.csv', read('comments_pre_2024-06_takeoutSegments.csv').replace(/\n+$/, '\n'))],
      { now: () => 0 },
    );
    expect(again.added.interactions).toBe(0);
  });

  it('fails with one line naming the file when cut inside a comment', async () => {
    const text = read('comments_2024-06_fragments.csv');
    const cut = text.slice(0, text.indexOf('Restock'));
    await expect(load(comments(cut))).rejects.toThrow(
      /^Takeout\/YouTube and YouTube Music\/comments\/comments\.csv: a quoted field opened on line 2 is never closed/,
    );
  });

  it('fails when no row has a readable timestamp', async () => {
    const text =
      'Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\nX,UCA6DtnbZ2KJckyTYfXOwQNA,yesterday,0,,v,"{""text"":""a""}"\n';
    await expect(load(comments(text))).rejects.toThrow(/comments\.csv: no row could be read \(line 2: unreadable timestamp "yesterday"\)$/);
  });
});

describe('YouTube live chats.csv', () => {
  const HEADER_6 = 'Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live Chat Text\n';

  it('reads the six-column layout, with or without its header row', async () => {
    for (const text of [read('live_chats_row_no_header.csv'), HEADER_6 + read('live_chats_row_no_header.csv')]) {
      const { rows, db } = await load([{ path: `${TAKEOUT}/live chats/live chats.csv`, text }]);
      expect(rows.map((r) => [r.key, r.kind, r.direction, iso(r.at), r.channel, r.content, r.contentKind, r.text])).toEqual([
        [
          'UgwsSD8yrDW7_h6F5vZ4AaABDqgB5OC1kgI',
          'message',
          'outbound',
          '2018-09-02T05:16:35.510Z',
          'live:0vGCh85obuI',
          '0vGCh85obuI',
          'live',
          '"think the right thing" jeez',
        ],
      ]);
      expect(db.get<{ kind: string }>('SELECT kind FROM channels')!.kind).toBe('channel');
    }
  });

  it('reads the layout with a currency code and sums Super Chats in a warning', async () => {
    const { rows, outcome } = await load([{ path: `${TAKEOUT}/live chats/live chats.csv`, text: read('live_chats_currency.csv') }]);
    expect(rows.map((r) => [r.key, iso(r.at), r.text])).toEqual([
      ['LCaaaa1', '2024-11-05T19:00:01.000Z', 'Welcome everyone!'],
      ['LCaaaa2', '2024-11-05T19:02:00.000Z', 'Thanks for the support'],
    ]);
    expect(outcome.sources[0]!.warnings).toEqual(['Super Chats sent: 4.99 USD (amounts are not stored)']);
  });
});

describe('Takeout comment text', () => {
  it('joins segments of both shapes and keeps text that is not JSON', () => {
    expect(readCommentText('{"takeoutSegments":[{"text":"a "},{"text":"link","link":{"linkUrl":"https://x"}}]}')).toEqual({
      text: 'a link',
      mentions: [],
      parsed: true,
    });
    expect(readCommentText('{"text":"@Bo","mention":{"externalChannelId":"UCbo"}},{"text":" hi"}')).toEqual({
      text: '@Bo hi',
      mentions: [{ channelId: 'UCbo', name: 'Bo' }],
      parsed: true,
    });
    expect(readCommentText('plain words')).toEqual({ text: 'plain words', mentions: [], parsed: false });
    expect(readCommentText('{"broken": ')).toEqual({ text: '{"broken":', mentions: [], parsed: false });
  });
});
