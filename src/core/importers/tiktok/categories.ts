import { field, isObject, type Json, type JsonObject, section } from './json-access';

/**
 * The categories Cercle reads from user_data_tiktok.json, each found by the name of its section and the
 * key of its list. TikTok moves sections between top-level groups from one export version to the next
 * ("Activity" → "Your Activity" → "Likes and Favorites", "Profile And Settings"), and a user may request
 * only some categories: a category is looked up by its own names and keys, wherever it sits.
 */
export interface Category {
  /** How the warnings name it when the export does not hold it. */
  readonly label: string;
  /** The section's names across export versions, preferred first. */
  readonly names: readonly string[];
  readonly list: string;
  /** The list key belongs to this category alone, so the list is found by it when no section name matches. */
  readonly uniqueKey: boolean;
}

const category = (label: string, names: string[], list: string, uniqueKey = true): Category => ({ label, names, list, uniqueKey });

export const CATEGORIES = {
  messages: category('direct messages', ['Direct Messages', 'Chat History', 'Direct Message'], 'ChatHistory'),
  comments: category('comments the account wrote', ['Comments'], 'CommentsList'),
  // "VideoList" also names Watch History and Video Browsing History: own posts only by their section.
  posts: category('own posts', ['Posts', 'Videos'], 'VideoList', false),
  followers: category('followers', ['Follower', 'Follower List'], 'FansList'),
  // The list has the section's own name ("Following": {"Following": […]}).
  following: category('accounts followed', ['Following', 'Following List'], 'Following', false),
  likes: category('likes given', ['Like List'], 'ItemFavoriteList'),
  favourites: category('favourites', ['Favorite Videos'], 'FavoriteVideoList'),
  shares: category('shares', ['Share History'], 'ShareHistoryList'),
  lives: category("comments in others' LIVEs", ['Watch Live History'], 'WatchLiveMap'),
} as const;

/** Deep enough for root → group → sub-group → section → list. */
const HOLDER_DEPTH = 4;

/** The shallowest object holding `key` (a list, a map or null: not a plain value), or undefined. */
function holderOf(root: JsonObject, key: string): JsonObject | undefined {
  let level: JsonObject[] = [root];
  for (let depth = 1; depth <= HOLDER_DEPTH && level.length > 0; depth++) {
    const next: JsonObject[] = [];
    for (const obj of level) {
      const v: Json | undefined = field(obj, key);
      if (v === null || Array.isArray(v) || isObject(v)) return obj;
      if (depth < HOLDER_DEPTH) for (const child of Object.values(obj)) if (isObject(child)) next.push(child);
    }
    level = next;
  }
  return undefined;
}

/** The object holding the category's list (its section, or whatever holds the list), or undefined when the export lacks it. */
export function find(root: JsonObject, c: Category): JsonObject | undefined {
  const named = section(root, ...c.names);
  if (named && field(named, c.list) !== undefined) return named;
  return (c.uniqueKey ? holderOf(root, c.list) : undefined) ?? named;
}

/** Whether the export holds at least one category Cercle reads, empty or not. */
export function holdsAny(root: JsonObject): boolean {
  return Object.values(CATEGORIES).some((c) => find(root, c) !== undefined);
}

/**
 * The categories this export does not hold at all (an empty list is held: the account has none). Exports
 * of the older "Activity" layout predate LIVE data, so its absence there says nothing.
 */
export function absentCategories(root: JsonObject): string[] {
  const olderLayout = field(root, 'Activity') !== undefined;
  return Object.values(CATEGORIES)
    .filter((c) => !(olderLayout && c === CATEGORIES.lives))
    .filter((c) => find(root, c) === undefined)
    .map((c) => c.label);
}
