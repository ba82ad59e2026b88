/**
 * Post links in the export are URL-encoded URNs (`…/feed/update/urn%3Ali%3Aactivity%3A681…`), sometimes
 * with `?commentUrn=` when the target is a comment. Decoding them gives the key that joins Shares,
 * Comments and Reactions on the same post: `activity:<id>`, `ugcPost:<id>` or `share:<id>`.
 */
export interface PostRef {
  /** Content key: `activity:681…`, `ugcPost:…`, `share:…`. */
  key: string;
  url: string;
  /** `urn:li:comment:(activity:…,…)` when the link points at a comment. */
  commentUrn: string | undefined;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const URN = /urn:li:(activity|ugcPost|share|groupPost|article):([\w-]+)/;
const SLUG = /[-/](activity|ugcPost|share)[-:](\d{6,})/;

export function postRefOf(link: string): PostRef | undefined {
  const raw = link.trim();
  if (raw === '') return undefined;
  const q = raw.indexOf('?');
  const path = decode(q < 0 ? raw : raw.slice(0, q));
  const query = q < 0 ? '' : raw.slice(q + 1);
  const m = URN.exec(path) ?? SLUG.exec(path);
  if (!m) return undefined;
  const key = `${m[1]}:${m[2]}`;
  let commentUrn: string | undefined;
  for (const part of query.split('&')) {
    const [k, v] = part.split('=');
    if (k === 'commentUrn' && v) commentUrn = decode(v);
  }
  return { key, url: `https://www.linkedin.com/feed/update/urn:li:${key}`, commentUrn };
}

/** A profile URL as an identity handle: https, no query, no trailing slash, lower-case host. */
export function profileHandle(url: string | undefined): string | undefined {
  const u = (url ?? '').trim();
  if (u === '' || /^n\/?a$/i.test(u)) return undefined;
  const m = /^(?:https?:\/\/)?([^/?#]+)([^?#]*)/i.exec(u);
  if (!m) return u;
  // Country hosts (uk.linkedin.com) and the bare domain name the same profile as www.linkedin.com.
  const host = m[1]!.toLowerCase().replace(/^(?:[a-z]{2,3}\.)?linkedin\.com$/, 'www.linkedin.com');
  return `https://${host}${decode(m[2]!).replace(/\/+$/, '')}`;
}

/** Display names compared for matching: spacing collapsed, case ignored. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
