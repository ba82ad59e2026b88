import type { IdentityRef } from '../../domain/records';
import { JsonArrayStream, JsonStreamError } from '../../util/json-stream';
import type { Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { ChatKeys, type KeyedChat } from './chat-keys';
import { newTally, type TgChat, TelegramChatMapper, type TgTally } from './chat-mapper';
import { detectTelegram } from './detect';
import type { TgMessage } from './telegram-message';

/** The exporting account of a full export: Telegram user ids appear as `user<id>` in from_id. */
function ownerOf(info: unknown): IdentityRef | undefined {
  const p = info as { user_id?: unknown; first_name?: unknown; last_name?: unknown } | undefined;
  if (!p || (typeof p.user_id !== 'number' && typeof p.user_id !== 'string')) return undefined;
  const name = [p.first_name, p.last_name].filter((x) => typeof x === 'string' && x).join(' ');
  return { handle: `user${String(p.user_id)}`, name: name || `user${String(p.user_id)}` };
}

class TelegramFile {
  readonly tally: TgTally = newTally();
  private readonly keys = new ChatKeys();
  chats = 0;
  savedSkipped = 0;
  noTime = 0;
  /** Message records read, and those that repeated an id already read in their chat (collapsed into it). */
  messages = 0;
  repeated = 0;
  /** Records that could not be read: messages without an id or not objects, chats without id or name or not objects. */
  badMessages = 0;
  badChats = 0;
  private single: { mapper: TelegramChatMapper; chat: KeyedChat } | null | undefined;
  private owner: IdentityRef | undefined | null = null;
  readonly stream: JsonArrayStream;

  constructor(
    private readonly file: InputFile,
    private readonly sink: ImportSink,
    private readonly ctx: ImportContext,
  ) {
    const keep = new Set(['name', 'type', 'id', 'personal_information']);
    this.stream = new JsonArrayStream(
      { arrays: [['messages'], ['chats', 'list'], ['left_chats', 'list']], exactBigInts: false, keep: (p) => keep.has(p) },
      (v, array) => (array === 0 ? this.message(v) : this.wholeChat(v)),
    );
  }

  /** The chat's mapper, or undefined when the chat has neither id nor name to key it by (counted, skipped). */
  private mapper(chat: TgChat): { mapper: TelegramChatMapper; chat: KeyedChat } | undefined {
    const keyed = this.keys.keyOf(chat);
    if (!keyed) {
      this.badChats++;
      return undefined;
    }
    this.chats++;
    return { mapper: new TelegramChatMapper(this.sink, this.ctx.timezone, chat, this.tally, keyed.key), chat: keyed };
  }

  /**
   * One message record. One that cannot be read (no id, not an object) is skipped and counted rather
   * than ending the import; one that repeats an id of its chat is the same message again (the database
   * would keep the first anyway): skipped and counted, so the collapse is said. An id that is there
   * but not a number means the file was rewritten by another tool (Telegram writes bare integers) whose
   * ids cannot be matched with the replies': that stops the import, as before.
   */
  private add(target: { mapper: TelegramChatMapper; chat: KeyedChat }, v: unknown): void {
    this.sink.checkpoint();
    const m = v as TgMessage | null;
    if (!m || typeof m !== 'object' || Array.isArray(m) || m.id === undefined || m.id === null) {
      this.badMessages++;
      return;
    }
    if (typeof m.id !== 'number')
      throw new ImportError('import.telegram-message-no-id', { file: this.file.path, chat: String(target.mapper.channel.name) });
    this.messages++;
    if (!target.chat.ids.add(m.id)) {
      this.repeated++;
      return;
    }
    if (!target.mapper.add(m)) this.noTime++;
  }

  /** A single-chat export: the chat's name, type and id precede its messages. */
  private message(v: unknown): void {
    if (this.single === undefined) {
      const p = this.stream.properties;
      this.single =
        this.mapper({ id: p.id as number | string | undefined, name: p.name as string | undefined, type: p.type as string | undefined }) ??
        null;
    }
    // A chat with nothing to key it by was counted once; its messages go with it.
    if (this.single) this.add(this.single, v);
  }

  /** A chat of a full-account export, parsed whole (one chat at a time is in memory). */
  private wholeChat(v: unknown): void {
    if (this.owner === null) {
      this.owner = ownerOf(this.stream.properties.personal_information);
      if (this.owner) this.sink.declareBrand(this.owner);
    }
    const chat = v as (TgChat & { messages?: unknown }) | null;
    if (!chat || typeof chat !== 'object' || Array.isArray(chat)) {
      this.badChats++;
      return;
    }
    if (chat.type === 'saved_messages') {
      this.savedSkipped++;
      return;
    }
    const target = this.mapper(chat);
    if (!target) return;
    if (Array.isArray(chat.messages)) for (const m of chat.messages) this.add(target, m);
    target.mapper.finish();
  }

  /** The file fails only when it held records and none could be read. */
  usable(): boolean {
    return this.messages > 0 || this.badMessages + this.badChats === 0;
  }

  finish(): void {
    this.single?.mapper.finish();
    const s = this.sink;
    const t = this.tally;
    if (this.owner) s.warn(`full-account export: its owner ${this.owner.name} is counted as the brand`);
    if (this.badMessages > 0) s.warn(`${this.badMessages} message record(s) without an id (or not a message) were skipped`);
    if (this.badChats > 0) s.warn(`${this.badChats} chat(s) without an id or a name (or not a chat) were skipped, with their messages`);
    if (this.repeated > 0)
      s.warn(
        `${this.repeated} of ${this.messages} message record(s) repeat the id of an earlier message of their chat: only the first of each was kept`,
      );
    if (this.keys.split.size > 0)
      s.warn(
        `${this.keys.split.size} chat(s) share their id with a chat of another kind (users, groups and channels are numbered apart): keyed ${[...this.keys.split].slice(0, 3).join(', ')}${this.keys.split.size > 3 ? '…' : ''} to keep their messages apart`,
      );
    if (this.keys.byName > 0) s.warn(`${this.keys.byName} chat(s) have no id: keyed by their name`);
    if (t.localDates > 0) s.warn(`${t.localDates} message(s) have no date_unixtime: their local date was read as ${this.ctx.timezone}`);
    if (t.distrustedDates > 0)
      s.warn(`${t.distrustedDates} message(s) have a zero or impossible date_unixtime: their local date was read as ${this.ctx.timezone}`);
    if (this.noTime > 0) s.warn(`${this.noTime} message(s) with no readable date left out`);
    if (t.countOnly > 0) s.warn(`${t.countOnly} message(s) have reaction counts without reactors: counted per message only`);
    if (t.unknownReactors > 0) s.warn(`${t.unknownReactors} reaction(s) beyond the recent reactors Telegram lists: reactors unknown`);
    if (t.ignored.size > 0) s.warn(`service and unsupported messages left out: ${[...t.ignored].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    if (this.savedSkipped > 0) s.warn('Saved Messages left out (notes to self)');
    if (!t.sawBrand && !this.owner)
      s.warn('no author name matches a brand name (--brand): messages count as inbound unless their account is already a brand identity');
  }
}

async function importTelegram(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const tg = new TelegramFile(file, sink, ctx);
  try {
    for await (const chunk of file.chunks()) tg.stream.feed(chunk);
    tg.stream.end();
  } catch (err) {
    if (err instanceof JsonStreamError) throw new ImportError('import.broken-json', { file: file.path, detail: err.message });
    throw err;
  }
  if (!tg.stream.seen.some(Boolean)) throw new ImportError('import.telegram-nothing', { file: file.path });
  if (!tg.usable()) throw new ImportError('import.telegram-nothing-usable', { file: file.path, n: tg.badMessages + tg.badChats });
  tg.finish();
}

export const telegramImporter: Importer = {
  format: 'telegram.json',
  platform: 'telegram',
  label: 'Telegram Desktop export (result.json)',
  coverage: {
    shows: [
      'group and DM messages with author, exact time and text',
      'replies (reply chains as threads, replied author as target)',
      'reactions with the recent reactors Telegram lists, else counts per message',
      'joins by link or invitation, and removals/departures',
      'channel posts as contents with their reaction counts',
    ],
    lacks: [
      'reactors beyond the few recent ones Telegram keeps',
      'channel post views and forwards',
      'members who never wrote',
      'edit history',
      'comments of a channel (they live in its discussion group export)',
    ],
  },
  detect: detectTelegram,
  import: importTelegram,
};
