/**
 * The vocabulary every importer maps to and every metric reads. Adding a platform or a kind
 * here is the one place to do it: the zod contract and the SQL CHECKs derive from these lists.
 */
export const PLATFORMS = [
  'instagram',
  'facebook',
  'messenger',
  'linkedin',
  'tiktok',
  'youtube',
  'discord',
  'whatsapp',
  'telegram',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const INTERACTION_KINDS = [
  'comment',
  'reply',
  'dm',
  'story_reply',
  'mention',
  'reaction',
  'like',
  'save',
  'share',
  'follow',
  'unfollow',
  'message',
  'poll_vote',
  'join',
  'leave',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONTENT_KINDS = ['post', 'story', 'video', 'reel', 'live', 'article', 'thread', 'other'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CHANNEL_KINDS = ['group', 'dm', 'channel', 'comments', 'forum'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
