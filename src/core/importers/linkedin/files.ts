import { headLines, looseHeader, sniffDelimiter, splitCsvLine } from '../csv';
import type { LayoutRefusal } from '../types';

/**
 * LinkedIn CSVs are recognised by their header row, not their file name: headers are localised and
 * Connections.csv starts with a "Notes:" preamble. Each canonical column lists the header spellings
 * seen so far, the English one first; add a language by adding its spellings here. Headers are
 * compared loosely (looseHeader: case, spaces, underscores and punctuation ignored), because one
 * column is spelt "ShareLink" by one export and "Share Link" by another, "FROM" here and "From" there.
 */
const ALIASES = {
  date: ['Date', 'Datum'],
  link: ['Link'],
  message: ['Message', 'Nachricht'],
  shareLink: ['ShareLink'],
  shareCommentary: ['ShareCommentary'],
  sharedUrl: ['SharedUrl'],
  mediaUrl: ['MediaUrl'],
  visibility: ['Visibility'],
  type: ['Type'],
  conversationId: ['Conversation ID'],
  conversationTitle: ['Conversation Title'],
  from: ['From'],
  senderUrl: ['Sender Profile URL'],
  to: ['To'],
  recipientUrls: ['Recipient Profile URLs'],
  subject: ['Subject'],
  content: ['Content'],
  folder: ['Folder'],
  isDraft: ['Is Message Draft'],
  firstName: ['First Name', 'Vorname'],
  lastName: ['Last Name', 'Nachname'],
  url: ['URL', 'Profile URL'],
  company: ['Company', 'Unternehmen'],
  position: ['Position'],
  connectedOn: ['Connected On', 'Verbunden am'],
  sentAt: ['Sent At'],
  direction: ['Direction'],
  inviterUrl: ['inviterProfileUrl'],
  inviteeUrl: ['inviteeProfileUrl'],
  organization: ['Organization'],
  followedOn: ['Followed On'],
  hashtag: ['Hashtag'],
  createdTime: ['CreatedTime'],
  headline: ['Headline'],
  maidenName: ['Maiden Name'],
} as const;
export type LinkedInColumn = keyof typeof ALIASES;

export type LinkedInFileKind =
  'messages' | 'invitations' | 'shares' | 'comments' | 'reactions' | 'connections' | 'companyFollows' | 'hashtagFollows' | 'profile';

/** Required columns per file, checked in this order (the first full match wins). */
const SIGNATURES: [LinkedInFileKind, LinkedInColumn[]][] = [
  // Any layout with a sender, recipients, a date and a text: older exports have no conversation id
  // and no profile URLs (From, To, Date, Subject, Content, Direction, Folder).
  ['messages', ['from', 'to', 'date', 'content']],
  ['invitations', ['from', 'to', 'sentAt', 'direction']],
  ['shares', ['date', 'shareLink', 'shareCommentary']],
  ['comments', ['date', 'link', 'message']],
  ['reactions', ['date', 'type', 'link']],
  ['connections', ['firstName', 'lastName', 'connectedOn']],
  ['companyFollows', ['organization', 'followedOn']],
  ['hashtagFollows', ['hashtag', 'createdTime']],
  ['profile', ['firstName', 'lastName', 'headline']],
];

/** The names LinkedIn gives these files, for a small confidence bonus only. */
export const USUAL_NAMES: Record<LinkedInFileKind, RegExp> = {
  messages: /^messages\.csv$/i,
  invitations: /^invitations\.csv$/i,
  shares: /^shares\.csv$/i,
  comments: /^comments\.csv$/i,
  reactions: /^reactions\.csv$/i,
  connections: /^connections\.csv$/i,
  companyFollows: /^company[ _]follows\.csv$/i,
  hashtagFollows: /^hashtag[ _]follows\.csv$/i,
  profile: /^profile\.csv$/i,
};

export type ColumnMap = Partial<Record<LinkedInColumn, number>>;

export interface Classified {
  kind: LinkedInFileKind;
  columns: ColumnMap;
}

/** The loose keys of each column's spellings, computed once. */
const KEYS = new Map(Object.entries(ALIASES).map(([col, spellings]) => [col as LinkedInColumn, new Set(spellings.map(looseHeader))]));

export function classifyHeader(cells: readonly string[]): Classified | undefined {
  const names = cells.map(looseHeader);
  const columns: ColumnMap = {};
  for (const [col, keys] of KEYS) {
    const i = names.findIndex((n) => keys.has(n));
    if (i >= 0) columns[col] = i;
  }
  for (const [kind, required] of SIGNATURES) {
    if (required.every((c) => columns[c] !== undefined)) return { kind, columns };
  }
  return undefined;
}

/** A header found in the first lines, with the delimiter that splits it. */
export interface SniffedHeader extends Classified {
  delimiter: string;
}

/**
 * The delimiters to try on a line: the one it holds most of first. LinkedIn writes commas, but a file
 * re-saved by a spreadsheet may come back with tabs or semicolons; a wrong delimiter leaves the header
 * in one cell, which matches no signature, so trying each in turn cannot misread a header.
 */
function delimitersOf(line: string): string[] {
  return [...new Set([sniffDelimiter(line), ',', ';', '\t', '|'])];
}

/** Scans the first lines for a LinkedIn header (past a "Notes:" preamble), whatever its delimiter. */
export function classifyHead(head: string): SniffedHeader | undefined {
  for (const line of headLines(head, 12)) {
    if (line.trim() === '') continue;
    for (const delimiter of delimitersOf(line)) {
      const c = classifyHeader(splitCsvLine(line, delimiter));
      if (c) return { ...c, delimiter };
    }
  }
  return undefined;
}

/** At most this many header cells are shown in a refusal, each cut to this length: one readable line. */
const SHOWN_CELLS = 12;
const SHOWN_LENGTH = 40;

/**
 * Why a file named like a LinkedIn `kind` file was not recognised: the columns its signature needs
 * that the closest header line of its first lines lacks (the one with most of them), and that line's
 * cells. Linear in the head: 12 lines, each split by at most 4 delimiters.
 */
export function refusalOf(kind: LinkedInFileKind, head: string): LayoutRefusal {
  const required = SIGNATURES.find(([k]) => k === kind)?.[1] ?? [];
  let best: { missing: LinkedInColumn[]; cells: string[] } = { missing: required, cells: [] };
  for (const line of headLines(head, 12)) {
    if (line.trim() === '') continue;
    for (const delimiter of delimitersOf(line)) {
      const cells = splitCsvLine(line, delimiter);
      const names = new Set(cells.map(looseHeader));
      const missing = required.filter((col) => ![...KEYS.get(col)!].some((k) => names.has(k)));
      if (best.cells.length === 0 || missing.length < best.missing.length) best = { missing, cells };
    }
  }
  const found = best.cells.map(shownCell).filter((c) => c !== '');
  return {
    missing: best.missing.map((col) => ALIASES[col][0]),
    found: found.length > SHOWN_CELLS ? [...found.slice(0, SHOWN_CELLS), '…'] : found,
  };
}

/** A header cell as shown to the user: as written, without its BOM or quotes, cut to one short piece. */
function shownCell(cell: string): string {
  const c = cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim();
  return c.length > SHOWN_LENGTH ? `${c.slice(0, SHOWN_LENGTH - 1)}…` : c;
}
