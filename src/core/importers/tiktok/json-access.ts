/**
 * Case-insensitive, placeholder-aware access to TikTok's JSON. The same field is `date` in one list
 * and `Date` in the next, sections move between groups across export versions ("Activity" → "Your
 * Activity" → "Likes and Favorites"), lists can be `null`, and "N/A" or "" stand for nothing.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const norm = (k: string) => k.trim().toLowerCase();

/** The value of the first of `names` present in `obj`, keys compared case-insensitively. */
export function field(obj: unknown, ...names: string[]): Json | undefined {
  if (!isObject(obj)) return undefined;
  for (const name of names) {
    if (name in obj) return obj[name];
    const n = norm(name);
    for (const k of Object.keys(obj)) if (norm(k) === n) return obj[k];
  }
  return undefined;
}

/** A string value with TikTok's placeholders ("N/A", "", "None", null) read as absent. */
export function text(obj: unknown, ...names: string[]): string | undefined {
  const v = field(obj, ...names);
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' || /^(n\/a|none|null)$/i.test(t) ? undefined : t;
}

/** A list, `null` and absent read as empty. */
export function list(obj: unknown, ...names: string[]): Json[] {
  const v = field(obj, ...names);
  return Array.isArray(v) ? v : [];
}

/** How deep a section may sit: root → group → sub-group → section (2026 exports regroup, partial ones drop groups). */
const SECTION_DEPTH = 3;

/**
 * A section (e.g. "Follower") wherever its group put it: at the top level, inside a top-level group, or
 * one group further down. Top-level names change between export versions and a partial export keeps
 * only the groups the user picked, so sections are found by their own name, never by their group's.
 * The first of `names` found wins, and for one name the shallowest.
 */
export function section(root: JsonObject, ...names: string[]): JsonObject | undefined {
  for (const name of names) {
    let level: JsonObject[] = [root];
    for (let depth = 1; depth <= SECTION_DEPTH; depth++) {
      const next: JsonObject[] = [];
      for (const group of level) {
        const hit = field(group, name);
        if (isObject(hit)) return hit;
        if (depth < SECTION_DEPTH) for (const v of Object.values(group)) if (isObject(v)) next.push(v);
      }
      level = next;
    }
  }
  return undefined;
}

/** The TikTok video id in a share/watch link (`…/share/video/7573…/`, `…/@u/video/7573…`). */
export function videoIdOf(link: string | undefined): string | undefined {
  if (!link) return undefined;
  return /\/video\/(\d{8,})/.exec(link)?.[1] ?? /[?&](?:item_id|share_item_id)=(\d{8,})/.exec(link)?.[1];
}
