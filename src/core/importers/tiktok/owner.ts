import type { IdentityRef } from '../../domain/records';
import type { ImportSink } from '../types';
import { CATEGORIES, find } from './categories';
import { field, isObject, type Json, type JsonObject, section, text } from './json-access';

export interface Chat {
  /** The other side of a one-to-one chat, or the group id. */
  peer: string;
  group: boolean;
  messages: Json[];
}

/**
 * "Chat History with <user>:" (trailing colon), or "Chat History with Group_Chat_<id>:" for groups; a
 * deleted account's chat is "Chat History with :", its peer then empty.
 */
export function chatsOf(root: JsonObject): Chat[] {
  const history = field(find(root, CATEGORIES.messages), 'ChatHistory');
  if (!isObject(history)) return [];
  return Object.entries(history).map(([key, messages]) => {
    const peer = key
      .replace(/^\s*chat history with\s*/i, '')
      .replace(/:\s*$/, '')
      .trim();
    return { peer, group: /^group_chat_/i.test(peer), messages: Array.isArray(messages) ? messages : [] };
  });
}

/**
 * The export belongs to the brand's account. Its username is in Profile (when the export kept it);
 * otherwise a DM sender that matches a --brand name; otherwise the one sender of one-to-one chats who
 * is not the chat's peer (the peer is named in the chat's key, so the other sender is the owner).
 */
export function findOwner(root: JsonObject, chats: readonly Chat[], sink: ImportSink): { owner: IdentityRef | undefined; from: string } {
  const profile = section(root, 'Profile Info', 'Profile Information', 'Profile');
  const map = field(profile, 'ProfileMap') ?? profile;
  const username = text(map, 'userName', 'username', 'user name');
  if (username) return { owner: { handle: username, name: username }, from: 'profile' };

  const senders = new Map<string, number>();
  for (const c of chats)
    for (const m of c.messages) {
      const from = text(m, 'From');
      if (from) senders.set(from, (senders.get(from) ?? 0) + 1);
    }
  const brand = [...senders.keys()].find((s) => sink.isBrand({ handle: s, name: s }));
  if (brand) return { owner: { handle: brand, name: brand }, from: 'brand name' };

  const notPeer = new Set<string>();
  for (const c of chats) {
    if (c.group) continue;
    for (const m of c.messages) {
      const from = text(m, 'From');
      if (from && from.toLowerCase() !== c.peer.toLowerCase()) notPeer.add(from);
    }
  }
  if (notPeer.size === 1) {
    const h = [...notPeer][0]!;
    return { owner: { handle: h, name: h }, from: 'direct messages' };
  }
  return { owner: undefined, from: notPeer.size > 1 ? 'ambiguous' : 'none' };
}
