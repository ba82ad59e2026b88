import { describe, expect, it } from 'vitest';
import { splitReaction, fillerOf } from './messages/thread';
import { classifyMeta } from './shared/classify';
import { quoteBigIntegers } from './shared/json-input';
import { parseMetric } from './shared/metrics';
import { fixMojibake, fixMojibakeDeep } from './shared/mojibake';
import { threadFamily } from './shared/owner';
import { parseHtmlTime } from './shared/time';
import { mediaIdFromUri, shortcodeFromUrl, storyFromUrl, usernameFromHref } from './shared/urls';

describe('Meta mojibake (formats.md §0.1)', () => {
  it('re-reads latin-1 escaped UTF-8 bytes', () => {
    expect(fixMojibake('\u00f0\u009f\u0099\u0084')).toBe('🙄');
    expect(fixMojibake('I\u00e2\u0080\u0099ll')).toBe('I’ll');
    expect(fixMojibake('T\u00c3\u0098S')).toBe('TØS');
  });

  it('keeps strings that are not mojibake: plain ASCII, real Unicode, genuine Latin-1', () => {
    expect(fixMojibake('hello')).toBe('hello');
    expect(fixMojibake('déjà ✨')).toBe('déjà ✨'); // a code point above U+00FF: already decoded
    expect(fixMojibake('caf\u00e9')).toBe('café'); // 0xE9 alone is not valid UTF-8: kept
  });

  it('fixes keys as well as values, at any depth', () => {
    const fixed = fixMojibakeDeep({ 'Enregistr\u00c3\u00a9 le': [{ value: 'Ren\u00c3\u00a9e' }] });
    expect(fixed).toEqual({ 'Enregistré le': [{ value: 'Renée' }] });
  });
});

describe('64-bit ids (formats.md §0.4)', () => {
  it('quotes integers of 16+ digits before parsing and leaves strings and timestamps alone', () => {
    const text = '{"id": 18182686576415017, "ts": 1720152884, "ms": 1720152884123, "s": "n 12345678901234567890", "f": 1234567890123456.5}';
    const parsed = JSON.parse(quoteBigIntegers(text)) as Record<string, unknown>;
    expect(parsed.id).toBe('18182686576415017');
    expect(parsed.ts).toBe(1720152884);
    expect(parsed.ms).toBe(1720152884123);
    expect(parsed.s).toBe('n 12345678901234567890');
    expect(parsed.f).toBe(1234567890123456.5);
  });
});

describe('HTML export timestamps', () => {
  const iso = (t: string, tz = 'UTC') => new Date(parseHtmlTime(t, tz)).toISOString();
  it('reads the 2023+ and older English forms', () => {
    expect(iso('Sep 09, 2025 12:40 am')).toBe('2025-09-09T00:40:00.000Z');
    expect(iso('Sep 9, 2022, 12:40 PM')).toBe('2022-09-09T12:40:00.000Z');
    expect(iso('Aug 31, 2025 8:00 pm')).toBe('2025-08-31T20:00:00.000Z');
  });
  it('reads the wall clock in the client time zone', () => {
    expect(iso('Oct 19, 2025 4:33 pm', 'Asia/Jakarta')).toBe('2025-10-19T09:33:00.000Z');
    expect(iso('Jan 15, 2025 10:00 am', 'Europe/Paris')).toBe('2025-01-15T09:00:00.000Z');
  });
  it('reads day-first localised month names', () => {
    expect(iso('9 sept. 2025 12:40')).toBe('2025-09-09T12:40:00.000Z');
    expect(iso('19 juil. 2024 08:05')).toBe('2024-07-19T08:05:00.000Z');
  });
  it('rejects what is not a timestamp', () => {
    expect(parseHtmlTime('imalonuh_zodebo', 'UTC')).toBeNaN();
    expect(parseHtmlTime('Feb 30, 2025 1:00 am', 'UTC')).toBeNaN();
  });
});

describe('insight values', () => {
  it('reads counts with thousands separators, percentages and deltas', () => {
    expect(parseMetric('Accounts Reached', '1644378')).toEqual({ metric: 'reach', value: 1644378 });
    expect(parseMetric('Impressions', '1,878,217')).toEqual({ metric: 'impressions', value: 1878217 });
    expect(parseMetric('Followers', '0.1%')).toEqual({ metric: 'followers_pct', value: 0.1 });
    expect(parseMetric('Followers delta', '-1.6% vs Nov 8 - Feb 5')).toEqual({ metric: 'followers_delta_pct', value: -1.6 });
    expect(parseMetric('Overall followers', '-4')).toEqual({ metric: 'overall_followers', value: -4 });
  });
  it('reports "--" as missing and distributions as text', () => {
    expect(parseMetric('Comments', '--')).toEqual({ missing: true });
    expect(parseMetric('Follower percentage by country', 'Nigeria: 60.1%, India: 4.2%')).toEqual({ text: 'Nigeria: 60.1%, India: 4.2%' });
  });
});

describe('Instagram links', () => {
  it('reads usernames from both row shapes and never from post links', () => {
    expect(usernameFromHref('https://www.instagram.com/esazeg._')).toBe('esazeg._');
    expect(usernameFromHref('https://www.instagram.com/_u/studio.nord')).toBe('studio.nord');
    expect(usernameFromHref('https://www.instagram.com/p/C8ututhJeOz/')).toBeUndefined();
  });
  it('reads shortcodes, story owners and media ids', () => {
    expect(shortcodeFromUrl('https://www.instagram.com/reel/C8-VXUrSgPs/?id=3404252330064479212_12988807')).toBe('C8-VXUrSgPs');
    expect(storyFromUrl('https://instagram.com/stories/ifo_eribelepu/3183830825194893528')).toEqual({
      owner: 'ifo_eribelepu',
      id: '3183830825194893528',
    });
    expect(mediaIdFromUri('media/posts/202405/443264932_2087405521632157_3585242178116673705_n_18032017582961826.jpg')).toBe(
      '18032017582961826',
    );
    expect(mediaIdFromUri('media/posts/202509/17950639644008205.jpg')).toBe('17950639644008205');
  });
});

describe('DM notice lines and reactions', () => {
  it('recognises the pseudo-messages Meta writes into threads', () => {
    expect(fillerOf('Liked a message')).toBe('liked');
    expect(fillerOf('Reacted \u2764\ufe0f to your message ')).toBe('reacted');
    expect(fillerOf('Juno sent an attachment.')).toBe('attachment');
    expect(fillerOf('You sent an attachment.')).toBe('attachment');
    expect(fillerOf('Hans hat einen Anhang gesendet.')).toBe('attachment');
    expect(fillerOf('Story unavailable')).toBe('unavailable');
    expect(fillerOf('A contact created the group.')).toBe('system');
    expect(fillerOf('Mentioned you in their story')).toBe('mention');
    expect(fillerOf('I liked a message you sent yesterday, can we talk?')).toBeUndefined();
  });
  it('splits an HTML reaction item into emoji and actor', () => {
    expect(splitReaction('❤Delia Drummond')).toEqual({ reaction: '❤', actor: 'Delia Drummond' });
    expect(splitReaction('👍🏽 Ana Solène')).toEqual({ reaction: '👍🏽', actor: 'Ana Solène' });
  });
});

describe('file classification', () => {
  const classify = (path: string, head: string) => classifyMeta({ path, innerPath: path, name: path.split('/').pop()!, head })?.kind;
  it('classifies JSON by its top-level key, whatever the folder', () => {
    expect(classify('a/b/whatever.json', '{"relationships_following": []}')).toBe('ig.connections');
    expect(classify('x/story_interactions/polls.json', '{\n "story_activities_polls": [')).toBe('ig.story-interactions');
    expect(classify('x/story_sticker_interactions/stories_viewed.json', '{"story_activities_stories_viewed": []}')).toBeUndefined();
    expect(classify('comments.json', '{"comments_v2": []}')).toBe('fb.comments');
  });
  it('classifies bare arrays by name and leaves unknown JSON alone', () => {
    expect(classify('connections/followers_and_following/followers_3.json', '[{"title": ""')).toBe('ig.connections');
    expect(classify('your_instagram_activity/saved/saved_posts.json', '[{"timestamp": 1')).toBe('ig.saved');
    expect(classify('preferences/settings/comments_allowed_from.json', '{"settings_allow_comments_from": []}')).toBeUndefined();
  });
  it('tells Instagram and Messenger threads apart by path first', () => {
    const head =
      '{"participants": [{"name": "a"}], "messages": [{"sender_name": "a", "timestamp_ms": 1, "is_geoblocked_for_viewer": false}]}';
    expect(threadFamily('x.zip/your_instagram_activity/messages/inbox/a_1/message_1.json', head)).toBe('instagram');
    expect(threadFamily('x.zip/your_facebook_activity/messages/inbox/a_1/message_1.json', head)).toBe('facebook');
    expect(threadFamily('instagram-ana-2022.zip/messages/inbox/a_1/message_1.json', '"type": "Generic"')).toBe('instagram');
    expect(threadFamily('messages/inbox/a_1/message_1.json', '{"messages": [{"type": "Generic"}]}')).toBe('facebook');
  });
  it('recognises insights CSVs by their header', () => {
    expect(classify('export.csv', '\ufeff"Post ID","Account ID","Account username",Description,"Publish time",Permalink')).toBe(
      'ig.insights-csv',
    );
    expect(classify('export.csv', '"Post ID","Page ID","Page name",Title,"Publish time"')).toBe('fb.insights-csv');
    expect(classify('export.csv', 'Date,Link,Message')).toBeUndefined();
  });
});
