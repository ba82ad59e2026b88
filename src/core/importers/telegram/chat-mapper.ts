import type { ChannelKind, InteractionKind } from '../../domain/kinds';
import type { ChannelRecord, IdentityRef } from '../../domain/records';
import { zonedWallToUtc } from '../../util/time-zone';
import type { ImportSink } from '../types';
import { plainText, type TgMessage, type TgReaction, unixTime, wallClock } from './telegram-message';
import { asUtcMs, type UtcMs } from '../../util/time-keys';

export interface TgChat {
  id?: number | string;
  name?: string | null;
  type?: string;
}

const CHAT_KINDS: Record<string, ChannelKind> = {
  personal_chat: 'dm',
  bot_chat: 'dm',
  private_group: 'group',
  private_supergroup: 'group',
  public_supergroup: 'group',
  private_channel: 'channel',
  public_channel: 'channel',
};

export const isBroadcast = (type: string | undefined) => type === 'private_channel' || type === 'public_channel';

/** Shared across the chats of one file: the warnings are summed, not repeated per chat. */
export interface TgTally {
  localDates: number;
  /** Messages whose date_unixtime was there but wrong ("0", or hours away from their `date`). */
  distrustedDates: number;
  countOnly: number;
  unknownReactors: number;
  ignored: Map<string, number>;
  sawBrand: boolean;
}

export const newTally = (): TgTally => ({
  localDates: 0,
  distrustedDates: 0,
  countOnly: 0,
  unknownReactors: 0,
  ignored: new Map(),
  sawBrand: false,
});

interface Pending {
  key: string;
  kind: 'join' | 'leave';
  at: UtcMs;
  name: string;
}

/**
 * One chat's messages, in export order. A broadcast channel's posts become contents (reactions are their
 * audience signal); in groups and DMs every message is an interaction. Invited and removed members are
 * named, never identified, in service messages: their joins wait until the end of the chat, when the
 * names seen on messages and reactions can give them their user id.
 */
export class TelegramChatMapper {
  readonly channel: ChannelRecord;
  private readonly broadcast: boolean;
  private readonly authorOf = new Map<number, IdentityRef>();
  private readonly rootOf = new Map<number, number>();
  private readonly idByName = new Map<string, string>();
  private readonly pending: Pending[] = [];
  /** One ref per member, shared by every message index entry that points at them. */
  private readonly refs = new Map<string, IdentityRef>();

  constructor(
    private readonly sink: ImportSink,
    private readonly timezone: string,
    private readonly chat: TgChat,
    private readonly tally: TgTally,
    /** The chat's key in this file (chat-keys.ts): its id, unless another chat of the file already has it. */
    key: string,
  ) {
    const kind = CHAT_KINDS[chat.type ?? ''] ?? 'group';
    this.channel = { key, kind, name: chat.name ?? String(chat.id ?? key) };
    this.broadcast = isBroadcast(chat.type);
  }

  private person(name: string | null | undefined, id: string | undefined): IdentityRef {
    // A deleted account keeps its from_id but loses its name (from: null).
    const handle = id ?? (name ? name : 'deleted');
    const shown = name ?? 'Deleted Account';
    let ref = this.refs.get(handle);
    if (!ref || ref.name !== shown) {
      this.refs.set(handle, (ref = { handle, name: shown }));
      if (!this.tally.sawBrand && this.sink.isBrand(ref)) this.tally.sawBrand = true;
    }
    if (name && id) this.idByName.set(name, id);
    return ref;
  }

  /** The message's UTC time and the exporting computer's offset, read from the message's two dates. */
  private time(m: TgMessage): { at: UtcMs; offset: number | undefined } {
    const wall = wallClock(m.date);
    const at = unixTime(m.date_unixtime, wall);
    if (!Number.isNaN(at)) return { at, offset: Number.isNaN(wall) ? undefined : wall - at };
    if (m.date_unixtime === undefined) this.tally.localDates++;
    else this.tally.distrustedDates++;
    return { at: Number.isNaN(wall) ? asUtcMs(Number.NaN) : zonedWallToUtc(this.timezone, wall), offset: undefined };
  }

  /** Returns false when the message has no usable time. */
  add(m: TgMessage): boolean {
    const { at, offset } = this.time(m);
    if (Number.isNaN(at)) return false;
    const key = `${this.channel.key}:${m.id}`;
    if (m.type === 'service') {
      this.service(m, key, at);
      return true;
    }
    if (m.type !== 'message') {
      this.tally.ignored.set(m.type ?? '(no type)', (this.tally.ignored.get(m.type ?? '(no type)') ?? 0) + 1);
      return true;
    }
    const author = this.person(m.from, m.from_id);
    const text = plainText(m.text) || undefined;
    this.authorOf.set(m.id, author);
    if (this.broadcast) {
      this.sink.content({ key, kind: 'post', at, author, text });
      this.reactions(m, key, at, offset, author, undefined);
      return true;
    }
    const replyTo = typeof m.reply_to_message_id === 'number' ? m.reply_to_message_id : undefined;
    let threadKey: string | undefined;
    let target: IdentityRef | undefined;
    if (replyTo !== undefined) {
      const root = this.rootOf.get(replyTo) ?? replyTo;
      this.rootOf.set(m.id, root);
      threadKey = `${this.channel.key}:${root}`;
      target = this.authorOf.get(replyTo);
    }
    // A DM is a DM whether or not it quotes an earlier message (the DM metrics read that kind).
    const kind: InteractionKind = this.channel.kind === 'dm' ? 'dm' : replyTo !== undefined ? 'reply' : 'message';
    const replyToKey = replyTo === undefined ? undefined : `${this.channel.key}:${replyTo}`;
    this.sink.interaction({ key, kind, at, author, channel: this.channel, threadKey, replyToKey, target, text });
    this.reactions(m, key, at, offset, author, threadKey);
    return true;
  }

  private reactions(
    m: TgMessage,
    key: string,
    at: UtcMs,
    offset: number | undefined,
    author: IdentityRef,
    threadKey: string | undefined,
  ): void {
    if (!Array.isArray(m.reactions) || m.reactions.length === 0) return;
    let countOnly = 0;
    let total = 0;
    for (const r of m.reactions as TgReaction[]) {
      const count = typeof r.count === 'number' ? r.count : 0;
      total += count;
      const recent = Array.isArray(r.recent) ? r.recent : [];
      const emoji = r.emoji ?? r.document_id ?? r.type ?? '?';
      for (const who of recent) {
        const reactor = this.person(who.from, who.from_id);
        // Reactor dates carry no zone either: shift them by the offset this message's two dates reveal.
        const wall = wallClock(who.date);
        let when = unixTime(who.date_unixtime, wall);
        if (Number.isNaN(when)) {
          when = Number.isNaN(wall) ? at : offset !== undefined ? asUtcMs(wall - offset) : zonedWallToUtc(this.timezone, wall);
        }
        const rk = `${key}:reaction:${emoji}:${reactor.handle}`;
        if (this.broadcast)
          this.sink.interaction({
            key: rk,
            kind: 'reaction',
            at: when,
            author: reactor,
            channel: this.channel,
            contentKey: key,
            target: author,
          });
        else
          this.sink.interaction({
            key: rk,
            kind: 'reaction',
            at: when,
            author: reactor,
            channel: this.channel,
            threadKey,
            replyToKey: key,
            target: author,
          });
      }
      if (recent.length === 0) countOnly += count;
      else if (count > recent.length) this.tally.unknownReactors += count - recent.length;
    }
    if (countOnly > 0) this.tally.countOnly++;
    // A post's metric is its whole count; a group message gets one only for reactions with no reactor listed.
    if (this.broadcast && total > 0) this.sink.contentMetric({ contentKey: key, metric: 'reactions', value: total });
    else if (!this.broadcast && countOnly > 0) {
      this.sink.content({ key, kind: 'post', at, author, text: plainText(m.text) || undefined });
      this.sink.contentMetric({ contentKey: key, metric: 'reactions', value: countOnly });
    }
  }

  private service(m: TgMessage, key: string, at: UtcMs): void {
    const actor = m.actor ?? undefined;
    switch (m.action) {
      case 'join_group_by_link':
      case 'join_group_by_request': {
        const who = this.person(actor, m.actor_id);
        this.sink.interaction({ key: `${key}:${who.handle}`, kind: 'join', at, author: who, channel: this.channel });
        return;
      }
      case 'invite_members':
      case 'remove_members':
        for (const name of m.members ?? []) {
          if (typeof name === 'string' && name)
            this.pending.push({ key, kind: m.action === 'invite_members' ? 'join' : 'leave', at, name });
        }
        if (actor && m.actor_id) this.idByName.set(actor, m.actor_id);
        return;
      default:
        this.tally.ignored.set(m.action ?? 'service', (this.tally.ignored.get(m.action ?? 'service') ?? 0) + 1);
    }
  }

  finish(): void {
    for (const p of this.pending) {
      const id = this.idByName.get(p.name);
      const who: IdentityRef = { handle: id ?? p.name, name: p.name };
      this.sink.interaction({ key: `${p.key}:${who.handle}`, kind: p.kind, at: p.at, author: who, channel: this.channel });
    }
  }
}
