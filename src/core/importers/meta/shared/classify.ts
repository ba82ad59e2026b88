import type { DetectInput } from '../../types';
import { firstJsonKey } from './json-input';
import { threadFamily } from './owner';

export type MetaKind =
  | 'ig.connections'
  | 'ig.comments'
  | 'ig.messages'
  | 'ig.media'
  | 'ig.saved'
  | 'ig.likes'
  | 'ig.story-interactions'
  | 'ig.insights'
  | 'ig.profile'
  | 'fb.comments'
  | 'fb.reactions'
  | 'fb.posts'
  | 'messenger.messages'
  | 'ig.insights-csv'
  | 'fb.insights-csv';

/**
 * Wrapper keys of Meta JSON files, all eras. The key decides, not the file name, because folder and
 * file names move between eras (content→media, story_sticker_interactions→story_interactions) and the
 * key is the one thing that stays (formats.md §1.1: "classify each file by its top-level JSON key").
 */
const KEY_KINDS: [RegExp, MetaKind][] = [
  [/^relationships_(followers|following|unfollowed_users)$/, 'ig.connections'],
  // Every Instagram comment list: media, reels, story, and those the export names otherwise (hype…).
  [/^comments_[a-z_]*(comments|hype)$/, 'ig.comments'],
  [/^likes_(media|comment)_likes$/, 'ig.likes'],
  [/^saved_saved_media$/, 'ig.saved'],
  [/^story_activities_(?!stories_viewed$)/, 'ig.story-interactions'],
  [/^ig_(stories|reels_media|archived_post_media|other_media|live_videos)$/, 'ig.media'],
  [/^organic_insights_/, 'ig.insights'],
  [/^profile_user$/, 'ig.profile'],
  [/^(comments_v2|group_comments_v2)$/, 'fb.comments'],
  [/^reactions_v2$/, 'fb.reactions'],
  // ≤2021 Facebook: comments/comments.json, likes_and_reactions/posts_and_comments.json
  [/^comments$/, 'fb.comments'],
  [/^reactions$/, 'fb.reactions'],
];

/** Bare-array files (no wrapper key) are known by name, era by era. */
const ARRAY_NAMES: [RegExp, MetaKind][] = [
  [/^followers(_\d+)?\.json$/, 'ig.connections'],
  [/^following(_\d+)?\.json$/, 'ig.connections'],
  [/^(post|reels)_comments(_\d+)?\.json$/, 'ig.comments'],
  [/^liked_(posts|comments)\.json$/, 'ig.likes'],
  [/^saved_posts\.json$/, 'ig.saved'],
  [/^(posts|reels|stories|archived_posts)(_\d+)?\.json$/, 'ig.media'],
  [/^your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json$/, 'fb.posts'],
  [/^likes_and_reactions(_\d+)?\.json$/, 'fb.reactions'],
];

/** Flat-era (2018–20) files sit at the archive root with plain names and object-of-lists shapes. */
const FLAT_NAMES: [RegExp, RegExp, MetaKind][] = [
  [
    /^connections\.json$/,
    /^(followers|following|blocked_users|close_friends|follow_requests_sent|hashtags_following|dismissed_suggested_users)$/,
    'ig.connections',
  ],
  [/^comments\.json$/, /^(media_comments|live_comments)$/, 'ig.comments'],
  [/^likes\.json$/, /^(media_likes|comment_likes)$/, 'ig.likes'],
  [/^saved\.json$/, /^(saved_media|saved_collections)$/, 'ig.saved'],
  [/^media\.json$/, /^(photos|videos|stories|profile|direct)$/, 'ig.media'],
  [/^stories_activities\.json$/, /^(polls|emoji_sliders|questions|quizzes|countdowns|story_reactions)$/, 'ig.story-interactions'],
  [/^profile\.json$/, /^(biography|date_joined|email|gender|name|phone_number|profile_pic_url|username|private_account)$/, 'ig.profile'],
];

const HTML_NAMES: [RegExp, MetaKind][] = [
  [/(^|\/)(followers(_\d+)?|following|recently_unfollowed_(accounts|profiles))\.html$/, 'ig.connections'],
  [/(^|\/)comments\/[^/]*\.html$|(^|\/)(post|reels)_comments(_\d+)?\.html$/, 'ig.comments'],
  [/(^|\/)liked_(posts|comments)\.html$/, 'ig.likes'],
  [/(^|\/)saved_posts\.html$/, 'ig.saved'],
  [/(^|\/)story_(sticker_)?interactions\/(?!stories_viewed)[^/]+\.html$/, 'ig.story-interactions'],
  [/(^|\/)past_instagram_insights\/[^/]+\.html$/, 'ig.insights'],
  [/(^|\/)(content|media)\/(posts(_\d+)?|reels|stories|archived_posts)\.html$/, 'ig.media'],
  [/(^|\/)personal_information\/personal_information\.html$/, 'ig.profile'],
];

const THREAD = /(^|\/)(inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover)\/[^/]+\/message_\d+\.(json|html)$/i;

export interface Classified {
  kind: MetaKind;
  score: number;
}

export function classifyMeta(f: DetectInput): Classified | undefined {
  const name = f.name.toLowerCase();
  const inner = f.innerPath.replace(/\\/g, '/').toLowerCase();
  const head = f.head.charCodeAt(0) === 0xfeff ? f.head.slice(1) : f.head;
  if (name.endsWith('.json')) return classifyJson(name, inner, f.path, head.trimStart());
  if (/\.html?$/.test(name)) return classifyHtml(inner, f.path, head);
  if (name.endsWith('.csv')) return classifyCsv(head);
  return undefined;
}

function classifyJson(name: string, inner: string, path: string, head: string): Classified | undefined {
  if (head.startsWith('{')) {
    const key = firstJsonKey(head);
    if (key === undefined) return undefined;
    if (key === 'participants') {
      const fam = threadFamily(path, head);
      return { kind: fam === 'instagram' ? 'ig.messages' : 'messenger.messages', score: THREAD.test(inner) ? 0.95 : 0.85 };
    }
    for (const [re, kind] of KEY_KINDS) if (re.test(key)) return { kind, score: 0.95 };
    for (const [file, keyRe, kind] of FLAT_NAMES) if (file.test(name) && keyRe.test(key)) return { kind, score: 0.9 };
    return undefined;
  }
  if (!head.startsWith('[')) return undefined;
  const wrapper = /^\[\s*\{\s*"(comments_v2|group_comments_v2|reactions_v2)"/.exec(head);
  if (wrapper) return { kind: wrapper[1] === 'reactions_v2' ? 'fb.reactions' : 'fb.comments', score: 0.9 };
  if (/^\[\s*\{\s*"participants"\s*:\s*\[\s*"/.test(head) && /"conversation"\s*:/.test(head)) return { kind: 'ig.messages', score: 0.9 };
  for (const [re, kind] of ARRAY_NAMES) {
    if (!re.test(name)) continue;
    if (kind === 'ig.media' && threadFamily(path, '') === 'facebook') return { kind: 'fb.posts', score: 0.85 };
    return { kind, score: 0.9 };
  }
  if (isOtherCommentList(name, inner, path, head)) return { kind: 'ig.comments', score: 0.85 };
  if (/(^|\/)story_(sticker_)?interactions\//.test(inner) && !/stories_viewed/.test(name))
    return { kind: 'ig.story-interactions', score: 0.85 };
  return undefined;
}

/**
 * Instagram's comments folder holds more lists than post and reels comments (hype on stories, story
 * comments, names that change between exports), all of the same record shape: a bare array there whose
 * records read as Comment/Media Owner/Time is a comment list, whatever its name. Reports and settings
 * that sit beside them are not.
 */
function isOtherCommentList(name: string, inner: string, path: string, head: string): boolean {
  if (!/(^|\/)comments\/[^/]+\.json$/.test(inner) || /reported|allowed|setting/.test(name)) return false;
  if (!/"(string_map_data|label_values|string_list_data)"\s*:/.test(head)) return false;
  return threadFamily(path, '') === 'instagram';
}

function classifyHtml(inner: string, path: string, head: string): Classified | undefined {
  if (!/uiBoxWhite|_a6-g|_a705/.test(head)) return undefined;
  if (THREAD.test(inner)) {
    const fam = threadFamily(path, head);
    return { kind: fam === 'instagram' ? 'ig.messages' : 'messenger.messages', score: 0.9 };
  }
  if (!/alt="Instagram"|instagram/i.test(head) && /facebook/.test(inner)) return undefined;
  for (const [re, kind] of HTML_NAMES) if (re.test(inner)) return { kind, score: 0.9 };
  return undefined;
}

function classifyCsv(head: string): Classified | undefined {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const cols = firstLine.toLowerCase();
  const has = (c: string) => cols.includes(c);
  if (!has('post id') && !has('video asset id')) return undefined;
  if (!has('publish time') && !has('permalink')) return undefined;
  if (has('page id') || has('page name')) return { kind: 'fb.insights-csv', score: 0.9 };
  if (has('account username') || has('account id') || /,"?ig (image|carousel|reel|story|video|album|photo)"?,/i.test(head))
    return { kind: 'ig.insights-csv', score: 0.9 };
  return { kind: 'ig.insights-csv', score: 0.6 };
}
