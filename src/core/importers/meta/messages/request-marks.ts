/**
 * How an export says a thread is a message request (someone outside the account's contacts wrote
 * first), the signal of strangers reaching the brand:
 * - the folder: `messages/message_requests/<thread>/` (and, in one 2025 HTML export,
 *   `your_instagram_activity/message_requests/<thread>/`, formats.md §1.1);
 * - JSON: `"is_pending": true` on the thread;
 * - HTML: the page opens with a status block instead of a message ("Mailbox thread pending"-style,
 *   localised), as its heading or, in a block without a time, as its text. Read as a message it would
 *   be a sender named after the status and, being on every request page, the one "participant" common
 *   to all threads: the owner. No public sample shows this block: the wordings below are a guess to
 *   check against a client's export (tests/fixtures/instagram/SOURCES.md).
 */
const REQUEST_FOLDER = /(^|\/)message_requests\//i;

export function isRequestPath(path: string | undefined): boolean {
  return path !== undefined && REQUEST_FOLDER.test(path.replace(/\\/g, '/'));
}

/** The JSON `thread_path` starts with the folder: "message_requests/<thread>". */
export function isRequestFolder(folder: string | undefined): boolean {
  return folder !== undefined && folder.toLowerCase() === 'message_requests';
}

/** Status lines of a request page header, English and French; matched against its heading or its whole text. */
const HEADER_PATTERNS: readonly RegExp[] = [
  /\b(?:mailbox|thread|request|message)\b.{0,40}\bpending\b/iu,
  /\bpending\b.{0,40}\b(?:mailbox|thread|request|message)s?\b/iu,
  /^message requests?$/iu,
  /\b(?:fil|discussion|conversation|demande|messagerie|message)\b.{0,40}\ben attente\b/iu,
  /\ben attente\b.{0,40}\b(?:fil|discussion|conversation|demande|message)s?\b/iu,
  /^demandes? de messages?$/iu,
];

/** Every status line holds one of these words: a sender's name is ruled out by one scan. */
const HEADER_WORDS = /pending|request|attente|demande/i;

export function isRequestHeader(text: string): boolean {
  if (text.length > 400 || !HEADER_WORDS.test(text)) return false;
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 200 && HEADER_PATTERNS.some((re) => re.test(t));
}
