import { MessageIds } from './message-ids';

/** Telegram's three id spaces (`from_id` spells them `user<id>`, `chat<id>`, `channel<id>`). */
type IdSpace = 'user' | 'chat' | 'channel' | 'peer';

const SPACE_OF_TYPE: Record<string, IdSpace> = {
  personal_chat: 'user',
  bot_chat: 'user',
  saved_messages: 'user',
  replies: 'user',
  private_group: 'chat',
  private_supergroup: 'channel',
  public_supergroup: 'channel',
  private_channel: 'channel',
  public_channel: 'channel',
};

export interface KeyedChat {
  /** Prefix of every record key of the chat: `<key>:<message id>`. */
  key: string;
  /** The ids of the messages already read under this key, in this file. */
  ids: MessageIds;
}

/**
 * One key per chat of a file, so that distinct messages of different chats never share a key. A chat's
 * key is its id, as it has always been; but Telegram Desktop writes the *bare* id, and users, basic
 * groups and channels number their ids separately, so a personal chat and a channel can carry the same
 * id. The first chat keeps the bare id; a later chat of another id space gets `<space><id>` (as in
 * from_id). A chat listed twice in the same space is the same chat: its repeated messages collapse,
 * and the caller counts them. A chat with no id (a hand-made or older single-chat file) is keyed by
 * its name.
 */
export class ChatKeys {
  private readonly spaceOfId = new Map<string, IdSpace>();
  private readonly idsOfKey = new Map<string, MessageIds>();
  /** Keys of chats whose bare id was already another space's, for the warning. */
  readonly split = new Set<string>();
  /** Chats keyed by their name, having no id. */
  byName = 0;

  keyOf(chat: { id?: unknown; name?: unknown; type?: unknown }): KeyedChat | undefined {
    const key = this.key(chat);
    if (key === undefined) return undefined;
    let ids = this.idsOfKey.get(key);
    if (!ids) this.idsOfKey.set(key, (ids = new MessageIds()));
    return { key, ids };
  }

  private key(chat: { id?: unknown; name?: unknown; type?: unknown }): string | undefined {
    const id = typeof chat.id === 'number' || (typeof chat.id === 'string' && chat.id.trim() !== '') ? String(chat.id).trim() : undefined;
    if (id === undefined) {
      if (typeof chat.name !== 'string' || chat.name.trim() === '') return undefined;
      this.byName++;
      return `name:${chat.name.trim()}`;
    }
    const space = SPACE_OF_TYPE[typeof chat.type === 'string' ? chat.type : ''] ?? 'peer';
    const first = this.spaceOfId.get(id);
    if (first === undefined) this.spaceOfId.set(id, space);
    if (first === undefined || first === space) return id;
    const key = `${space}${id}`;
    this.split.add(key);
    return key;
  }
}
