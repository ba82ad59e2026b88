import type { IdentityRef } from '../../domain/records';
import { JsonArrayStream, JsonStreamError } from '../../util/json-stream';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { newTally, type TgChat, TelegramChatMapper, type TgTally } from './chat-mapper';
import type { TgMessage } from './telegram-message';

const CHAT_TYPES = /"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/;

/** The exporting account of a full export: Telegram user ids appear as `user<id>` in from_id. */
function ownerOf(info: unknown): IdentityRef | undefined {
  const p = info as { user_id?: unknown; first_name?: unknown; last_name?: unknown } | undefined;
  if (!p || (typeof p.user_id !== 'number' && typeof p.user_id !== 'string')) return undefined;
  const name = [p.first_name, p.last_name].filter((x) => typeof x === 'string' && x).join(' ');
  return { handle: `user${String(p.user_id)}`, name: name || `user${String(p.user_id)}` };
}

class TelegramFile {
  readonly tally: TgTally = newTally();
  chats = 0;
  savedSkipped = 0;
  noTime = 0;
  private single: TelegramChatMapper | undefined;
  private owner: IdentityRef | undefined | null = null;
  readonly stream: JsonArrayStream;

  constructor(
    private readonly file: InputFile,
    private readonly sink: ImportSink,
    private readonly ctx: ImportContext,
  ) {
    const keep = new Set(['name', 'type', 'id', 'personal_information']);
    this.stream = new JsonArrayStream({ arrays: [['messages'], ['chats', 'list'], ['left_chats', 'list']], exactBigInts: false, keep: (p) => keep.has(p) }, (v, array) =>
      array === 0 ? this.message(v) : this.wholeChat(v),
    );
  }

  private mapper(chat: TgChat): TelegramChatMapper {
    if (typeof chat.id !== 'number' && typeof chat.id !== 'string') throw new ImportError('import.telegram-chat-no-id', { file: this.file.path, chat: String(chat.name) });
    this.chats++;
    return new TelegramChatMapper(this.sink, this.ctx.timezone, chat, this.tally);
  }

  private add(mapper: TelegramChatMapper, v: unknown): void {
    const m = v as TgMessage | null;
    if (!m || typeof m !== 'object' || typeof m.id !== 'number') throw new ImportError('import.telegram-message-no-id', { file: this.file.path, chat: String(mapper.channel.name) });
    if (!mapper.add(m)) this.noTime++;
    this.sink.checkpoint();
  }

  /** A single-chat export: the chat's name, type and id precede its messages. */
  private message(v: unknown): void {
    if (!this.single) {
      const p = this.stream.properties;
      this.single = this.mapper({ id: p.id as number, name: p.name as string | undefined, type: p.type as string | undefined });
    }
    this.add(this.single, v);
  }

  /** A chat of a full-account export, parsed whole (one chat at a time is in memory). */
  private wholeChat(v: unknown): void {
    if (this.owner === null) {
      this.owner = ownerOf(this.stream.properties.personal_information);
      if (this.owner) this.sink.declareBrand(this.owner);
    }
    const chat = v as TgChat & { messages?: unknown };
    if (!chat || typeof chat !== 'object') throw new ImportError('import.telegram-chat-not-object', { file: this.file.path });
    if (chat.type === 'saved_messages') {
      this.savedSkipped++;
      return;
    }
    const mapper = this.mapper(chat);
    if (Array.isArray(chat.messages)) for (const m of chat.messages) this.add(mapper, m);
    mapper.finish();
  }

  finish(): void {
    this.single?.finish();
    const s = this.sink;
    const t = this.tally;
    if (this.owner) s.warn(`full-account export: its owner ${this.owner.name} is counted as the brand`);
    if (t.localDates > 0) s.warn(`${t.localDates} message(s) have no date_unixtime: their local date was read as ${this.ctx.timezone}`);
    if (this.noTime > 0) s.warn(`${this.noTime} message(s) with no readable date left out`);
    if (t.countOnly > 0) s.warn(`${t.countOnly} message(s) have reaction counts without reactors: counted per message only`);
    if (t.unknownReactors > 0) s.warn(`${t.unknownReactors} reaction(s) beyond the recent reactors Telegram lists: reactors unknown`);
    if (t.ignored.size > 0) s.warn(`service and unsupported messages left out: ${[...t.ignored].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    if (this.savedSkipped > 0) s.warn('Saved Messages left out (notes to self)');
    if (!t.sawBrand && !this.owner) s.warn('no author name matches a brand name (--brand): messages count as inbound unless their account is already a brand identity');
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
    lacks: ['reactors beyond the few recent ones Telegram keeps', 'channel post views and forwards', 'members who never wrote', 'edit history', 'comments of a channel (they live in its discussion group export)'],
  },
  detect(f: DetectInput): number {
    if (!/\.json$/i.test(f.name)) return 0;
    const head = f.head.replace(/^\uFEFF/, '');
    if (/^\s*\{\s*"about"\s*:/.test(head) && /"personal_information"\s*:/.test(head)) return 0.9;
    const start = head.slice(0, 4096);
    if (/^\s*\{/.test(start) && CHAT_TYPES.test(start) && /"messages"\s*:\s*\[/.test(head)) return 0.9;
    return 0;
  },
  import: importTelegram,
};
