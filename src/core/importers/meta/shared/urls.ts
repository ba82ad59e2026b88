/**
 * Instagram links and media paths, and the content keys derived from them. Own media are keyed by the
 * numeric media id that ends their file name (the same id Meta Business Suite calls "Post ID"), so
 * posts_1.json, past-insights posts and insights CSVs meet on one content row. Others' posts are only
 * known by URL and are keyed by shortcode.
 */
const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'stories', 'explore', 'accounts', 'direct', 's', '_n', 'share']);

export function usernameFromHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const m = /^https?:\/\/(?:www\.)?(?:instagram\.com|threads\.net|threads\.com)\/(?:_u\/)?([A-Za-z0-9._]+)\/?(?:[?#].*)?$/i.exec(
    href.trim(),
  );
  if (!m || RESERVED.has(m[1]!.toLowerCase())) return undefined;
  return m[1];
}

export function shortcodeFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /instagram\.com\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)/i.exec(url)?.[1];
}

export function storyFromUrl(url: string | undefined): { owner: string; id: string } | undefined {
  if (!url) return undefined;
  const m = /instagram\.com\/stories\/([A-Za-z0-9._]+)\/(\d+)/i.exec(url);
  return m ? { owner: m[1]!, id: m[2]! } : undefined;
}

/** "media/posts/202405/4432…_n_18032017582961826.jpg" → "18032017582961826". */
export function mediaIdFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const base = uri
    .split(/[/\\]/)
    .pop()!
    .replace(/\.[A-Za-z0-9]{2,5}$/, '');
  const last = base.split('_').pop()!;
  return /^\d{12,}$/.test(last) ? last : undefined;
}

export const postKey = (shortcode: string) => `post:${shortcode}`;
export const mediaKey = (id: string) => `media:${id}`;
export const storyKey = (id: string) => `story:${id}`;
