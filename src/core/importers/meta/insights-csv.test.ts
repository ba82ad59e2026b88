import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { brandHandles, count, exportFile, importInto, metricsOf } from './test-helpers';

/** Hand-written from the headers in formats.md §3 (no real export is public): BOM, CRLF, multi-line caption, "12,500". */
const FIX = join(__dirname, '../../../../tests/fixtures/meta');
const csv = (name: string) => exportFile(name, readFileSync(join(FIX, name), 'utf8'), 'downloads');

describe('Meta Business Suite insights CSV', () => {
  it('reads Instagram posts: one content per Post ID, metrics by column name, Pacific publish times', async () => {
    const { db, outcome } = await importInto(await memoryClientDb(), [csv('ig_posts_insights.csv')]);
    expect(outcome.sources[0]!.format).toBe('instagram.insights-csv');
    expect(outcome.added.contents).toBe(3);
    expect(outcome.added.members).toBe(0); // no member identities in these files
    expect(brandHandles(db)).toEqual(['instagram:atelier.lune']);
    expect(metricsOf(db, 'media:17960000000000001')).toEqual({
      duration_sec: 0,
      views: 145,
      reach: 75,
      likes: 10,
      shares: 1,
      follows: 0,
      comments: 0,
      saves: 0,
    });
    expect(metricsOf(db, 'media:17960000000000002')).toEqual({
      duration_sec: 31,
      views: 12500,
      reach: 9800,
      likes: 640,
      shares: 1020,
      follows: 12,
      comments: 85,
      saves: 230,
    });
    // empty Views/Reach are "not available"; "n/a" Shares is reported
    expect(metricsOf(db, 'media:17960000000000003')).toEqual({ duration_sec: 0, likes: 42, follows: 0, comments: 3, saves: 5 });
    expect(outcome.sources[0]!.warnings).toEqual([
      '"Publish time" read as America/Los_Angeles (Meta Business Suite\'s export time zone)',
      '1 metric cell(s) are not numbers and were left out',
    ]);

    const rows = db.all<{ key: string; kind: string; at: number; url: string; text: string | null }>(
      'SELECT key, kind, at, url, text FROM contents ORDER BY key',
    );
    expect(rows.map((r) => [r.kind, new Date(r.at).toISOString(), r.url])).toEqual([
      ['post', '2025-03-26T05:00:00.000Z', 'https://www.instagram.com/p/DHaaaaaaaaa/'], // 03/25/2025 22:00 PDT
      ['reel', '2025-07-04T16:30:00.000Z', 'https://www.instagram.com/reel/DLbbbbbbbbb/'], // 07/04/2025 09:30 PDT
      ['post', '2024-12-01T16:05:00.000Z', 'https://www.instagram.com/p/DCccccccccc/'], // 12/01/2024 08:05 PST
    ]);
    expect(rows[1]!.text).toBe('Atelier ouvert samedi !\n"Venez nombreux"\n#bijoux #faitmain');
    expect(rows[2]!.text).toBeNull();
  });

  it('reads Instagram stories with the columns in another order', async () => {
    const { db } = await importInto(await memoryClientDb(), [csv('ig_stories_insights.csv')]);
    expect(db.all<{ kind: string }>('SELECT kind FROM contents').map((r) => r.kind)).toEqual(['story', 'story']);
    expect(metricsOf(db, 'media:18070000000000001')).toEqual({
      views: 320,
      reach: 290,
      navigation: 1204,
      profile_visits: 14,
      replies: 6,
      link_clicks: 9,
      sticker_taps: 22,
      follows: 1,
    });
    expect(metricsOf(db, 'media:18070000000000002')).toEqual({
      views: 280,
      reach: 251,
      navigation: 990,
      profile_visits: 8,
      replies: 2,
      sticker_taps: 0,
      follows: 0,
    });
  });

  it('reads Facebook Page posts as facebook contents', async () => {
    const { db, outcome } = await importInto(await memoryClientDb(), [csv('fb_posts_insights.csv')]);
    expect(outcome.sources[0]!.platform).toBe('facebook');
    expect(brandHandles(db)).toEqual(['facebook:Atelier Lune']);
    expect(metricsOf(db, 'fb-post:123456789012345_987654321098765')).toEqual({
      views: 2310,
      reach: 1875,
      reactions_comments_and_shares: 96,
      reactions: 80,
      comments: 11,
      shares: 5,
      total_clicks: 140,
      other_clicks: 37,
      matched_audience_targeting_consumption_photo_click: 103,
    });
    expect(count(db, 'SELECT COUNT(*) AS n FROM content_metrics')).toBe(18);
  });

  it('attaches to the post the DYI export already knows (Post ID = media id in the file name) and re-imports add nothing', async () => {
    const db = await memoryClientDb();
    const dyi = exportFile(
      'your_instagram_activity/media/posts_1.json',
      JSON.stringify([
        {
          media: [{ uri: 'media/posts/202503/4831_n_17960000000000001.jpg', creation_timestamp: 1742965200, title: 'Nouvelle collection' }],
        },
      ]),
    );
    await runImport(db, [dyi], { now: () => 0 });
    await runImport(db, [csv('ig_posts_insights.csv')], { now: () => 0 });
    expect(count(db, 'SELECT COUNT(*) AS n FROM contents')).toBe(3);
    expect(metricsOf(db, 'media:17960000000000001').views).toBe(145);
    const metrics = count(db, 'SELECT COUNT(*) AS n FROM content_metrics');
    expect(metrics).toBe(21); // 8 + 8 + 5
    const again = await runImport(db, [csv('ig_posts_insights.csv')], { now: () => 0 });
    expect(again.added.contents).toBe(0);
    expect(again.sources[0]).toMatchObject({ alreadyImported: true, added: 0 });
    expect(count(db, 'SELECT COUNT(*) AS n FROM content_metrics')).toBe(metrics);
    // A later export of the same posts, with one number moved on, is an update: it counts one change.
    const later = readFileSync(join(FIX, 'ig_posts_insights.csv'), 'utf8').replace(',145,75,', ',160,75,');
    const update = await runImport(db, [exportFile('later.csv', later, 'downloads')], { now: () => 0 });
    expect(update.sources[0]).toMatchObject({ alreadyImported: false, added: 1 });
    expect(metricsOf(db, 'media:17960000000000001').views).toBe(160);
  });

  it('warns when rows are per day rather than "Lifetime" (one value per post and metric is kept)', async () => {
    const daily = exportFile(
      'daily.csv',
      '"Post ID","Account username","Publish time",Permalink,Date,Reach\n1,acme,"01/02/2025 10:00",,"01/02/2025",10\n1,acme,"01/02/2025 10:00",,"01/03/2025",14\n',
    );
    const { db, warnings } = await importInto(await memoryClientDb(), [daily]);
    expect(metricsOf(db, 'media:1')).toEqual({ reach: 14 });
    expect(warnings).toContain('2 row(s) cover a "Date" other than "Lifetime": for each post only its last row\'s numbers are kept');
  });

  it('refuses a CSV that has neither a Post ID nor a Permalink column, naming the file', async () => {
    const bad = exportFile('insights.csv', '"Post ID x","Publish time",Views\n1,"01/01/2025 10:00",3\n');
    await expect(runImport(await memoryClientDb(), [bad], { now: () => 0 })).rejects.toThrow(/^export\.zip\/insights\.csv: /);
  });
});
