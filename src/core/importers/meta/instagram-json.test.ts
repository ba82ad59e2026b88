import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { brandHandles, count, exportFile, importInto, metricsOf, tally } from './test-helpers';

const FIX = join(__dirname, '../../../../tests/fixtures/instagram');
const fixture = (name: string, innerPath: string) => exportFile(innerPath, readFileSync(join(FIX, name), 'utf8'));
const ACT = 'your_instagram_activity';
const REL = 'connections/followers_and_following';

async function run(...files: ReturnType<typeof fixture>[]) {
  return importInto(await memoryClientDb(), files);
}

describe('Instagram followers and following (2024 and 2026 rows)', () => {
  it('reads followers as inbound follows timed when they followed', async () => {
    const { rows, outcome } = await run(fixture('2024_followers_1.json', `${REL}/followers_1.json`));
    expect(outcome.sources[0]!.format).toBe('instagram.connections');
    // jq length: 66 rows, newest first
    expect(rows).toHaveLength(66);
    expect(tally(rows)).toEqual({ 'follow/inbound': 66 });
    const first = rows.find((r) => r.who === 'esazeg._')!;
    expect(first.at).toBe(1720152884 * 1000);
    expect(rows[0]!.who).toBe('duvarulihad'); // the oldest: 1690377020
    expect(rows[0]!.at).toBe(1690377020000);
  });

  it('reads the 2026 followers file (10 rows) the same way', async () => {
    const { rows } = await run(fixture('2026_followers_1.json', `${REL}/followers_1.json`));
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.who === 'odob_herahuha')!.at).toBe(1747397716000);
  });

  it('reads following (63) and recently unfollowed (4) as outbound acts targeting the account', async () => {
    const { rows } = await run(
      fixture('2024_following.json', `${REL}/following.json`),
      fixture('2024_recently_unfollowed_accounts.json', `${REL}/recently_unfollowed_accounts.json`),
    );
    expect(tally(rows)).toEqual({ 'follow/outbound': 63, 'unfollow/outbound': 4 });
    expect(rows.filter((r) => r.kind === 'unfollow').map((r) => r.target)).toEqual([
      'hapusovukeje',
      'z_likarumes',
      'retekerufer',
      'sehadu',
    ]);
    expect(rows.find((r) => r.target === 'duvarulihad')!.at).toBe(1690377022000);
  });

  it('attributes outbound acts to a placeholder owner, with a warning, when the export names nobody', async () => {
    const { db, warnings } = await run(fixture('2024_following.json', `${REL}/following.json`));
    expect(brandHandles(db)).toEqual(['instagram:account owner']);
    expect(warnings.some((w) => /account owner could not be identified/.test(w))).toBe(true);
  });
});

describe('Instagram comments the account made (2024 string_map_data)', () => {
  it('reads 3 comments: @user openings are replies to that member, mojibake decoded', async () => {
    const { rows } = await run(fixture('2024_post_comments_1.json', `${ACT}/comments/post_comments_1.json`));
    expect(rows.map((r) => [r.kind, r.target, r.at])).toEqual([
      ['reply', 'rivakuzef', 1676919834000],
      ['reply', 'zarinegirite', 1688409001000],
      ['comment', 'asepifigozef', 1713572580000],
    ]);
    expect(rows[1]!.text).toBe('@zarinegirite quis rem u quis u minim nisi maxime 🙄');
    expect(rows.every((r) => r.direction === 'outbound')).toBe(true);
  });
});

describe('Instagram likes, saves and story interactions', () => {
  it('reads 26 liked comments: target = comment author, content = the post URL', async () => {
    const { rows, db } = await run(fixture('2024_liked_comments.json', `${ACT}/likes/liked_comments.json`));
    expect(tally(rows)).toEqual({ 'like/outbound': 26 });
    expect(new Set(rows.map((r) => r.target)).size).toBe(24); // jq: 24 distinct titles
    expect(count(db, "SELECT COUNT(*) AS n FROM contents WHERE key LIKE 'post:%'")).toBe(17); // 17 distinct post links
    const first = rows.find((r) => r.target === 'nagivecizi')!;
    expect(first.contentKey).toBe('post:C8ututhJeOz');
    expect(first.text).toBeNull(); // the 👍 value is not words
  });

  it('reads saved posts in the 2024 shape (36) and the 2026 label_values shape (36)', async () => {
    const old = await run(fixture('2024_saved_posts.json', `${ACT}/saved/saved_posts.json`));
    expect(tally(old.rows)).toEqual({ 'save/outbound': 36 });
    const first = old.rows.find((r) => r.target === 'uhitafivesigugi')!;
    expect([first.at, first.contentKey]).toEqual([1720326361000, 'post:C6hFwkkOtfu']);

    const now = await run(fixture('2026_saved_posts_labelvalues.json', `${ACT}/saved/saved_posts.json`));
    expect(tally(now.rows)).toEqual({ 'save/outbound': 36 });
    const latest = now.rows.find((r) => r.at === 1775368491000)!;
    expect([latest.target, latest.contentKey]).toEqual(['gogufepudufeb', 'post:DVeSrNDgUdo']);
    const caption = now.db.get<{ text: string; kind: string }>("SELECT text, kind FROM contents WHERE key = 'post:DVeSrNDgUdo'")!;
    expect(caption).toEqual({ text: '4 mollis ex. Nisi repellat enim. \n\n#nonarchitecto #vel', kind: 'reel' });
  });

  it("reads a story like (2024 folder) and a poll vote (2026 folder) on others' stories", async () => {
    const { rows } = await run(
      fixture('2024_story_likes.json', `${ACT}/story_sticker_interactions/story_likes.json`),
      fixture('2026_story_polls.json', `${ACT}/story_interactions/polls.json`),
    );
    expect(rows.map((r) => [r.kind, r.direction, r.target, r.at, r.text])).toEqual([
      ['like', 'outbound', 'mido_isuve', 1715924168000, null],
      ['poll_vote', 'outbound', 'futibe.m', 1768673833000, 'Illo iusto erat viverra🛌'],
    ]);
  });
});

describe('Instagram own media', () => {
  it('reads 4 posts (carousels as one) and 5 stories keyed by media id, captions decoded', async () => {
    const { db, outcome } = await run(
      fixture('2024_posts_1.json', `${ACT}/content/posts_1.json`),
      fixture('2024_stories.json', `${ACT}/content/stories.json`),
    );
    expect(outcome.added.contents).toBe(9);
    const posts = db.all<{ key: string; text: string | null; at: number }>(
      "SELECT key, text, at FROM contents WHERE kind = 'post' ORDER BY at DESC",
    );
    expect(posts.map((p) => p.key)).toEqual([
      'media:18032017582961826',
      'media:17881210856973858',
      'media:18013745996304514',
      'media:18034864069664523',
    ]);
    expect(posts.map((p) => p.text)).toEqual([
      'Lorem nec',
      'Ab Quia 🇨🇴',
      'Alias ipsam, nec sequi, officia sed culpa 🇵🇪',
      'Fugit dolores, y nec i quasi, rem sint erat aute ligula.',
    ]);
    expect(posts[0]!.at).toBe(1715566876000);
    expect(count(db, "SELECT COUNT(*) AS n FROM contents WHERE kind = 'story'")).toBe(5);
    expect(db.get<{ text: string }>("SELECT text FROM contents WHERE key = 'media:17867954229040240'")!.text).toBe('Anim 🚪');
  });
});

describe('Instagram past insights (JSON, string-typed numbers)', () => {
  it('turns period summaries into account-level metrics and reports what is not a number', async () => {
    const dir = 'logged_information/past_instagram_insights';
    const { db, outcome } = await run(
      fixture('2026_past_insights_audience_insights.json', `${dir}/audience_insights.json`),
      fixture('2026_past_insights_content_interactions.json', `${dir}/content_interactions.json`),
      fixture('2026_past_insights_profiles_reached.json', `${dir}/profiles_reached.json`),
    );
    expect(outcome.added.contents).toBe(3);
    expect(metricsOf(db, 'insights:audience_insights:Feb 6 - May 6')).toEqual({
      followers: 196,
      followers_delta_pct: -1.6,
      follows: 2,
      unfollows: 6,
      overall_followers: -4,
      total_follower_percentage_for_men: 64,
      total_follower_percentage_for_women: 36,
    });
    expect(metricsOf(db, 'insights:profiles_reached:Feb 6 - May 6')).toEqual({
      reach: 0,
      followers: 0,
      non_followers: 0,
      impressions: 0,
      profile_visits: 5,
    });
    expect(Object.keys(metricsOf(db, 'insights:content_interactions:Feb 6 - May 6'))).toHaveLength(14);
    expect(outcome.sources[0]!.warnings[0]).toMatch(/^5 insight value\(s\) are not a single number .*"Follower percentage by town\/city"/);
  });
});

describe('files that are not engagement records', () => {
  it('skips Threads data and settings inside the export, naming why', async () => {
    const db = await memoryClientDb();
    const { outcome } = await importInto(db, [
      fixture('2024_threads_follow_requests_received.json', `${ACT}/threads/follow_requests_you've_received.json`),
      fixture('2026_comments_allowed_from.json', 'preferences/settings/comments_allowed_from.json'),
      fixture('2024_story_likes.json', `${ACT}/story_sticker_interactions/story_likes.json`),
    ]);
    expect(outcome.skipped.map((s) => s.reason)).toEqual([
      'JSON that matches no known export layout',
      'JSON that matches no known export layout',
    ]);
    expect(outcome.added.interactions).toBe(1);
  });
});
