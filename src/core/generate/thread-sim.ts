import type { Calendar } from './calendar';
import type { VenueMember } from './community';
import type { Topic } from './topics';
import { intBetween, logNormalMs, pickCumulative, rngFor, type Rand } from './sampling';
import type { TopicSink } from './topic-labels';
import { BRAND_ANSWER_RATE, rootIntent, themeFor, writeTopicText, type Intent, type Lang } from './texts';

/** How members use private messages with the brand on one platform. */
export interface ThreadVenue {
  seed: number;
  salt: number;
  cal: Calendar;
  members: readonly VenueMember[];
  /** Share of conversations a member opens by replying to one of the brand's stories. */
  storyReplyRate: number;
  /** Share opened by sending the brand one of its own posts. */
  shareRate: number;
  /** Chance the brand likes (reacts to) a member message it read. */
  brandReactRate: number;
  /** Chance a member reacts to the brand's answer. */
  memberReactRate: number;
  /** Brand stories (UTC ms, sorted) members can reply to; empty when the platform has none. */
  stories: readonly number[];
  /** Brand posts (UTC ms, sorted) members can share. */
  posts: readonly number[];
  /** Where member texts are recorded with their topic, when someone listens. */
  labels?: TopicSink | undefined;
}

export interface ThreadMessage {
  seq: number;
  at: number;
  fromBrand: boolean;
  kind: 'dm' | 'story_reply' | 'share';
  intent: Intent;
  theme: Topic | undefined;
  lang: Lang;
  /** Index of the story replied to, or of the post shared. */
  ref: number;
  /** Reactions this message received: by the brand (on a member message) or by the member (on the brand's). */
  reacted: boolean;
  reactedAt: number;
  /** For brand messages: the intent of what they answer. */
  parentIntent: Intent | undefined;
}

function lastBefore(xs: readonly number[], t: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= t) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The private thread between one member and the brand, in time order. The member's budget is spent
 * in conversations of one to three messages spread over their life (denser on busy days); the brand
 * answers by intent with office-hours delays; some members thank; reactions on both sides.
 */
export function simulateThread(v: ThreadVenue, index: number): ThreadMessage[] {
  const m = v.members[index]!;
  const r = rngFor(v.seed, 0x7a, v.salt, index);
  const out: Omit<ThreadMessage, 'seq'>[] = [];
  let left = m.budget;
  while (left > 0) {
    const n = Math.min(left, r() < 0.6 ? 1 : intBetween(r, 2, 3));
    left -= n;
    const day = pickCumulative(r, v.cal.cum, m.start, Math.max(m.start, m.end - 1));
    let at = v.cal.timeOn(r, day);
    let kind: ThreadMessage['kind'] = 'dm';
    let ref = -1;
    let intent = rootIntent(r, m.ambassador);
    const x = r();
    if (x < v.storyReplyRate && v.stories.length > 0) {
      const s = lastBefore(v.stories, at);
      if (s >= 0) {
        kind = 'story_reply';
        ref = s;
        at = v.stories[s]! + Math.max(60_000, Math.round(logNormalMs(r, 2 * 3_600_000, 1)));
        intent = r() < 0.65 ? 'praise' : 'question';
      }
    } else if (x < v.storyReplyRate + v.shareRate && v.posts.length > 0) {
      const p = lastBefore(v.posts, at);
      if (p >= 0) {
        kind = 'share';
        ref = p;
        intent = 'purchase';
      }
    }
    // Small talk and +1s belong to groups; in private people ask, praise or complain.
    if (intent === 'agree' || intent === 'chat') intent = r() < 0.5 ? 'question' : 'praise';
    const theme = themeFor(r, intent);
    let t = at;
    for (let k = 0; k < n; k++) {
      const msg = {
        at: t,
        fromBrand: false,
        kind: k === 0 ? kind : 'dm',
        intent: k === 0 || intent !== 'purchase' ? intent : 'question',
        theme,
        lang: m.person.lang,
        ref: k === 0 ? ref : -1,
        reacted: false,
        reactedAt: 0,
        parentIntent: undefined,
      } as Omit<ThreadMessage, 'seq'>;
      if (r() < v.brandReactRate) {
        msg.reacted = true;
        msg.reactedAt = t + Math.max(60_000, Math.round(logNormalMs(r, 3 * 3_600_000, 1)));
      }
      out.push(msg);
      t += Math.max(20_000, Math.round(logNormalMs(r, 90_000, 1)));
    }
    const rate = kind === 'story_reply' ? 0.55 : BRAND_ANSWER_RATE[intent];
    if (r() < rate) {
      const answerAt = v.cal.brandReplyAt(r, t);
      const reply = {
        at: answerAt,
        fromBrand: true,
        kind: 'dm',
        intent: 'brand',
        theme,
        lang: m.person.lang,
        ref: -1,
        reacted: false,
        reactedAt: 0,
        parentIntent: intent,
      } as Omit<ThreadMessage, 'seq'>;
      if (r() < v.memberReactRate) {
        reply.reacted = true;
        reply.reactedAt = answerAt + Math.max(30_000, Math.round(logNormalMs(r, 20 * 60_000, 1)));
      }
      out.push(reply);
      if (r() < 0.3) {
        out.push({
          at: answerAt + Math.max(30_000, Math.round(logNormalMs(r, 30 * 60_000, 1))),
          fromBrand: false,
          kind: 'dm',
          intent: 'thanks',
          theme: undefined,
          lang: m.person.lang,
          ref: -1,
          reacted: false,
          reactedAt: 0,
          parentIntent: undefined,
        });
      }
    }
  }
  const end = v.cal.endUtc;
  return out
    .filter((x) => x.at < end)
    .sort((a, b) => a.at - b.at)
    .map((x, seq) => ({ ...x, seq, reacted: x.reacted && x.reactedAt < end }));
}

export function threadText(v: ThreadVenue, index: number, msg: ThreadMessage): string {
  const r: Rand = rngFor(v.seed, 0x7b, v.salt, index, msg.seq);
  const { text, topic } = writeTopicText(r, {
    intent: msg.intent,
    theme: msg.theme,
    lang: msg.lang,
    name: v.members[index]!.person.first,
    parentIntent: msg.parentIntent,
  });
  if (v.labels && !msg.fromBrand) v.labels.add(text, topic);
  return text;
}
