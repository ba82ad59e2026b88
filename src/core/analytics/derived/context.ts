import type { Db } from '../../db/db';
import { INTERACTION_KINDS, PLATFORMS } from '../../domain/kinds';
import { type DayNumber, type MonthKey, monthOfDay } from '../../util/time-keys';

const K = (k: (typeof INTERACTION_KINDS)[number]) => INTERACTION_KINDS.indexOf(k);

/** Kind codes (indexes in INTERACTION_KINDS) as the builders test them. */
export const KIND = {
  comment: K('comment'),
  reply: K('reply'),
  dm: K('dm'),
  storyReply: K('story_reply'),
  mention: K('mention'),
  reaction: K('reaction'),
  like: K('like'),
  save: K('save'),
  share: K('share'),
  follow: K('follow'),
  unfollow: K('unfollow'),
  message: K('message'),
  pollVote: K('poll_vote'),
  join: K('join'),
  leave: K('leave'),
};

const kindSet = (...ks: number[]) => {
  const a = new Uint8Array(256);
  for (const k of ks) a[k] = 1;
  return a;
};

/** metrics.md active tier: comment, reply, DM, story reply, mention, message. These make conversations. */
export const IS_ACTIVE = kindSet(KIND.comment, KIND.reply, KIND.dm, KIND.storyReply, KIND.mention, KIND.message);
/** Passive signals for the funnel's "reacted" step (metrics.md: like, reaction, save, poll vote; shares too). */
export const IS_REACTION = kindSet(KIND.like, KIND.reaction, KIND.save, KIND.pollVote, KIND.share);
/** Leaving is not activity: unfollows and leaves never make a member active. */
export const IS_ACTIVITY = (() => {
  const a = new Uint8Array(256);
  for (let k = 0; k < INTERACTION_KINDS.length; k++) a[k] = k === KIND.unfollow || k === KIND.leave ? 0 : 1;
  return a;
})();

export const PLATFORM_COUNT = PLATFORMS.length;

/** What the builders need besides the rows: channels, brand identities, people. */
export interface BuildContext {
  channelKind: Map<number, string>;
  channelKey: Map<number, string>;
  /** identity id → person id, for targets of replies and mentions. */
  identityPerson: Map<number, number>;
  brandIdentities: Set<number>;
  brandPeople: Set<number>;
  maxPerson: number;
  month: (day: DayNumber) => MonthKey;
}

export function loadContext(db: Db): BuildContext {
  const channelKind = new Map<number, string>();
  const channelKey = new Map<number, string>();
  for (const c of db.all<{ id: number; kind: string; key: string }>('SELECT id, kind, key FROM channels')) {
    channelKind.set(Number(c.id), c.kind);
    channelKey.set(Number(c.id), c.key);
  }
  const identityPerson = new Map<number, number>();
  const brandIdentities = new Set<number>();
  for (const i of db.all<{ id: number; person_id: number; is_brand: number }>('SELECT id, person_id, is_brand FROM identities')) {
    identityPerson.set(Number(i.id), Number(i.person_id));
    if (Number(i.is_brand) === 1) brandIdentities.add(Number(i.id));
  }
  const brandPeople = new Set(db.all<{ id: number }>('SELECT id FROM people WHERE is_brand = 1').map((p) => Number(p.id)));
  const maxPerson = Number(db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM people')!.m ?? 0);
  const months = new Map<DayNumber, MonthKey>();
  const month = (day: DayNumber) => {
    let m = months.get(day);
    if (m === undefined) {
      m = monthOfDay(day);
      months.set(day, m);
    }
    return m;
  };
  return { channelKind, channelKey, identityPerson, brandIdentities, brandPeople, maxPerson, month };
}
