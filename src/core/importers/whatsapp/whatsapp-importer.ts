import type { InteractionRecord } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import { ownCopy } from '../../util/text';
import { linesOf, stripBom } from '../../util/lines';
import { zonedWallToUtc } from '../../util/time-zone';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { readContent, splitAuthor, systemLineEvents } from './body';
import { DateOrderGuesser, parseHeader, type RawHeader, wallClockMs } from './header';
import type { MembershipEvent } from './system-text-match';

/** Chat name from the file names WhatsApp gives: "WhatsApp Chat with X.txt", "WhatsApp Chat - X.zip/_chat.txt". */
export function chatNameFromPath(path: string): string {
  const parts = path.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = /^WhatsApp (?:Chat|Unterhaltung|Discussion|Chat de WhatsApp) (?:with|mit|avec|con|-)\s*(.+?)(?:\.txt|\.zip)?$/i.exec(
      parts[i]!,
    );
    if (m) return m[1]!.trim();
  }
  const base = parts[parts.length - 1]!.replace(/\.txt$/i, '');
  return base === '_chat' && parts.length > 1 ? parts[parts.length - 2]!.replace(/\.zip$/i, '') : base;
}

/**
 * The longest line read: WhatsApp's own limit on a message (65,536 characters) plus room for the date and
 * the author. A longer line is not a message WhatsApp wrote; it is cut there, so a hostile file cannot
 * make one line take the memory of the whole file.
 */
const MAX_LINE = 65_536 + 1_024;

interface Pending {
  header: RawHeader;
  lines: string[];
}

async function guessDaysFirst(file: InputFile): Promise<{ daysFirst: boolean; headers: number }> {
  const guesser = new DateOrderGuesser();
  let headers = 0;
  for await (const line of linesOf(file.chunks(), { max: MAX_LINE, onCut: () => {} })) {
    const h = parseHeader(headers === 0 ? stripBom(line) : line);
    if (h) {
      guesser.add(h);
      headers++;
    }
  }
  return { daysFirst: guesser.daysFirst(), headers };
}

async function importWhatsApp(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const { daysFirst, headers } = await guessDaysFirst(file);
  if (headers === 0) throw new ImportError('import.whatsapp-no-line', { file: file.path });
  const chatName = chatNameFromPath(file.path);
  const authors = new Set<string>();
  // iOS writes a group's system lines under the group's name ("Club: ‎Alice added Bob"): that name, the
  // chat's own until it writes a message (in a chat with one person it is that person's), and any name
  // seen writing a join or a leave, speaks for the group. See readContent.
  const groupVoices = new Set<string>([chatName]);
  const seen = new HashCounter();
  let badDates = 0;
  let unknownMarked = 0;
  // The chat is a group once a third author speaks; until then (and for a whole two-person chat) the
  // messages wait here. Streaming them after that keeps a 1M-message group export from being held whole.
  const waiting: InteractionRecord[] = [];
  let channel: { key: string; kind: 'group' | 'dm'; name: string } | undefined;
  const channelKey = stableHash('wa-chat', chatName);
  const emit = (m: InteractionRecord, ch: NonNullable<typeof channel>) => {
    sink.interaction({ ...m, channel: ch, threadKey: ch.key });
    sink.checkpoint();
  };
  const push = (m: InteractionRecord) => {
    if (!channel && authors.size > 2) {
      channel = { key: channelKey, kind: 'group', name: chatName };
      for (const w of waiting) emit(w, channel);
      waiting.length = 0;
    }
    if (channel) emit(m, channel);
    else waiting.push(m);
  };

  const flush = (p: Pending) => {
    const wall = wallClockMs(p.header, daysFirst);
    if (Number.isNaN(wall)) {
      badDates++;
      return;
    }
    const at = zonedWallToUtc(ctx.timezone, wall);
    const body = [p.header.rest, ...p.lines].join('\n');
    const { author, text } = splitAuthor(body);
    const record = (events: MembershipEvent[]) => {
      for (const ev of events)
        push({ key: stableHash('wa-sys', ev.kind, ev.who, at), kind: ev.kind, at, author: { handle: ev.who, name: ev.who } });
    };
    if (author === undefined) {
      record(systemLineEvents(text));
      return;
    }
    const content = readContent(text, groupVoices.has(author));
    if (content.kind === 'system') return;
    if (content.kind === 'membership') {
      if (!authors.has(author)) groupVoices.add(ownCopy(author));
      record(content.events);
      return;
    }
    if (content.unknownMarked) unknownMarked++;
    groupVoices.delete(author);
    // A copy: the author is cut from a chunk of the file, which the set would otherwise keep whole.
    if (!authors.has(author)) authors.add(ownCopy(author));
    const base = stableHash('wa', author, at, content.text ?? '', content.attachments.join('|'));
    const n = seen.next(base);
    push({ key: n === 1 ? base : `${base}#${n}`, kind: 'message', at, author: { handle: author, name: author }, text: content.text });
  };

  let pending: Pending | undefined;
  let first = true;
  let cutLines = 0;
  for await (const raw of linesOf(file.chunks(), { max: MAX_LINE, onCut: () => cutLines++ })) {
    const line = first ? stripBom(raw) : raw;
    first = false;
    const h = parseHeader(line);
    if (h) {
      if (pending) flush(pending);
      pending = { header: h, lines: [] };
    } else if (pending) {
      pending.lines.push(line);
    } else if (line.trim() !== '') {
      throw new ImportError('import.whatsapp-bad-start', { file: file.path });
    }
  }
  if (pending) flush(pending);

  if (!channel) {
    const ch = { key: channelKey, kind: authors.size > 2 ? ('group' as const) : ('dm' as const), name: chatName };
    for (const w of waiting) emit(w, ch);
  }
  sink.warn(`WhatsApp times carry no time zone: read as ${ctx.timezone}`);
  sink.warn(`date order read as ${daysFirst ? 'day/month' : 'month/day'}`);
  if (cutLines > 0) sink.warn(`${cutLines} line(s) longer than WhatsApp allows were cut to ${MAX_LINE} characters`);
  if (badDates > 0) sink.warn(`${badDates} line(s) with an impossible date were left out`);
  if (unknownMarked > 0)
    sink.warn(`${unknownMarked} iOS line(s) in a wording Cercle does not know were counted as media messages of their authors`);
  if (![...authors].some((a) => sink.isBrand({ handle: a, name: a }))) {
    sink.warn('no author matches a brand name (--brand): every message is counted as inbound');
  }
}

export const whatsappImporter: Importer = {
  format: 'whatsapp.txt',
  platform: 'whatsapp',
  label: 'WhatsApp chat export',
  coverage: {
    shows: [
      'messages with author and minute-precision time',
      'multi-line messages',
      'attachments and media sent without their file (as messages without text)',
      'joins and leaves (group system lines)',
    ],
    lacks: [
      'reactions',
      'replies/quotes threading',
      'message ids',
      'read receipts',
      'time zone (taken from the client setting)',
      'edits history',
    ],
  },
  detect(f: DetectInput): number {
    if (!/\.txt$/i.test(f.name)) return 0;
    const firstLine = stripBom(f.head)
      .split(/\r?\n/)
      .find((l) => l.trim() !== '');
    if (!firstLine || !parseHeader(firstLine)) return 0;
    return /whatsapp|^_chat\.txt$/i.test(f.path) ? 0.95 : 0.7;
  },
  import: importWhatsApp,
};
