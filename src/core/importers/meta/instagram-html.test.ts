import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { brandHandles, count, exportFile, importInto, metricsOf, tally } from './test-helpers';

/**
 * The 2025 HTML export of an organisation's account (html_2025_brand_account). The fixture names
 * flatten the archive path with "__"; the tests put each file back at its archive path.
 */
const DIR = join(__dirname, '../../../../tests/fixtures/instagram/html_2025_brand_account');
const pageOf = (flat: string) => exportFile(flat.replace(/__/g, '/'), readFileSync(join(DIR, flat), 'utf8'), 'instagram-brand-2025.zip');
const page = (needle: string) => pageOf(readdirSync(DIR).find((f) => f.includes(needle))!);
const TZ = 'Asia/Jakarta'; // the account's city; HTML times carry no zone

async function run(files: ReturnType<typeof pageOf>[], brands?: string[]) {
  return importInto(await memoryClientDb({ timezone: TZ }), files, { brands });
}

describe('Instagram HTML export: comments the brand made', () => {
  it('reads 511 comments; the 182 that open with &#064;user are replies to that member', async () => {
    const { rows, warnings } = await run([page('post_comments_1')]);
    expect(rows).toHaveLength(511);
    expect(tally(rows)).toEqual({ 'reply/outbound': 182, 'comment/outbound': 329 });
    const newest = rows[rows.length - 1]!;
    // First block: "Oct 19, 2025 4:33 pm" in Jakarta (UTC+7)
    expect(new Date(newest.at).toISOString()).toBe('2025-10-19T09:33:00.000Z');
    expect(newest.text).toBe('Laoreet ex sint, minus eos fugiat orci esse odio adipiscing 🙏🏼🙏🏼');
    const reply = rows.find((r) => r.at === Date.parse('2025-10-19T09:32:00Z'))!;
    expect([reply.kind, reply.target]).toEqual(['reply', 'dosofol_ih']);
    expect(reply.text!.startsWith('@dosofol_ih magnam')).toBe(true);
    expect(warnings).toContain(`HTML times carry no time zone: read as ${TZ}`);
  });

  it('with --brand naming the account, its own media is not a member: 14 own-media comments have no target', async () => {
    const { rows, db } = await run([page('post_comments_1')], ['imalonuh_zodebo']);
    // 190 comments sit on imalonuh_zodebo's media; 176 of them are @replies
    expect(rows.filter((r) => r.target === null)).toHaveLength(14);
    expect(count(db, "SELECT COUNT(*) AS n FROM identities WHERE handle = 'imalonuh_zodebo' AND is_brand = 0")).toBe(0);
  });
});

describe('Instagram HTML export: a DM thread', () => {
  it('finds the owner from the thread title, keeps empty media messages, reads the reaction and the share', async () => {
    const { rows, db } = await run([page('message_1')]);
    expect(brandHandles(db)).toEqual(['instagram:Delia Drummond']);
    expect(rows.map((r) => [r.kind, r.direction, r.who, r.target, new Date(r.at).toISOString(), r.text])).toEqual([
      ['share', 'outbound', 'Delia Drummond', 'Jasper Drummond', '2025-08-19T11:18:00.000Z', null],
      ['dm', 'outbound', 'Delia Drummond', 'Jasper Drummond', '2025-08-22T16:53:00.000Z', null],
      ['dm', 'inbound', 'Jasper Drummond', 'Delia Drummond', '2025-08-22T16:54:00.000Z', null],
      ['reaction', 'outbound', 'Delia Drummond', 'Jasper Drummond', '2025-08-22T16:54:00.000Z', '❤'],
    ]);
    expect(rows[3]!.replyTo).toBe(rows[2]!.key);
    expect(rows[0]!.contentKey).toBe('post:DNj0PBKy5Uq');
    const shared = db.get<{ text: string; url: string }>("SELECT text, url FROM contents WHERE key = 'post:DNj0PBKy5Uq'")!;
    expect(shared.text.startsWith('Aliquet Itaque Laoreet rerum ab Jasper Drummond 🎉\nDapibus 23 & 24')).toBe(true);
    expect(shared.text).toContain('@hukedakahuf'); // &#064; decoded
    expect(rows[0]!.channel).toBe('Jasper Drummond');
  });
});

describe('Instagram HTML export: relationships and insights', () => {
  it('reads 11 recently unfollowed profiles', async () => {
    const { rows } = await run([page('recently_unfollowed')]);
    expect(tally(rows)).toEqual({ 'unfollow/outbound': 11 });
    const leta = rows.find((r) => r.target === 'leta32')!;
    expect(new Date(leta.at).toISOString()).toBe('2025-10-18T02:00:00.000Z');
  });

  it('reads per-post insights of 50 posts (404 metrics) keyed by media id', async () => {
    const { db, outcome } = await run([page('insights__posts')]);
    expect(outcome.added.contents).toBe(50);
    expect(count(db, 'SELECT COUNT(*) AS n FROM content_metrics')).toBe(404); // 50 × 8 + 2 link taps + 2 address taps
    expect(metricsOf(db, 'media:17950639644008205')).toEqual({
      profile_visits: 15,
      impressions: 625,
      follows: 0,
      reach: 453,
      saves: 0,
      likes: 47,
      comments: 0,
      shares: 0,
    });
    expect(metricsOf(db, 'media:18106123075498519')).toMatchObject({ impressions: 1508, reach: 1110, shares: 22 });
    expect(metricsOf(db, 'media:18054403013338197').link_clicks).toBe(1);
    expect(metricsOf(db, 'media:17894508825159656').business_address_taps).toBe(1);
    const post = db.get<{ at: number; text: string; kind: string }>(
      "SELECT at, text, kind FROM contents WHERE key = 'media:17950639644008205'",
    )!;
    expect(new Date(post.at).toISOString()).toBe('2025-09-08T17:40:00.000Z'); // "Sep 09, 2025 12:40 am" in Jakarta
    expect(post.text.startsWith('Quasi fugit quae, blandit illo')).toBe(true);
    expect(post.kind).toBe('post');
  });

  it('reads period summaries and reports distributions and "--" instead of guessing', async () => {
    const { db, outcome } = await run([
      page('audience_insights'),
      page('content_interactions'),
      page('profiles_reached'),
      page('live_videos'),
    ]);
    expect(metricsOf(db, 'insights:audience_insights:Jul 22 - Oct 19')).toMatchObject({
      followers: 3537,
      followers_delta_pct: 26.9,
      follows: 844,
      unfollows: 94,
      overall_followers: 750,
      monday_follower_activity: 2296,
    });
    expect(Object.keys(metricsOf(db, 'insights:audience_insights:Jul 22 - Oct 19'))).toHaveLength(14);
    expect(Object.keys(metricsOf(db, 'insights:content_interactions:Jul 22 - Oct 19'))).toHaveLength(23);
    expect(metricsOf(db, 'insights:profiles_reached:Jul 22 - Oct 19')).toMatchObject({
      reach: 1644378,
      impressions: 1878217,
      profile_visits: 18288,
      link_clicks: 101,
      followers_pct: 0.1,
    });
    const live = outcome.sources.find((s) => s.file.includes('live_videos'))!;
    // 97 live video rows: Duration 0 and four "--" each, no date, no id: nothing to attach them to
    expect(live.warnings).toEqual(['97 insight row(s) name no post, date or period and were left out', 'no records found in this file']);
    const audience = outcome.sources.find((s) => s.file.includes('audience'))!;
    expect(audience.warnings[0]).toMatch(/^5 insight value\(s\) are not a single number/);
  });
});
