import type { InteractionKind } from '../../../domain/kinds';
import { stableHash } from '../../../util/hash';
import type { ImportSink } from '../../types';
import { LABELS } from '../shared/aliases';
import { entryTime, field, type Entry } from '../shared/entries';
import { arr, isObject, num, str } from '../shared/json-input';
import type { Owner } from '../shared/owner';
import { epochToMs, isoToMs } from '../shared/time';
import { postKey, shortcodeFromUrl, usernameFromHref } from '../shared/urls';
import type { UtcMs } from '../../../util/time-keys';

/** Something the brand did to someone else's post, comment or story. */
export interface Act {
  at: UtcMs | undefined;
  /** Whose post/comment/story it was. */
  target: string | undefined;
  url: string | undefined;
  text?: string | undefined;
  caption?: string | undefined;
}

/**
 * The act an entry records, across shapes: `title` = owner + string_list_data {href, timestamp}
 * (likes, story interactions), string_map_data {"Saved on": {href, timestamp}} (saved 2024), and
 * label_values with URL/Caption and an Owner dict (2025+).
 */
export function actOf(e: Entry): Act {
  const url =
    field(e, LABELS.url)?.href ?? field(e, LABELS.url)?.value ?? e.items.find((i) => i.href)?.href ?? e.fields.find((f) => f.href)?.href;
  const owner = field(e, LABELS.username, LABELS.owner)?.value ?? e.title ?? usernameFromHref(field(e, LABELS.url, LABELS.owner)?.value);
  const value = e.items.find((i) => i.value)?.value;
  return { at: entryTime(e), target: owner, url, text: value, caption: field(e, LABELS.caption)?.value || undefined };
}

/** 2018–20 lists: [[time, username, value?], …] with ISO or epoch times. */
export function flatActs(rows: unknown): Act[] {
  return arr(rows)
    .filter(Array.isArray)
    .map((row) => {
      const t = row[0];
      const at = num(t) !== undefined ? epochToMs(num(t)!) : str(t) ? isoToMs(str(t)!) : undefined;
      return { at, target: str(row[1]), url: undefined, text: str(row[2]) };
    });
}

export function flatActsOf(root: unknown, keys: readonly string[]): Act[] | undefined {
  if (!isObject(root) || !keys.some((k) => Array.isArray(root[k]))) return undefined;
  return keys.flatMap((k) => flatActs(root[k]));
}

/**
 * Writes acts as outbound interactions by the owner, each pointing at the person it addresses and,
 * when the URL names a post, at that post. Keys hash the act's kind, object and time so a later,
 * overlapping export adds nothing. Returns how many acts had no time and were left out.
 */
export function emitActs(acts: Act[], kind: InteractionKind, tag: string, owner: Owner, sink: ImportSink, keepText: boolean): number {
  owner.learn(new Set(acts.map((a) => a.target).filter((t): t is string => !!t)));
  let skipped = 0;
  for (const a of acts) {
    if (a.at === undefined || Number.isNaN(a.at)) {
      skipped++;
      continue;
    }
    const code = shortcodeFromUrl(a.url);
    const target = a.target && !owner.is(a.target) ? { handle: a.target, name: a.target } : undefined;
    let contentKey: string | undefined;
    if (code) {
      contentKey = postKey(code);
      const author = a.target ? (owner.is(a.target) ? owner.ref() : { handle: a.target, name: a.target }) : undefined;
      sink.content({
        key: contentKey,
        kind: /\/(reel|reels)\//i.test(a.url!) ? 'reel' : 'post',
        url: a.url,
        text: a.caption,
        author: tag === 'liked_comments' ? undefined : author,
      });
    }
    sink.interaction({
      key: stableHash('ig-act', tag, a.url ?? '', a.target ?? '', a.at, keepText ? (a.text ?? '') : ''),
      kind,
      at: a.at,
      author: owner.ref(),
      target,
      contentKey,
      text: keepText ? a.text : undefined,
    });
    sink.checkpoint();
  }
  return skipped;
}
