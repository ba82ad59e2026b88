/** What a WhatsApp message body holds once the header is gone: author, text, attachment, or a system line. */

const ATTACHMENT_LINE: RegExp[] = [
  /^\u200E?<\s*attached:\s*(.+?)\s*>$/i, // iOS: <attached: 00000042-PHOTO-….jpg>
  /^\u200E?(.+?)\s<\u200E?attached>$/i, // old iOS: 2015-08-04-PHOTO-00004762.jpg <‎attached>
  /^\u200E?(.+?)\s\((?:file attached|datei angehängt|fichier joint|archivo adjunto|arquivo anexado|file allegato|bestand bijgevoegd)\)$/i,
];

const OMITTED_LINE =
  /^\u200E?(?:<(?:media omitted|médias omis|fichier omis|multimedia omitido|medien ausgeschlossen|media weggelaten|mídia oculta|media omessi)>|(?:image|video|audio|sticker|gif|document|contact card) omitted|(?:image|vidéo|audio|autocollant|gif|document) (?:omis|omise)|null)$/i;

const DELETED_LINE =
  /^\u200E?(?:this message was deleted|you deleted this message|ce message a été supprimé|vous avez supprimé ce message|este mensaje fue eliminado|eliminaste este mensaje|diese nachricht wurde gelöscht)\.?$/i;

const EDITED_SUFFIX = /\s*<(?:this message was edited|ce message a été modifié|se editó este mensaje)>$/i;

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
  if (author.length === 0 || author.length > 80 || author.includes('"')) return { author: undefined, text: rest };
  return { author, text: rest.slice(m[0].length) };
}

export interface MessageContent {
  text: string | undefined;
  attachments: string[];
  deleted: boolean;
  system: boolean;
}

/**
 * Separates attachment markers, deletion notices and iOS system lines (which carry the group name as
 * author and start with U+200E) from what the member wrote.
 */
export function readContent(body: string): MessageContent {
  const lines = body.split('\n');
  const attachments: string[] = [];
  let deleted = false;
  const first = lines[0] ?? '';
  const trimmedFirst = first.trim();
  const att = ATTACHMENT_LINE.map((r) => r.exec(trimmedFirst)).find((m) => m);
  if (att) {
    attachments.push(att[1]!.replace(/[\u200E\u200F]/g, '').trim());
    lines.shift();
  } else if (OMITTED_LINE.test(trimmedFirst)) {
    attachments.push(trimmedFirst.replace(/[\u200E\u200F<>]/g, ''));
    lines.shift();
  } else if (DELETED_LINE.test(trimmedFirst)) {
    deleted = true;
    lines.shift();
  } else if (first.startsWith('\u200E')) {
    return { text: undefined, attachments, deleted, system: true };
  }
  let text = lines.join('\n').replace(EDITED_SUFFIX, '').replace(/\s+$/, '').replace(/^[\u200E\u200F]+/, '');
  if (text.trim() === '') text = '';
  return { text: text === '' ? undefined : text, attachments, deleted, system: false };
}

/** Membership events worth keeping (community growth and churn), English and French wordings. */
export function membershipEvent(systemText: string): { kind: 'join' | 'leave'; who: string } | undefined {
  const t = systemText.replace(/[\u200E\u200F]/g, '').trim();
  let m = /^(.+?) (?:joined using this group's invite link|joined using a group link|a rejoint ce groupe via le lien d'invitation)$/i.exec(t);
  if (m) return { kind: 'join', who: m[1]! };
  m = /^(?:.+?) (?:added|a ajouté) (.+)$/i.exec(t);
  if (m && !m[1]!.includes(',') && m[1]! !== 'you' && m[1] !== 'vous') return { kind: 'join', who: m[1]! };
  m = /^(.+?) (?:left|est parti\(e\)|est parti|est partie)$/i.exec(t);
  if (m) return { kind: 'leave', who: m[1]! };
  m = /^(?:.+?) (?:removed|a retiré) (.+)$/i.exec(t);
  if (m && m[1] !== 'you' && m[1] !== 'vous') return { kind: 'leave', who: m[1]! };
  return undefined;
}
