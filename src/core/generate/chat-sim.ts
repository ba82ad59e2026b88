import type { Calendar } from './calendar';
import type { VenueMember } from './community';
import { TimeHeap } from './heap';
import type { Topic } from './topics';
import { binomial, geometric, logNormalMs, rngFor, type Rand } from './sampling';
import type { TopicSink } from './topic-labels';
import { BRAND_ANSWER_RATE, rootIntent, themeFor, writeTopicText, type Intent, type Lang } from './texts';

export const BRAND = -1;

export interface ChannelSpec {
  name: string;
  /** Share of ordinary messages posted here. */
  weight: number;
  /** Questions and complaints go mostly to a support channel when there is one. */
  support?: boolean;
  /** English speakers mostly write in a channel of their language when there is one. */
  lang?: Lang;
  topic?: string;
}

/** How one group platform behaves: what its export records and how its members use it. */
export interface ChatVenue {
  seed: number;
  salt: number;
  cal: Calendar;
  members: readonly VenueMember[];
  channels: readonly ChannelSpec[];
  joins: boolean;
  leaves: boolean;
  /** Mean number of members reacting to an ordinary message (0: the export has no reactions). */
  reactionsMean: number;
  /** Chance a member message answers a recent message of someone else. */
  memberReplyRate: number;
  announcementsPerWeek: number;
  welcomeRate: number;
  attachmentRate: number;
  /** Where member texts are recorded with their topic, when someone listens. */
  labels?: TopicSink | undefined;
}

export interface ChatEvent {
  seq: number;
  at: number;
  channel: number;
  /** Index into the venue's members, or BRAND. */
  author: number;
  kind: 'message' | 'join' | 'leave';
  intent: Intent;
  theme: Topic | undefined;
  lang: Lang;
  replyTo: ChatEvent | undefined;
  /** The member a brand reply or a welcome is for. */
  addressee: number | undefined;
  reactors: number[];
  /** 0 none, 1 picture, 2 sticker. */
  attachment: 0 | 1 | 2;
  editedAt: number;
}

type Pending = Omit<ChatEvent, 'seq'> & { seq?: number };

const RECENT = 48;
const AUTHORS = 256;

/**
 * A group chat over the calendar, streamed in time order. Each day, every active member writes a
 * binomial share of what is left of their budget (so budgets are spent exactly over their life,
 * denser on busy days); then the brand answers questions and complaints with office-hours delays,
 * ambassadors answer questions faster, some members say thanks, newcomers are welcomed, and members
 * react to what recent authors wrote. Only what is scheduled for later is held in memory.
 */
export function* simulateChat(v: ChatVenue): Generator<ChatEvent> {
  const r = rngFor(v.seed, 0xc4a7, v.salt);
  const { cal, members } = v;
  const remaining = Int32Array.from(members, (m) => m.budget);
  const lastAt = new Float64Array(members.length);
  const heap = new TimeHeap<Pending>();
  const recent: ChatEvent[][] = v.channels.map(() => []);
  const authors = new Int32Array(AUTHORS).fill(-1);
  let authorPos = 0;
  let seq = 0;
  let next = 0;
  const active: number[] = [];
  const ambassadors: number[] = [];
  const supportChannel = v.channels.findIndex((c) => c.support);
  const enChannel = v.channels.findIndex((c) => c.lang === 'en');
  const generalWeights = v.channels.map((c) => (c.support || c.lang ? 0 : c.weight));
  const gwSum = generalWeights.reduce((s, w) => s + w, 0);

  const homeChannel = (m: VenueMember, intent: Intent): number => {
    if (enChannel >= 0 && m.person.lang === 'en' && r() < 0.7) return enChannel;
    if (supportChannel >= 0 && (intent === 'question' || intent === 'complaint') && r() < 0.6) return supportChannel;
    let x = r() * gwSum;
    for (let c = 0; c < generalWeights.length; c++) if ((x -= generalWeights[c]!) < 0) return c;
    return 0;
  };
  const base = (at: number, channel: number, author: number, intent: Intent, lang: Lang): Pending => ({
    at,
    channel,
    author,
    kind: 'message',
    intent,
    theme: undefined,
    lang,
    replyTo: undefined,
    addressee: undefined,
    reactors: [],
    attachment: 0,
    editedAt: 0,
  });

  const pickReactors = (author: number, mean: number): number[] => {
    const want = geometric(r, mean);
    const out: number[] = [];
    for (let tries = 0; out.length < want && tries < want * 4 + 4; tries++) {
      const a = authors[Math.floor(r() * AUTHORS)]!;
      if (a >= 0 && a !== author && !out.includes(a)) out.push(a);
    }
    return out;
  };

  const emit = (p: Pending): ChatEvent => {
    const ev = p as ChatEvent;
    ev.seq = seq++;
    if (ev.kind !== 'message') return ev;
    const isBrand = ev.author === BRAND;
    if (!isBrand) {
      authors[authorPos++ % AUTHORS] = ev.author;
      lastAt[ev.author] = ev.at;
    }
    const mean =
      v.reactionsMean *
      (ev.intent === 'announcement' ? 12 : ev.intent === 'praise' || ev.intent === 'recommendation' ? 1.5 : isBrand ? 0.6 : 1);
    if (mean > 0) ev.reactors = pickReactors(ev.author, mean);
    if (!isBrand && r() < v.attachmentRate) ev.attachment = r() < 0.75 ? 1 : 2;
    if (r() < 0.03) ev.editedAt = ev.at + Math.round(logNormalMs(r, 4 * 60_000, 1));
    const list = recent[ev.channel]!;
    list.push(ev);
    if (list.length > RECENT) list.shift();

    if (!isBrand) {
      const rate = BRAND_ANSWER_RATE[ev.intent];
      if (rate > 0 && r() < rate) {
        const reply = base(cal.brandReplyAt(r, ev.at), ev.channel, BRAND, 'brand', ev.lang);
        heap.push({ ...reply, theme: ev.theme, replyTo: ev, addressee: ev.author });
      }
      if (ev.intent === 'question' && ambassadors.length > 0 && r() < 0.3) {
        const amb = ambassadors[Math.floor(r() * ambassadors.length)]!;
        if (amb !== ev.author) {
          const ans = base(ev.at + Math.max(60_000, Math.round(logNormalMs(r, 20 * 60_000, 1))), ev.channel, amb, 'answer', ev.lang);
          heap.push({ ...ans, theme: ev.theme, replyTo: ev, addressee: ev.author });
        }
      }
    } else if (ev.addressee !== undefined && ev.intent === 'brand' && r() < 0.3) {
      const who = ev.addressee;
      heap.push({
        ...base(ev.at + Math.max(30_000, Math.round(logNormalMs(r, 35 * 60_000, 1))), ev.channel, who, 'thanks', members[who]!.person.lang),
        replyTo: ev,
      });
    }
    return ev;
  };

  for (let d = 0; d < cal.days; d++) {
    while (next < members.length && members[next]!.start <= d) {
      active.push(next);
      if (members[next]!.ambassador) ambassadors.push(next);
      next++;
    }
    const roots: Pending[] = [];
    const wd = cal.weight[d]!;
    const cumBefore = d > 0 ? cal.cum[d - 1]! : 0;
    let keep = 0;
    for (const i of active) {
      const m = members[i]!;
      if (m.end <= d) continue;
      active[keep++] = i;
      const left = remaining[i]!;
      let firstAt = Number.POSITIVE_INFINITY;
      let lastRoot = lastAt[i]!;
      if (left > 0) {
        const wLeft = cal.cum[m.end - 1]! - cumBefore;
        const n = d === m.end - 1 ? left : binomial(r, left, wd / wLeft);
        remaining[i] = left - n;
        for (let k = 0; k < n; k++) {
          const intent = rootIntent(r, m.ambassador);
          const p = base(cal.timeOn(r, d), 0, i, intent, m.person.lang);
          p.theme = themeFor(r, intent);
          p.channel = homeChannel(m, intent);
          firstAt = Math.min(firstAt, p.at);
          lastRoot = Math.max(lastRoot, p.at);
          roots.push(p);
        }
      }
      if (m.start === d && v.joins) {
        const at = Number.isFinite(firstAt) ? cal.dayStart(d) + Math.floor(r() * (firstAt - cal.dayStart(d))) : cal.timeOn(r, d);
        lastRoot = Math.max(lastRoot, at);
        roots.push({ ...base(at, 0, i, 'chat', m.person.lang), kind: 'join' });
        if (r() < v.welcomeRate) {
          const others = ambassadors.filter((a) => a !== i);
          const who = others.length > 0 && r() < 0.6 ? others[Math.floor(r() * others.length)]! : BRAND;
          const when = who === BRAND ? cal.brandReplyAt(r, at) : at + Math.max(60_000, Math.round(logNormalMs(r, 40 * 60_000, 1)));
          const w = base(when, 0, who, 'welcome', m.person.lang);
          heap.push({ ...w, addressee: i });
        }
      }
      // A member who leaves does so on their last day, after their last message.
      if (v.leaves && m.leaves && m.end === d + 1 && d < cal.days - 1) {
        const from = Math.max(lastRoot + 60_000, cal.dayStart(d));
        const dayEnd = cal.dayStart(d + 1);
        if (from < dayEnd) roots.push({ ...base(from + Math.floor(r() * (dayEnd - from)), 0, i, 'chat', m.person.lang), kind: 'leave' });
      }
    }
    active.length = keep;
    if (v.announcementsPerWeek > 0 && r() < v.announcementsPerWeek / 7) {
      const at = cal.dayStart(d) + Math.floor((10 + r() * 8) * 3_600_000);
      roots.push({ ...base(at, 0, BRAND, 'announcement', r() < 0.8 ? 'fr' : 'en'), theme: themeFor(r, 'announcement') });
    }
    roots.sort((a, b) => a.at - b.at);
    const dayEnd = cal.dayStart(d + 1);
    let ri = 0;
    for (;;) {
      const top = heap.peek();
      const root = roots[ri];
      const fromHeap = top !== undefined && top.at < dayEnd && (root === undefined || top.at <= root.at);
      if (!fromHeap && root === undefined) break;
      const p = fromHeap ? heap.pop()! : roots[ri++]!;
      if (p.kind === 'message' && p.author >= 0 && p.replyTo === undefined && p.intent !== 'welcome' && r() < v.memberReplyRate) {
        // Conversations inside the group: answer what someone else just said in the same channel.
        const list = recent[p.channel]!;
        const parent = list.length > 0 ? list[list.length - 1 - Math.floor(r() * Math.min(list.length, 8))]! : undefined;
        if (parent && parent.author !== p.author) {
          p.replyTo = parent;
          p.intent = parent.intent === 'question' && r() < 0.5 ? 'answer' : 'agree';
          p.theme = parent.theme;
        }
      }
      yield emit(p);
    }
  }
}

/** The words of an event, drawn from its own seeded stream so any single event can be rewritten alone. */
export function chatText(v: ChatVenue, ev: ChatEvent): string {
  const r = rngFor(v.seed, 0x7e47, v.salt, ev.seq);
  const addressee = ev.addressee ?? ev.replyTo?.author;
  const name = addressee !== undefined && addressee >= 0 ? v.members[addressee]!.person.first : undefined;
  const { text, topic } = writeTopicText(r, { intent: ev.intent, theme: ev.theme, lang: ev.lang, name, parentIntent: ev.replyTo?.intent });
  if (v.labels && ev.author !== BRAND) v.labels.add(text, topic);
  return text;
}

export interface ChatCounts {
  messages: number;
  memberMessages: number;
  brandMessages: number;
  replies: number;
  joins: number;
  leaves: number;
  reactions: number;
  byTheme: Record<string, number>;
}

export function emptyChatCounts(): ChatCounts {
  return { messages: 0, memberMessages: 0, brandMessages: 0, replies: 0, joins: 0, leaves: 0, reactions: 0, byTheme: {} };
}

export function countChatEvent(c: ChatCounts, ev: ChatEvent): void {
  if (ev.kind === 'join') c.joins++;
  else if (ev.kind === 'leave') c.leaves++;
  else {
    c.messages++;
    if (ev.author === BRAND) c.brandMessages++;
    else {
      c.memberMessages++;
      if (ev.theme) c.byTheme[ev.theme] = (c.byTheme[ev.theme] ?? 0) + 1;
    }
    if (ev.replyTo) c.replies++;
    c.reactions += ev.reactors.length;
  }
}

export type { Rand };
