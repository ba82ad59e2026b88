/** What a WhatsApp message body holds once the header is gone: author, text, attachment, or a system line. */
import {
  ATTACHED_LABEL,
  FILE_ATTACHED,
  isDeletedNotice,
  isGroupEvent,
  isMediaPlaceholder,
  isNotice,
  membershipEvents,
  type MembershipEvent,
} from './system-text-match';

/** Old iOS: 2015-08-04-PHOTO-00004762.jpg <‎attached> */
const OLD_IOS_ATTACHED = /^(.+?)\s<\u200E?attached>$/i;

const EDITED_SUFFIX = /\s*<(?:this message was edited|ce message a été modifié|se editó este mensaje)>$/i;

/** Quotes around a group's name ("changed the subject to “Re: x”") show a colon is not after an author. */
const QUOTES = /["\u201C\u201D\u201E\u00AB\u00BB]/;

export interface ParsedBody {
  author: string | undefined;
  text: string;
}

/** Splits `Author: text`. A line with no `name: ` part is a system line (Android writes them so). */
export function splitAuthor(rest: string): ParsedBody {
  const m = /^(.+?):(?: |$)/.exec(rest);
  if (!m) return { author: undefined, text: rest };
  const author = m[1]!.replace(/^[\u200E\u200F]+/, '').trim();
  // "Alice changed the subject to "Re: x"" has a colon but no author.
  if (author.length === 0 || author.length > 80 || QUOTES.test(author)) return { author: undefined, text: rest };
  return { author, text: rest.slice(m[0].length) };
}

export type Reading =
  | {
      kind: 'message';
      text: string | undefined;
      attachments: string[];
      deleted: boolean;
      /** An iOS ‎-marked line in a wording no list knows, read as a media placeholder. */
      unknownMarked: boolean;
    }
  /** A join or leave written under an author: iOS writes a group's system lines under the group's name. */
  | { kind: 'membership'; events: MembershipEvent[] }
  | { kind: 'system' };

/** A system line without an author: the joins and leaves it records (none for "created group", notices…). */
export function systemLineEvents(text: string): MembershipEvent[] {
  // A notice or group event can look like a leave to the loose templates ("Anna hat das Gruppenbild entfernt").
  if (isNotice(text) || isGroupEvent(text) || isDeletedNotice(text)) return [];
  return membershipEvents(text) ?? [];
}

/**
 * Separates attachment markers, media placeholders, deletion notices and system lines from what the
 * member wrote.
 *
 * iOS starts both its media placeholders and its system lines with U+200E, and writes a group's
 * system lines under the group's name as author. A ‎-marked line that no list recognises is read as a
 * media placeholder, i.e. a message of its author without text: WhatsApp localises placeholders in
 * many more languages than the lists hold, and dropping them would drop the members who only send
 * photos or voice notes. `speaksForGroup` says the author has already written a group's system lines;
 * its unknown ‎-marked lines are then system lines, so the group does not become a member.
 *
 * A deleted message is kept as a message without text: the notice shows the member was active then
 * (and it is what the English and French importers have always done), but its words are WhatsApp's,
 * not the member's.
 */
export function readContent(body: string, speaksForGroup: boolean): Reading {
  const lines = body.split('\n');
  const attachments: string[] = [];
  let deleted = false;
  let unknownMarked = false;
  const first = lines[0] ?? '';
  const marked = first.startsWith('\u200E');
  const trimmedFirst = first.trim();
  const unmarkedFirst = trimmedFirst.replace(/^[\u200E\u200F]+/, '');
  const att = ATTACHED_LABEL.exec(unmarkedFirst) ?? OLD_IOS_ATTACHED.exec(unmarkedFirst) ?? FILE_ATTACHED.exec(unmarkedFirst);
  if (att) {
    attachments.push(att[1]!.replace(/[\u200E\u200F]/g, '').trim());
    lines.shift();
  } else if (isMediaPlaceholder(trimmedFirst)) {
    attachments.push(trimmedFirst.replace(/[\u200E\u200F<>]/g, ''));
    lines.shift();
  } else if (isDeletedNotice(trimmedFirst)) {
    deleted = true;
    lines.shift();
  } else if (isNotice(trimmedFirst)) {
    // Whoever the author seems to be: "<group name>: Messages and calls are end-to-end encrypted…" (Android).
    return { kind: 'system' };
  } else if (marked) {
    if (isGroupEvent(trimmedFirst)) return { kind: 'system' };
    const events = membershipEvents(trimmedFirst);
    if (events) return { kind: 'membership', events };
    if (speaksForGroup) return { kind: 'system' };
    attachments.push(trimmedFirst.replace(/[\u200E\u200F<>]/g, ''));
    unknownMarked = true;
    lines.shift();
  }
  let text = lines
    .join('\n')
    .replace(EDITED_SUFFIX, '')
    .replace(/\s+$/, '')
    .replace(/^[\u200E\u200F]+/, '');
  if (text.trim() === '') text = '';
  return { kind: 'message', text: text === '' ? undefined : text, attachments, deleted, unknownMarked };
}
