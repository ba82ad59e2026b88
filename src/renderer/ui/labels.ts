/** Display names of the core's platform and kind ids (src/core/domain/kinds.ts). */
const PLATFORM_LABELS: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  messenger: 'Messenger',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  discord: 'Discord',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  generic: 'Other',
};

const KIND_LABELS: Record<string, string> = {
  comment: 'Comments',
  reply: 'Replies',
  dm: 'Direct messages',
  story_reply: 'Story replies',
  mention: 'Mentions',
  reaction: 'Reactions',
  like: 'Likes',
  save: 'Saves',
  share: 'Shares',
  follow: 'Follows',
  unfollow: 'Unfollows',
  message: 'Chat messages',
  poll_vote: 'Poll votes',
  join: 'Joins',
  leave: 'Leaves',
};

export const platformLabel = (id: string): string => PLATFORM_LABELS[id] ?? id;
export const kindLabel = (id: string): string => KIND_LABELS[id] ?? id.replace(/_/g, ' ');
