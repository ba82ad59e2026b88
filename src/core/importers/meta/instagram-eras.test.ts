import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { InputFile } from '../types';
import { brandHandles, count, exportFile, importInto, metricsOf, tally } from './test-helpers';

/**
 * The three layout eras, each as a whole hand-written export (tests/fixtures/instagram/README.md):
 * flat 2018–20 (ISO times, usernames everywhere), categorised 2021–23 (inside a top folder), and the
 * 2024+ Accounts Center shapes the shared samples lack (profile file, 2026 following rows, label_values likes,
 * localised labels).
 */
const FIX = join(__dirname, '../../../../tests/fixtures/instagram');

function exportOf(dir: string): InputFile[] {
  const root = join(FIX, dir);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(root)
    .sort()
    .map((f) => exportFile(relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8'), `${dir}.zip`));
}

describe('2018–20 flat export', () => {
  it('reads every root file; the owner comes from profile.json and matches usernames in messages', async () => {
    const { db, rows, outcome } = await importInto(await memoryClientDb(), exportOf('flat_2019'));
    expect(outcome.skipped).toEqual([]);
    expect(brandHandles(db)).toEqual(['instagram:atelier.lune']);
    expect(tally(rows)).toEqual({
      'follow/inbound': 2,
      'follow/outbound': 1,
      'reply/outbound': 1,
      'comment/outbound': 1,
      'like/outbound': 3,
      'save/outbound': 1,
      'story_reply/inbound': 1,
      'dm/outbound': 1,
      'dm/inbound': 1,
      'reaction/inbound': 1,
      'share/inbound': 1,
      'poll_vote/outbound': 1,
      'reaction/outbound': 1,
    });
    const follow = rows.find((r) => r.who === 'bruno_k' && r.kind === 'follow')!;
    expect(new Date(follow.at).toISOString()).toBe('2019-03-05T18:30:00.000Z'); // no offset written: UTC
    expect(follow.target).toBe('atelier.lune');
    const storyReply = rows.find((r) => r.kind === 'story_reply')!;
    expect([storyReply.who, storyReply.text, storyReply.at]).toEqual(['ana.sol', 'Trop jolie ✨', Date.parse('2019-03-10T10:00:00Z')]);
    const share = rows.find((r) => r.kind === 'share')!;
    expect(share.contentKey).toBe('post:BuXXXXXXXXX');
    // the shared post is the brand's own (media_owner = the owner's username)
    expect(
      db.get<{ handle: string }>(
        "SELECT i.handle FROM contents c JOIN identities i ON i.id = c.author_identity_id WHERE c.key = 'post:BuXXXXXXXXX'",
      )!.handle,
    ).toBe('atelier.lune');
    expect(count(db, "SELECT COUNT(*) AS n FROM contents WHERE kind IN ('post', 'story') AND at IS NOT NULL")).toBe(3);
    expect(rows.find((r) => r.kind === 'poll_vote')!.text).toBe('Oui');
  });
});

describe('2021–23 categorised export (top folder inside the ZIP)', () => {
  it('finds the owner across two DM threads and reads every category', async () => {
    const { db, rows, outcome } = await importInto(await memoryClientDb(), exportOf('categorised_2022'));
    expect(outcome.skipped.map((s) => [s.file.split('/').pop(), s.reason])).toEqual([
      ['index.html', 'HTML/XML that matches no known export page'],
    ]);
    expect(brandHandles(db)).toEqual(['instagram:Atelier Lune']);
    expect(rows).toHaveLength(19);
    expect(tally(rows)).toEqual({
      'comment/outbound': 1,
      'reply/outbound': 2,
      'follow/inbound': 3,
      'follow/outbound': 2,
      'dm/inbound': 1,
      'dm/outbound': 3,
      'story_reply/inbound': 1,
      'mention/inbound': 1,
      'reaction/inbound': 1,
      'like/outbound': 2,
      'poll_vote/outbound': 1,
      'reaction/outbound': 1,
    });
    const ana = rows.filter((r) => r.channel === 'Ana Solène').map((r) => [r.kind, r.who, r.text, r.contentKey]);
    expect(ana).toEqual([
      ['story_reply', 'Ana Solène', 'Trop belle la vitrine ✨', 'story:2800000000000000000'],
      ['dm', 'Atelier Lune', 'Merci Ana 🙏', null],
      ['reaction', 'Ana Solène', '❤', null],
      ['mention', 'Ana Solène', null, 'story:2800000000000000001'],
      ['dm', 'Atelier Lune', 'Avec plaisir !', null],
    ]);
    expect(rows.filter((r) => r.channel === 'Bruno Kaç').map((r) => r.text)).toEqual(['Vous êtes ouverts samedi ?', 'Oui, samedi 10h']);
    expect(metricsOf(db, 'media:17912345678901234')).toEqual({ impressions: 1234, reach: 987, likes: 56 });
    expect(outcome.sources.find((s) => s.file.endsWith('past_instagram_insights/posts.json'))!.warnings).toEqual([
      '1 insight value(s) were empty or "--" (not available)',
    ]);
  });
});

describe('2024+ Accounts Center shapes', () => {
  it('reads the owner from personal_information.json, 2026 following rows, label_values likes and localised comment labels', async () => {
    const { db, rows } = await importInto(await memoryClientDb({ timezone: 'Europe/Zurich' }), exportOf('accounts_center_2026'));
    expect(db.all('SELECT handle, name FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'atelier.lune', name: 'Atelier Lune ✨' }]);
    const acts = rows.filter((r) => r.channel === null && r.direction === 'outbound');
    expect(acts.map((r) => [r.kind, r.target, r.text])).toEqual([
      ['follow', 'studio.nord', null],
      ['follow', 'ana.sol', null],
      ['follow', 'chloe.v', null], // title "" and no value: read from the /_u/ link
      ['like', 'studio.nord', null],
      ['reply', 'ana.sol', '@ana.sol bedankt!'], // Dutch labels
      ['comment', 'studio.nord', 'Schön 😍'], // labels no table knows: read by position
    ]);
    expect(acts[3]!.contentKey).toBe('post:DcCCCCCCCCC');
  });

  it('knows the owner under the DM display name that differs from the profile name, and times reactions when the export does', async () => {
    const { rows } = await importInto(await memoryClientDb(), exportOf('accounts_center_2026'));
    expect(rows.filter((r) => r.channel === 'Ana Sol').map((r) => [r.kind, r.direction, r.handle, r.target, r.at])).toEqual([
      ['dm', 'inbound', 'Ana Sol', 'atelier.lune', 1768300000000],
      ['dm', 'outbound', 'atelier.lune', 'Ana Sol', 1768300060000],
      ['reaction', 'outbound', 'atelier.lune', 'Ana Sol', 1768300100000],
    ]);
  });

  it('reads an HTML followers page in the client time zone', async () => {
    const { rows } = await importInto(await memoryClientDb({ timezone: 'Europe/Zurich' }), exportOf('accounts_center_2026'));
    expect(
      rows.filter((r) => r.kind === 'follow' && r.direction === 'inbound').map((r) => [r.who, new Date(r.at).toISOString(), r.target]),
    ).toEqual([
      ['leo_b', '2026-01-02T23:15:00.000Z', 'atelier.lune'], // Jan 03, 2026 12:15 am in Zurich (UTC+1)
      ['marta.k', '2026-01-12T20:05:00.000Z', 'atelier.lune'],
    ]);
  });
});

describe('2019–22 simplified comments (string_list_data under the media owner)', () => {
  it("reads 2 comments; with --brand naming the media owner they are on the brand's own media", async () => {
    const file = exportFile(
      'comments/post_comments.json',
      readFileSync(join(FIX, '2019_2022_comments_media_comments_simplified.json'), 'utf8'),
    );
    const { rows, db } = await importInto(await memoryClientDb(), [file], { brands: ['atelier.lune'] });
    expect(rows.map((r) => [r.kind, r.at, r.text, r.target])).toEqual([
      ['comment', 1550618520000, 'The comment', null],
      ['comment', 1550712540000, 'The comment', null],
    ]);
    expect(brandHandles(db)).toEqual(['instagram:atelier.lune']);
  });
});
