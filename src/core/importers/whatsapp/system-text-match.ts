/**
 * Matches a line against the localised lists of localised-texts.ts. Every list is compiled once, at
 * load, into a set or one regular expression per kind, so reading a line costs the same whatever the
 * size of the chat (the lists are fixed; nothing grows with the input).
 */
import { LOCALE_CODES, WHATSAPP_TEXTS, type LocaleTexts } from './localised-texts';

/** Invisible direction marks WhatsApp puts around names and system lines (LRM, RLM, embeddings, isolates). */
const MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A line as the lists are written: marks removed, straight apostrophes, one plain space between words. */
function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last line keyed: a message's first line is asked about several lists in a row. */
let memo = { line: '', key: '' };

/** What whole-line lists compare: the clean line, lower case, without trailing dots, ellipses or spaces. */
function keyOf(line: string): string {
  if (memo.line !== line)
    memo = {
      line,
      key: cleanLine(line)
        .toLowerCase()
        .replace(/[.\u2026 ]+$/, ''),
    };
  return memo.key;
}

/** Lines longer than this are never system lines (the longest, an encryption notice, is about 200). */
const MAX_SYSTEM_LINE = 400;

/** How many first letters rule a line out of the lists whose entries all start with words. */
const START = 3;

/**
 * The first letters of a line, as keyOf would give them, read from its first few characters only:
 * most lines are members' words, and this rules them out without normalising the whole line.
 */
function startOf(line: string): string {
  if (startMemo.line !== line) {
    const head = cleanLine(line.replace(/^[\s\u200E\u200F]+/, '').slice(0, START + 8));
    startMemo = { line, start: head.toLowerCase().slice(0, START) };
  }
  return startMemo.start;
}
let startMemo = { line: '', start: '' };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An entry as a regular expression source: `*` any text, `{who}` captured, `{by}` any name. */
function sourceOf(entry: string): string {
  return keyOf(entry)
    .split(/(\*|\{who\}|\{by\})/)
    .map((part) => (part === '*' ? '.*' : part === '{who}' ? '(.+?)' : part === '{by}' ? '.+?' : escapeRegExp(part)))
    .join('');
}

/**
 * The longest fixed words of an entry. Entries that start with a name cannot be ruled out by their
 * first letters, and their expressions backtrack; a line without these words is ruled out cheaply.
 */
function anchorOf(entry: string): string {
  return keyOf(entry)
    .split(/\*|\{who\}|\{by\}/)
    .map((part) => part.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

const locales: LocaleTexts[] = LOCALE_CODES.map((code) => WHATSAPP_TEXTS[code]);
const all = (pick: (t: LocaleTexts) => readonly string[]) => locales.flatMap(pick);
const startsOf = (entries: string[]) => new Set(entries.map((e) => keyOf(e).slice(0, START)));

/** A list whose entries all start with words: one expression, and the first letters they start with. */
interface Worded {
  re: RegExp;
  starts: ReadonlySet<string>;
}
function worded(entries: string[]): Worded {
  const bad = entries.filter((e) => keyOf(e).slice(0, START).includes('*') || keyOf(e).length < START);
  if (bad.length > 0) throw new Error(`WhatsApp list entries must start with ${START} letters: ${bad.join(', ')}`);
  return { re: new RegExp(`^(?:${entries.map(sourceOf).join('|')})$`), starts: startsOf(entries) };
}
const matches = (list: Worded, line: string) =>
  line.length <= MAX_SYSTEM_LINE && list.starts.has(startOf(line)) && list.re.test(keyOf(line));

const MEDIA = new Set(all((t) => t.media).map(keyOf));
const MEDIA_STARTS = startsOf(all((t) => t.media));
const DELETED = worded(all((t) => t.deleted));
const NOTICE = worded(all((t) => t.notices));
const EVENTS = all((t) => t.events).map((e) => ({ re: new RegExp(`^${sourceOf(e)}$`), anchor: anchorOf(e) }));

/**
 * A media placeholder: "image omitted", "<Medien ausgeschlossen>"… or an iOS document, which carries
 * its name and size first ("Report.pdf • 3 pages document omitted").
 */
export function isMediaPlaceholder(line: string): boolean {
  if (line.length > MAX_SYSTEM_LINE) return false;
  const bullet = line.includes('\u2022');
  if (!bullet && !MEDIA_STARTS.has(startOf(line))) return false;
  const key = keyOf(line);
  if (MEDIA.has(key)) return true;
  if (!bullet) return false;
  const tail = key.slice(key.lastIndexOf('\u2022') + 1);
  for (const m of MEDIA) if (tail.endsWith(` ${m}`)) return true;
  return false;
}

/** "This message was deleted", "Se eliminó este mensaje."… */
export function isDeletedNotice(line: string): boolean {
  return matches(DELETED, line);
}

/** A system line that starts with fixed words (encryption notice, missed call…), whoever seems to write it. */
export function isNotice(line: string): boolean {
  return matches(NOTICE, line);
}

/** A system line about the group that is not a join or a leave ("Alice created group …"). */
export function isGroupEvent(line: string): boolean {
  if (line.length > MAX_SYSTEM_LINE) return false;
  const key = keyOf(line);
  return EVENTS.some((e) => key.includes(e.anchor) && e.re.test(key));
}

const alternatives = (words: readonly string[]) => words.map((w) => escapeRegExp(keyOf(w))).join('|');

/** Android "name (file attached)" and iOS "<attached: name>", in every language: the file name is captured. */
export const FILE_ATTACHED = new RegExp(`^(.+?)\\s\\((?:${alternatives(all((t) => t.fileAttached))})\\)$`, 'i');
export const ATTACHED_LABEL = new RegExp(`^<\\s*(?:${alternatives(all((t) => t.attachedLabel))})\\s?:\\s*(.+?)\\s*>$`, 'i');

export interface MembershipEvent {
  kind: 'join' | 'leave';
  /** The member who joined or left, as the line names them. */
  who: string;
}

interface Template {
  re: RegExp;
  anchor: string;
  kind: 'join' | 'leave';
  you: ReadonlySet<string>;
  /** Splits "Carol and Dan" at the language's last "and". */
  lastAnd: RegExp;
}

const TEMPLATES: Template[] = locales.flatMap((t) => {
  const you = new Set(t.you.map((w) => w.toLowerCase()));
  const lastAnd = new RegExp(`^(.+) ${escapeRegExp(t.and)} (.+)$`, 'i');
  const make = (kind: 'join' | 'leave') => (entry: string) => ({
    re: new RegExp(`^${sourceOf(entry)}$`, 'i'),
    anchor: anchorOf(entry),
    kind,
    you,
    lastAnd,
  });
  return [...t.joins.map(make('join')), ...t.leaves.map(make('leave'))];
});

/**
 * "Bob, Carol and Dan" → three names. A list without a comma stays one name: two names joined by "and"
 * cannot be told from one contact saved as "Tom and Jerry".
 */
function namesIn(list: string, t: Template): string[] {
  if (!list.includes(', ')) return [list];
  const parts = list.split(', ');
  const tail = parts.pop()!;
  const last = t.lastAnd.exec(tail);
  return last ? [...parts, last[1]!, last[2]!] : [...parts, tail];
}

/**
 * Joins and leaves a system line records, or undefined when it is none. An empty list means the line
 * is a join or a leave of the phone's owner ("Alice added you", "You left"), who is not a member.
 * Case and marks are ignored but the names keep their case, to match the authors of messages.
 */
export function membershipEvents(line: string): MembershipEvent[] | undefined {
  if (line.length > MAX_SYSTEM_LINE) return undefined;
  const text = cleanLine(line);
  const lower = text.toLowerCase();
  for (const t of TEMPLATES) {
    if (!lower.includes(t.anchor)) continue;
    const m = t.re.exec(text);
    if (!m) continue;
    return namesIn(m[1]!, t)
      .map((who) => who.trim())
      .filter((who) => who.length > 0 && who.length <= 80 && !t.you.has(who.toLowerCase()))
      .map((who) => ({ kind: t.kind, who }));
  }
  return undefined;
}
