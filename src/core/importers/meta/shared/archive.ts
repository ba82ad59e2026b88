import type { InputFile } from '../../types';

/**
 * Top-level folders of Meta exports in every era. The part of a path before the first of them is the
 * archive's root, so files from one export are recognised as siblings even when the ZIP holds an extra
 * top folder (`instagram-user-2024-07-01/…`) and even when two exports are imported at once.
 */
const TOP_FOLDERS = new Set([
  'your_instagram_activity',
  'connections',
  'personal_information',
  'logged_information',
  'ads_information',
  'preferences',
  'security_and_login_information',
  'apps_and_websites_off_of_instagram',
  'media',
  'your_facebook_activity',
  'your_activity_across_facebook',
  'messages',
  'comments',
  'comments_and_reactions',
  'posts',
  'likes',
  'likes_and_reactions',
  'saved',
  'content',
  'followers_and_following',
  'story_sticker_interactions',
  'past_instagram_insights',
  'profile_information',
  'groups',
  'pages',
  'friends',
  'friends_and_followers',
  'direct',
  'stories',
  'photos',
  'videos',
]);

export function archiveRoot(f: { path: string; innerPath: string }): string {
  const outer = f.path.endsWith(f.innerPath) ? f.path.slice(0, f.path.length - f.innerPath.length) : '';
  const parts = f.innerPath.split('/');
  const i = parts.findIndex((p, idx) => idx < parts.length - 1 && TOP_FOLDERS.has(p.toLowerCase()));
  const inner = i >= 0 ? parts.slice(0, i) : parts.slice(0, -1);
  return outer + inner.join('/');
}

export function siblings(file: InputFile, files: readonly InputFile[]): InputFile[] {
  const root = archiveRoot(file);
  return files.filter((f) => archiveRoot(f) === root);
}

export function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** The folder holding a DM thread's message_N file: `chloemarlow_539600471004877`. */
export function threadFolder(innerPath: string): string | undefined {
  const parts = innerPath.split('/');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** A thread folder name without its numeric id: the slug Meta builds from the other party's name. */
export function threadSlug(folder: string): string {
  return folder.replace(/_[A-Za-z0-9-]+$/, '').toLowerCase();
}

/** How Meta turns a display name into a thread slug: accents dropped, letters and digits only. */
export function slugOfName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Enough HTML entity decoding for names read from a page head by regex. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
