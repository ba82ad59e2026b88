import { stripBom } from '../../util/lines';
import type { DetectInput } from '../types';

/**
 * Recognising user_data_tiktok.json by what it holds rather than by its name or its top-level groups.
 * Browsers save a second download as "user_data_tiktok (1).json", TikTok renames and regroups the
 * top-level groups between versions, a partial export keeps only some of them, and with a large
 * "Activity" group the first 64 KiB may show no other group at all. What stays is the records' list
 * keys (`ItemFavoriteList`, `FansList`…) inside their sections, and DM threads keyed "Chat History with …:".
 */

/** List keys no other format Cercle reads uses. One of them opening a section is enough. */
const OWN_LISTS = [
  'ItemFavoriteList',
  'FavoriteVideoList',
  'FavoriteSoundList',
  'FavoriteEffectsList',
  'FavoriteHashtagList',
  'FavoriteCollectionList',
  'FavoriteCommentList',
  'FavoriteLocationList',
  'ShareHistoryList',
  'FansList',
  'ChatHistory',
  'WatchLiveMap',
  'WatchLiveSettingsMap',
  'GoLiveList',
  'LoginHistoryList',
  'OffTikTokActivityDataList',
  'BrowsingHistoryList',
  'AIMojiList',
];
/** Keys TikTok uses too, but that are common words: they count only beside another sign. */
const SHARED_LISTS = [
  'VideoList',
  'CommentsList',
  'SearchList',
  'HashtagList',
  'ProfileMap',
  'SettingsMap',
  'PostList',
  'ReviewsList',
  'DonationList',
  'FundraiserList',
];

/** A section opening on its list, after TikTok's optional `"App": 1` and `"IsFastLane"` markers. */
const SECTION_OF_OWN_LIST = new RegExp(
  `"[^"\\\\]+"\\s*:\\s*\\{\\s*(?:"(?:App|IsFastLane)"\\s*:\\s*[^,{}]+,\\s*)*"(?:${OWN_LISTS.join('|')})"\\s*:`,
);
const CHAT_THREAD = /"Chat History with [^"\\]*:"\s*:\s*\[/i;

/** Top-level groups of known versions: their names still help, but are no longer required. */
const GROUPS = [
  '"Your Activity"',
  '"Activity"',
  '"Direct Message"',
  '"Direct Messages"',
  '"Tiktok Live"',
  '"Likes and Favorites"',
  '"Profile And Settings"',
  '"App Settings"',
  '"Comment"',
  '"Video"',
  '"Post"',
];

/** The download's own name, a browser's re-download copy included ("user_data_tiktok (1).json"). */
const EXPORT_NAME = /^user_data(_tiktok)?(\s*\(\d+\)|[-_ ]\d+)?\.json$/i;

/**
 * How many of `keys` the head holds as quoted names. Detection runs on every file of an archive (an
 * Instagram one holds thousands of JSON files), so plain substring searches, not a regular expression.
 */
const count = (head: string, keys: readonly string[]) => keys.filter((k) => head.includes(`"${k}"`)).length;

export function detectTikTok(f: DetectInput): number {
  if (!/\.json$/i.test(f.name)) return 0;
  const head = stripBom(f.head).trimStart();
  if (!head.startsWith('{')) return 0;
  // Every list key TikTok uses ends in "List" or "Map": one search rules out most other JSON at once.
  const listy = head.includes('List"') || head.includes('Map"') || head.includes('"Chat');
  const thread = listy && head.includes('"Chat History with ') && CHAT_THREAD.test(head);
  const signs = listy ? count(head, OWN_LISTS) + (thread ? 1 : 0) : 0;
  const structured = thread || signs >= 2 || (signs === 1 && (count(head, SHARED_LISTS) > 0 || SECTION_OF_OWN_LIST.test(head)));
  const groups = GROUPS.filter((g) => head.includes(g)).length;
  if (EXPORT_NAME.test(f.name)) return structured || groups > 0 || head.length < 3 ? 0.95 : 0.6;
  if (structured) return 0.85;
  return groups >= 2 && /tiktok/i.test(head) ? 0.8 : groups >= 3 ? 0.6 : 0;
}
