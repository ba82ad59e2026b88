import type { InteractionKind } from '../../../domain/kinds';
import type { ChannelRecord, IdentityRef, InteractionRecord } from '../../../domain/records';
import { stableHash } from '../../../util/hash';
import type { ImportSink } from '../../types';
import type { Owner } from '../shared/owner';
import { postKey, shortcodeFromUrl, storyFromUrl, storyKey } from '../shared/urls';
import type { NoticeTopic } from './notice-patterns';
import { membersNamed, noticeOf, type Notice } from './notices';
import { isAnonymousName, pseudoOf, type DmMessage, type DmThread } from './thread';
import type { UtcMs } from '../../../util/time-keys';

/** A JSON message typed as a call (`type: "Call"`, `call_duration`) is a call notice whatever its text. */
const CALL: Notice = { topic: 'call' };

export interface EmitStats {
  messages: number;
  /** Every line that is not a turn: pseudo-messages and thread notices. */
  fillers: number;
  reactions: number;
  /** Thread notices by topic (a part of `fillers`), and the joins and leaves read from them. */
  notices: Record<NoticeTopic, number>;
  joins: number;
  leaves: number;
}

export const emptyStats = (): EmitStats => ({
  messages: 0,
  fillers: 0,
  reactions: 0,
  notices: { group: 0, poll: 0, call: 0, connection: 0 },
  joins: 0,
  leaves: 0,
});

/**
 * Writes one thread. Every message that is a conversation turn becomes a `dm` (a `message` in group
 * threads), a story reply (`share.link` → /stories/<owner>/ with text) a `story_reply`, a share
 * without words a `share`, "mentioned you in their story" a `mention`; each reactions[] entry becomes a
 * `reaction` by its actor pointing at the message. Pseudo-messages and thread notices are counted, not
 * written, except that a notice of a member joining or leaving a group is a `join` or `leave` of them.
 * A request thread's channel carries the request flag.
 */
export function emitThread(thread: DmThread, owner: Owner, sink: ImportSink, tag: string): EmitStats {
  const stats = emptyStats();
  const group = thread.participants.length > 2;
  if (!owner.known && !group) {
    const other = thread.otherParty ?? thread.title;
    const rest = thread.participants.filter((p) => p !== other);
    if (other && rest.length === 1) owner.adopt({ displayName: rest[0]!, how: 'the other participant of a 1:1 thread' });
  }
  owner.learn(thread.participants);
  const refOf = (name: string): IdentityRef => {
    if (owner.is(name)) return owner.ref();
    if (isAnonymousName(name)) return { handle: `${name} (${thread.id})`, name };
    return { handle: name, name };
  };
  const counterpart = (sender: string): IdentityRef | undefined => {
    if (group) return undefined;
    const other = thread.participants.find((p) => p !== sender);
    if (other) return refOf(other);
    // An HTML thread where the owner never wrote lists only the other party: the message is to the owner.
    return owner.known && !owner.is(sender) ? owner.ref() : undefined;
  };
  const channel: ChannelRecord = {
    key: `thread:${thread.id}`,
    kind: group ? 'group' : 'dm',
    name: thread.title,
    request: thread.request || undefined,
  };
  const membership = (notice: Notice, at: UtcMs): void => {
    if (!notice.membership) return;
    for (const name of membersNamed(notice.named, thread.participants)) {
      if (owner.is(name)) continue; // the brand joining or leaving is not community growth or churn
      const kind = notice.membership;
      sink.interaction({ key: stableHash(`${tag}-dm-member`, thread.id, kind, name, at), kind, at, author: refOf(name), channel });
      if (kind === 'join') stats.joins++;
      else stats.leaves++;
    }
  };
  const seen = new Map<string, number>();
  const ordered = [...thread.messages].sort((a, b) => a.at - b.at);
  for (const m of ordered) {
    const base = stableHash(`${tag}-dm`, thread.id, m.sender, m.at, m.content ?? '', m.share?.link ?? '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    const author = refOf(m.sender);
    const notice = m.unsent ? undefined : m.call ? CALL : noticeOf(m.content);
    if (notice) {
      stats.notices[notice.topic]++;
      membership(notice, m.at);
    }
    const rec = notice ? undefined : turnOf(m, group, sink, owner);
    if (rec) {
      sink.interaction({ key, at: m.at, author, channel, threadKey: channel.key, target: counterpart(m.sender), ...rec });
      stats.messages++;
    } else stats.fillers++;
    for (const r of m.reactions) {
      sink.interaction({
        key: stableHash(`${tag}-dm-reaction`, key, r.actor, r.reaction),
        kind: 'reaction',
        at: r.at ?? m.at,
        author: refOf(r.actor),
        channel,
        threadKey: channel.key,
        replyToKey: rec ? key : undefined,
        target: author,
        text: r.reaction,
      });
      stats.reactions++;
    }
    sink.checkpoint();
  }
  return stats;
}

type Turn = Pick<InteractionRecord, 'kind' | 'text' | 'contentKey'>;

function turnOf(m: DmMessage, group: boolean, sink: ImportSink, owner: Owner): Turn | undefined {
  if (m.unsent) return undefined;
  const text = m.content?.trim() || undefined;
  const filler = pseudoOf(text);
  if (filler === 'liked' || filler === 'reacted' || filler === 'unavailable') return undefined;
  const words = filler ? undefined : text;
  const story = storyFromUrl(m.share?.link);
  if (story) {
    const contentKey = storyKey(story.id);
    sink.content({ key: contentKey, kind: 'story', url: m.share!.link, author: owner.is(story.owner) ? owner.ref() : undefined });
    if (filler === 'mention') return { kind: 'mention', contentKey };
    return words ? { kind: 'story_reply', text: words, contentKey } : { kind: 'share', contentKey };
  }
  if (filler === 'mention') return { kind: 'mention' };
  if (m.storyReply && words) return { kind: 'story_reply', text: words };
  const chat: InteractionKind = group ? 'message' : 'dm';
  if (m.share?.link) {
    const code = shortcodeFromUrl(m.share.link);
    let contentKey: string | undefined;
    if (code) {
      contentKey = postKey(code);
      const kind = /\/(reel|reels)\//i.test(m.share.link) ? 'reel' : 'post';
      sink.content({
        key: contentKey,
        kind,
        url: m.share.link,
        text: m.share.text,
        author: owner.is(m.share.owner) ? owner.ref() : undefined,
      });
    }
    if (words && words !== m.share.link.trim()) return { kind: chat, text: words, contentKey };
    return { kind: 'share', contentKey };
  }
  if (m.share && !words) return { kind: 'share' };
  return { kind: chat, text: words };
}
