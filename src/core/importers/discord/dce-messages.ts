import type { ChannelKind, InteractionKind } from '../../domain/kinds';
import type { ChannelRecord, IdentityRef } from '../../domain/records';
import type { ImportSink } from '../types';
import type { UtcMs } from '../../util/time-keys';

/** The fields of a DiscordChatExporter author/user object Cercle reads (formats.md §5.1). */
export interface DceUser {
  id: string;
  name?: string;
  nickname?: string;
  isBot?: boolean;
}

export interface DceMessage {
  id: string;
  type?: string;
  timestamp: string;
  content?: string;
  author: DceUser;
  reactions?: { emoji?: { id?: string | null; name?: string }; count?: number; users?: DceUser[] }[];
  mentions?: DceUser[];
  reference?: { messageId?: string | null; type?: string } | null;
}

/** Message types that carry what a member wrote. 20 and 23 are slash/context command replies (numeric in DCE). */
const SPOKEN = new Set(['Default', 'Reply', '20', '23']);

export function channelKindOf(type: unknown): ChannelKind {
  if (type === 'DirectTextChat') return 'dm';
  if (type === 'DirectGroupTextChat') return 'group';
  if (type === 'GuildForum') return 'forum';
  return 'channel';
}

interface Member {
  ref: IdentityRef;
  bot: boolean;
  index: number;
}

/**
 * Turns DCE messages, in export order, into interactions. Reply targets and thread roots need earlier
 * messages: it keeps one small index entry per message author (an integer) and one per reply (its root),
 * not the messages themselves, so a million-message channel streams in bounded memory per message.
 */
export class DceMessageMapper {
  private readonly members = new Map<string, Member>();
  private readonly memberList: Member[] = [];
  private readonly authorOf = new Map<string, number>();
  private readonly rootOf = new Map<string, string>();
  private readonly bots = new Map<string, number>();
  private readonly ignoredTypes = new Map<string, number>();
  private countOnlyReactions = 0;
  private unknownReactors = 0;
  private sawBrand = false;

  constructor(
    private readonly sink: ImportSink,
    private readonly channel: ChannelRecord,
  ) {}

  /** The member for a DCE user: handle = Discord user id, name = server nickname or display name. */
  private member(u: DceUser): Member {
    let m = this.members.get(u.id);
    if (!m) {
      const ref: IdentityRef = { handle: u.id, name: u.nickname || u.name || u.id };
      // --brand may name the account by its username while the export shows its nickname.
      if (!this.sink.isBrand(ref) && u.name && u.name !== ref.name && this.sink.isBrand({ handle: u.id, name: u.name }))
        this.sink.declareBrand(ref);
      if (this.sink.isBrand(ref)) this.sawBrand = true;
      m = { ref, bot: u.isBot === true, index: this.memberList.length };
      this.members.set(u.id, m);
      this.memberList.push(m);
    }
    return m;
  }

  /** A member who is not a bot, or undefined: bots are left out everywhere, consistently. */
  private person(u: DceUser | undefined): IdentityRef | undefined {
    if (!u || typeof u.id !== 'string') return undefined;
    const m = this.member(u);
    return m.bot ? undefined : m.ref;
  }

  add(msg: DceMessage, at: UtcMs): void {
    const author = this.member(msg.author);
    const type = msg.type ?? 'Default';
    const channel = this.channel;
    if (!SPOKEN.has(type)) {
      this.membership(msg, type, at);
      return;
    }
    this.authorOf.set(msg.id, author.index);
    if (author.bot) {
      this.bots.set(author.ref.name ?? author.ref.handle, (this.bots.get(author.ref.name ?? author.ref.handle) ?? 0) + 1);
      return;
    }
    const ref = msg.reference;
    const replyTo = ref && ref.type !== 'Forward' && typeof ref.messageId === 'string' ? ref.messageId : undefined;
    let threadKey: string | undefined;
    let target: IdentityRef | undefined;
    if (replyTo !== undefined) {
      // A thread is a reply chain: its key is the id of the first message, which has no reply itself.
      threadKey = this.rootOf.get(replyTo) ?? replyTo;
      this.rootOf.set(msg.id, threadKey);
      const t = this.authorOf.get(replyTo);
      const tm = t === undefined ? undefined : this.memberList[t]!;
      target = tm && !tm.bot ? tm.ref : undefined;
    }
    const mentioned = msg.mentions && msg.mentions.length > 0 ? this.mentioned(msg.mentions, author.ref.handle) : undefined;
    target ??= mentioned?.[0];
    // In a DM every message is a DM (the DM metrics read that kind); elsewhere a reply is a reply.
    const kind: InteractionKind = channel.kind === 'dm' ? 'dm' : replyTo !== undefined ? 'reply' : 'message';
    this.sink.interaction({
      key: msg.id,
      kind,
      at,
      author: author.ref,
      channel,
      threadKey,
      replyToKey: replyTo,
      target,
      text: msg.content || undefined,
    });
    if (mentioned) {
      for (const m of mentioned) {
        // The replied-to author is pinged by the reply itself: the reply already links the two.
        if (replyTo !== undefined && m.handle === target?.handle) continue;
        this.sink.interaction({
          key: `${msg.id}:mention:${m.handle}`,
          kind: 'mention',
          at,
          author: author.ref,
          channel,
          threadKey,
          target: m,
        });
      }
    }
    this.reactions(msg, at, author.ref, threadKey);
  }

  /** Distinct mentioned members, without bots and without the author. */
  private mentioned(users: DceUser[], self: string): IdentityRef[] {
    const out: IdentityRef[] = [];
    for (const u of users) {
      const r = this.person(u);
      if (r && r.handle !== self && !out.some((o) => o.handle === r.handle)) out.push(r);
    }
    return out;
  }

  private reactions(msg: DceMessage, at: UtcMs, author: IdentityRef, threadKey: string | undefined): void {
    if (!msg.reactions || msg.reactions.length === 0) return;
    let countOnly = 0;
    for (const r of msg.reactions) {
      const count = typeof r.count === 'number' ? r.count : 0;
      if (!Array.isArray(r.users)) {
        countOnly += count;
        continue;
      }
      const emoji = r.emoji?.id || r.emoji?.name || '?';
      for (const u of r.users) {
        const who = this.person(u);
        if (!who) continue;
        this.sink.interaction({
          key: `${msg.id}:reaction:${emoji}:${who.handle}`,
          kind: 'reaction',
          at,
          author: who,
          channel: this.channel,
          threadKey,
          replyToKey: msg.id,
          target: author,
        });
      }
      if (count > r.users.length) this.unknownReactors += count - r.users.length;
    }
    if (countOnly > 0) {
      this.countOnlyReactions++;
      this.sink.content({ key: msg.id, kind: 'post', at, author, text: msg.content || undefined });
      this.sink.contentMetric({ contentKey: msg.id, metric: 'reactions', value: countOnly });
    }
  }

  /** GuildMemberJoin and group-DM recipient changes are growth and churn; other system types are not messages. */
  private membership(msg: DceMessage, type: string, at: UtcMs): void {
    const subject =
      type === 'GuildMemberJoin'
        ? msg.author
        : type === 'RecipientAdd' || type === 'RecipientRemove'
          ? (msg.mentions?.[0] ?? msg.author)
          : undefined;
    const who = this.person(subject);
    if (subject === undefined) this.ignoredTypes.set(type, (this.ignoredTypes.get(type) ?? 0) + 1);
    else if (who)
      this.sink.interaction({ key: msg.id, kind: type === 'RecipientRemove' ? 'leave' : 'join', at, author: who, channel: this.channel });
  }

  /** The warnings that sum up what was left out or approximated. */
  finish(): void {
    const s = this.sink;
    if (this.bots.size > 0) {
      const n = [...this.bots.values()].reduce((a, b) => a + b, 0);
      s.warn(
        `${n} message(s) by ${this.bots.size} bot account(s) (${[...this.bots.keys()].slice(0, 5).join(', ')}) left out; bots are never counted as members`,
      );
    }
    if (this.ignoredTypes.size > 0)
      s.warn(`system messages that are not member messages left out: ${[...this.ignoredTypes].map(([t, n]) => `${t} ×${n}`).join(', ')}`);
    if (this.countOnlyReactions > 0) {
      s.warn(
        `${this.countOnlyReactions} message(s) have reaction counts without the reacting users (older DiscordChatExporter): reactors are unknown, counted per message only`,
      );
    }
    if (this.unknownReactors > 0) s.warn(`${this.unknownReactors} reaction(s) beyond the listed users: reactors unknown, left out`);
    if (!this.sawBrand)
      s.warn('no author name matches a brand name (--brand): messages count as inbound unless their account is already a brand identity');
  }
}
