import type { IdentityRef } from '../../domain/records';
import type { Chat } from './owner';

/**
 * A deleted account keeps its DMs in the export but loses its name: its messages have an empty sender,
 * and a one-to-one chat with it is keyed "Chat History with :". Its messages are still part of the
 * conversation (questions the brand answered), so they stay, under one anonymous member per chat:
 * nothing tells two deleted accounts apart within a chat, nor one deleted account across chats.
 * Chats are numbered in file order, so re-importing the same file gives the same members.
 */
export class DeletedAccounts {
  private readonly byChat = new Map<Chat, IdentityRef>();
  /** Messages kept under an anonymous member, for the warning. */
  messages = 0;

  of(chat: Chat): IdentityRef {
    let ref = this.byChat.get(chat);
    if (!ref) {
      const name = `deleted account (chat ${this.byChat.size + 1})`;
      this.byChat.set(chat, (ref = { handle: name, name }));
    }
    return ref;
  }

  get chats(): number {
    return this.byChat.size;
  }
}
