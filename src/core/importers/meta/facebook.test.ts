import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { brandHandles, exportFile, importInto, tally } from './test-helpers';

/**
 * Hand-written fixtures of the shapes of the public Facebook samples (tests/fixtures/facebook/README.md):
 * Danish-localised titles, entries without data[], mojibake, Messenger calls and unsent messages.
 */
const FIX = join(__dirname, '../../../../tests/fixtures/facebook');
const file = (name: string, innerPath: string, archive = 'facebook-sofielund-2022.zip') =>
  exportFile(innerPath, readFileSync(join(FIX, name), 'utf8'), archive);
const comments = () => file('2022_comments_and_reactions__comments_v2_danish.json', 'comments_and_reactions/comments.json');
const reactions = () => file('2022_posts_and_comments__reactions_v2_danish.json', 'comments_and_reactions/posts_and_comments.json');
const posts = () => file('2022_your_posts_1.json', 'posts/your_posts_1.json');
const thread = () => file('2022_messenger_inbox_message_1.json', 'messages/inbox/madsholm_2qr6kux07q/message_1.json');

describe('Facebook comments and reactions (comments_v2, reactions_v2)', () => {
  it('reads 6 comments, those without data[] too; the Danish "har svaret" title is a reply; mojibake decoded', async () => {
    const { rows, db } = await importInto(await memoryClientDb(), [comments()]);
    expect(rows.map((r) => [r.kind, r.direction, r.text])).toEqual([
      ['comment', 'outbound', 'godt nytår :)'],
      ['comment', 'outbound', 'ses i morgen'],
      ['comment', 'outbound', null],
      ['comment', 'outbound', null],
      ['reply', 'outbound', 'KÆMPE FEST 🎉\n'],
      ['comment', 'outbound', null],
    ]);
    expect(rows.every((r) => r.who === 'Sofie Lund' && r.platform === 'facebook' && r.target === null)).toBe(true);
    expect(rows[0]!.at).toBe(1262340000000);
    expect(brandHandles(db)).toEqual(['facebook:Sofie Lund']);
  });

  it('reads 5 reactions: LIKE as like, LOVE and HAHA as reactions', async () => {
    const { rows } = await importInto(await memoryClientDb(), [reactions()]);
    expect(rows.map((r) => [r.kind, r.text])).toEqual([
      ['like', 'LIKE'],
      ['like', 'LIKE'],
      ['reaction', 'LOVE'],
      ['reaction', 'HAHA'],
      ['like', 'LIKE'],
    ]);
    expect(tally(rows)).toEqual({ 'like/outbound': 3, 'reaction/outbound': 2 });
  });

  it('reads the array-of-wrappers shape: group comments get a group channel, English titles name the addressee', async () => {
    const { rows, db } = await importInto(await memoryClientDb(), [
      file('2022_redacted_group_comments_and_comments.json', 'your_facebook_activity/comments_and_reactions/comments.json'),
    ]);
    expect(rows.map((r) => [r.kind, r.target, r.channel])).toEqual([
      ['comment', 'Mads Holm', null],
      ['comment', 'Jens Bog', null],
      ['reply', 'Mads Holm', null],
      ['comment', 'Mads Holm', 'Havefolket'],
      ['reply', null, null],
      ['comment', null, 'Havefolket'],
      ['comment', 'Jens Bog', 'Cykelklubben'],
    ]);
    expect(brandHandles(db)).toEqual(['facebook:PROFILE']);
  });

  it('reads 2023+ likes_and_reactions label_values rows; the profile file names the owner, who is no target', async () => {
    const { rows, db } = await importInto(await memoryClientDb(), [
      file('2024_profile_information.json', 'profile_information/profile_information.json', 'facebook-2024.zip'),
      file(
        '2024_likes_and_reactions_1.json',
        'your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json',
        'facebook-2024.zip',
      ),
    ]);
    expect(rows.map((r) => [r.kind, r.text, r.target, r.who])).toEqual([
      ['reaction', 'LOVE', 'Åse Kjær', 'Sofie Lund'],
      ['like', 'LIKE', 'Mads Holm', 'Sofie Lund'],
      ['reaction', 'WOW', null, 'Sofie Lund'],
    ]);
    expect(brandHandles(db)).toEqual(['facebook:Sofie Lund']);
  });
});

describe('Facebook posts', () => {
  it('reads 6 posts as contents of the owner (found from the comments file of the same export)', async () => {
    const { db, outcome } = await importInto(await memoryClientDb(), [posts(), comments()]);
    expect(outcome.sources[0]!.format).toBe('facebook.posts');
    const rows = db.all<{ text: string | null; url: string | null; at: number; author: string }>(
      "SELECT c.text, c.url, c.at, i.handle AS author FROM contents c JOIN identities i ON i.id = c.author_identity_id WHERE c.platform = 'facebook' ORDER BY c.id",
    );
    expect(rows.map((r) => [r.text, r.url])).toEqual([
      ['Sne i går! ❄️', null],
      [null, 'https://example.org/nyhed'],
      ['fedt med lidt ekstra ferie', null],
      [null, null],
      [null, null],
      ['Følg vores nye side!', 'facebook.com'],
    ]);
    expect(rows.every((r) => r.author === 'Sofie Lund')).toBe(true);
    expect(rows[0]!.at).toBe(1354805114000);
  });
});

describe('Messenger thread (message_1.json)', () => {
  it('reads 6 messages and a reaction, leaves out the call and the unsent message, finds the owner from the folder slug', async () => {
    const { rows, db, warnings } = await importInto(await memoryClientDb(), [thread()]);
    expect(rows.map((r) => [r.kind, r.direction, r.who, r.text])).toEqual([
      ['dm', 'inbound', 'Mads Holm', null], // photo
      ['dm', 'outbound', 'Sofie Lund', null], // gif
      ['dm', 'inbound', 'Mads Holm', null], // sticker
      ['dm', 'outbound', 'Sofie Lund', 'Tager også metroen om lidt'],
      ['reaction', 'inbound', 'Mads Holm', '👍'],
      ['dm', 'outbound', 'Sofie Lund', 'nej nej, ingen problemer - jeg tager toget. Så ses vi!'],
      ['dm', 'inbound', 'Mads Holm', 'Tak for i går 👏'],
    ]);
    expect(rows.every((r) => r.platform === 'messenger' && r.channelKind === 'dm')).toBe(true);
    expect(brandHandles(db)).toEqual(['messenger:Sofie Lund']);
    expect(warnings).toContain('2 notice line(s) ("Liked a message", reaction notices, calls, group events…) are not counted as messages');
  });
});
