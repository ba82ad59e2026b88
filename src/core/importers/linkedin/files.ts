import { headLines, normaliseHeader, splitCsvLine } from '../csv';

/**
 * LinkedIn CSVs are recognised by their header row, not their file name: headers are localised and
 * Connections.csv starts with a "Notes:" preamble. Each canonical column lists the header spellings
 * seen so far (normalised: lower case, single spaces); add a language by adding its spellings here.
 */
const ALIASES = {
  date: ['date', 'datum'],
  link: ['link'],
  message: ['message', 'nachricht'],
  shareLink: ['sharelink'],
  shareCommentary: ['sharecommentary'],
  sharedUrl: ['sharedurl'],
  mediaUrl: ['mediaurl'],
  visibility: ['visibility'],
  type: ['type'],
  conversationId: ['conversation id'],
  conversationTitle: ['conversation title'],
  from: ['from'],
  senderUrl: ['sender profile url'],
  to: ['to'],
  recipientUrls: ['recipient profile urls'],
  subject: ['subject'],
  content: ['content'],
  folder: ['folder'],
  isDraft: ['is message draft'],
  firstName: ['first name', 'vorname'],
  lastName: ['last name', 'nachname'],
  url: ['url', 'profile url'],
  company: ['company', 'unternehmen'],
  position: ['position'],
  connectedOn: ['connected on', 'verbunden am'],
  sentAt: ['sent at'],
  direction: ['direction'],
  inviterUrl: ['inviterprofileurl'],
  inviteeUrl: ['inviteeprofileurl'],
  organization: ['organization'],
  followedOn: ['followed on'],
  hashtag: ['hashtag'],
  createdTime: ['createdtime'],
  headline: ['headline'],
  maidenName: ['maiden name'],
} as const;
export type LinkedInColumn = keyof typeof ALIASES;

export type LinkedInFileKind = 'messages' | 'invitations' | 'shares' | 'comments' | 'reactions' | 'connections' | 'companyFollows' | 'hashtagFollows' | 'profile';

/** Required columns per file, checked in this order (the first full match wins). */
const SIGNATURES: [LinkedInFileKind, LinkedInColumn[]][] = [
  ['messages', ['conversationId', 'from', 'senderUrl', 'date', 'content']],
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

export function classifyHeader(cells: readonly string[]): Classified | undefined {
  const names = cells.map(normaliseHeader);
  const columns: ColumnMap = {};
  for (const [col, spellings] of Object.entries(ALIASES) as [LinkedInColumn, readonly string[]][]) {
    const i = names.findIndex((n) => spellings.includes(n));
    if (i >= 0) columns[col] = i;
  }
  for (const [kind, required] of SIGNATURES) {
    if (required.every((c) => columns[c] !== undefined)) return { kind, columns };
  }
  return undefined;
}

/** Scans the first lines for a LinkedIn header (past a "Notes:" preamble). */
export function classifyHead(head: string): Classified | undefined {
  for (const line of headLines(head, 12)) {
    if (line.trim() === '') continue;
    const c = classifyHeader(splitCsvLine(line));
    if (c) return c;
  }
  return undefined;
}
