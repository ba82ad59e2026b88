import { buildMembers, pickPeople } from './community';
import { BRAND, countChatEvent, emptyChatCounts, simulateChat, type ChannelSpec, type ChatEvent, type ChatVenue } from './chat-sim';
import { addCount, addNote, emptyCounts, type FormatCounts, type GenContext, type GenFormat } from './types';

/** How a group-chat platform is used by this community, and how its export records it. */
export interface ChatFormatSpec {
  format: GenFormat;
  salt: number;
  channels: ChannelSpec[];
  joins: boolean;
  leaves: boolean;
  reactionsMean: number;
  memberReplyRate: number;
  announcementsPerWeek: number;
  welcomeRate: number;
  attachmentRate: number;
  /** Member-started messages per member, on average. */
  rootsPerMember: number;
  /** Whether the export keeps reply links (then the importer records them as replies). */
  threaded: boolean;
  /** Whether the export lists who a message mentions (a welcome @-mentions the newcomer). */
  mentions: boolean;
}

export function chatVenueFor(ctx: GenContext, spec: ChatFormatSpec, roots: number): ChatVenue {
  const n = Math.max(6, Math.round(roots / spec.rootsPerMember));
  const members = buildMembers(ctx.seed, spec.salt, ctx.cal, pickPeople(ctx.seed, spec.salt, ctx.pool, n), roots);
  return { ...spec, seed: ctx.seed, cal: ctx.cal, members, labels: ctx.labels };
}

/** Cercle's kind for a chat event of this platform. */
export function chatKind(spec: ChatFormatSpec, ev: ChatEvent): string {
  if (ev.kind !== 'message') return ev.kind;
  return spec.threaded && ev.replyTo ? 'reply' : 'message';
}

export function countChat(v: ChatVenue, spec: ChatFormatSpec, only?: (ev: ChatEvent) => boolean): FormatCounts {
  const c = emptyCounts();
  const cc = emptyChatCounts();
  for (const ev of simulateChat(v)) {
    if (only && !only(ev)) continue;
    countChatEvent(cc, ev);
    addCount(c, chatKind(spec, ev));
    addCount(c, 'reaction', ev.reactors.length);
    // A mention of someone other than the replied-to author is an interaction of its own.
    if (spec.mentions && ev.kind === 'message' && !ev.replyTo && ev.addressee !== undefined && ev.addressee !== ev.author) {
      addCount(c, 'mention');
      if (ev.author === BRAND) addNote(c, 'brandMentions');
    }
  }
  c.members = v.members.length;
  c.ambassadors = v.members.filter((m) => m.ambassador).map((m) => m.person.name);
  c.themes = cc.byTheme;
  addNote(c, 'messages', cc.messages);
  addNote(c, 'brandMessages', cc.brandMessages);
  addNote(c, 'memberMessages', cc.memberMessages);
  return c;
}

export { BRAND };
