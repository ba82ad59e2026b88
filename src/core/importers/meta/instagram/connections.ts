import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { entryTime, type Entry } from '../shared/entries';
import { isObject, str } from '../shared/json-input';
import { readListFile, sectionOfName, unknownLayout } from '../shared/list-file';
import { resolveOwner } from '../shared/owner';
import { isoToMs } from '../shared/time';
import { usernameFromHref } from '../shared/urls';
import type { UtcMs } from '../../../util/time-keys';

type Relation = 'followers' | 'following' | 'unfollowed';

function relationOf(section: string): Relation | undefined {
  if (/followers/.test(section)) return 'followers';
  if (/unfollowed/.test(section)) return 'unfollowed';
  if (/following/.test(section)) return 'following';
  return undefined;
}

/** Row shapes: `value` (2024), `title` with a `/_u/<name>` href and no value (2026), or the href alone. */
export function usernameOf(e: Entry): string | undefined {
  const item = e.items[0];
  return item?.value?.trim() || e.title?.trim() || usernameFromHref(item?.href) || usernameFromHref(e.fields[0]?.href) || undefined;
}

interface Row {
  user: string;
  at: UtcMs | undefined;
}

/**
 * Followers (inbound `follow`, timed when they started following), accounts the brand follows
 * (outbound `follow`, target = the account) and recently unfollowed accounts (outbound `unfollow`).
 */
export async function importConnections(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const list = await readListFile(file, ctx.timezone);
  const groups: [Relation, Row[]][] = [];
  if (list.isList) {
    const rel = relationOf(list.section) ?? relationOf(sectionOfName(file));
    if (!rel) throw unknownLayout(file, 'instagram-connections', list.root);
    groups.push([rel, list.entries.map((e) => ({ user: usernameOf(e) ?? '', at: entryTime(e) }))]);
  } else if (isObject(list.root)) {
    // 2018–20 connections.json: {"followers": {"name": "2019-01-15T20:39:07+00:00"}, "following": {…}}
    for (const [key, rel] of [
      ['followers', 'followers'],
      ['following', 'following'],
    ] as const) {
      const map = list.root[key];
      if (isObject(map))
        groups.push([rel, Object.entries(map).map(([user, when]) => ({ user, at: str(when) ? isoToMs(str(when)!) : undefined }))]);
    }
    if (groups.length === 0) throw unknownLayout(file, 'instagram-connections', list.root);
  } else throw unknownLayout(file, 'instagram-connections', list.root);

  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  let undated = 0;
  for (const [rel, rows] of groups) {
    for (const { user, at } of rows) {
      if (!user || at === undefined || Number.isNaN(at)) {
        undated++;
        continue;
      }
      const member = { handle: user, name: user };
      const key = stableHash('ig-rel', rel, user, at);
      if (rel === 'followers') sink.interaction({ key, kind: 'follow', at, author: member, target: owner.known ? owner.ref() : undefined });
      else sink.interaction({ key, kind: rel === 'following' ? 'follow' : 'unfollow', at, author: owner.ref(), target: member });
      sink.checkpoint();
    }
  }
  if (undated > 0) sink.warn(`${undated} row(s) without a username or a date were left out`);
  if (list.html) sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
}
