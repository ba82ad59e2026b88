import { headLines, normaliseHeader, splitCsvLine } from '../csv';
import { readIso } from '../generic/timestamps';

/**
 * Column layouts of Takeout's YouTube CSVs. Columns are found by header name (any order, any case,
 * localised spellings listed here), which covers the three comments.csv generations: pre-June-2024
 * (Comment ID first), June 2024 (Channel ID first, reordered) and 2025 (adds Post ID and Top-Level
 * Comment ID). A file without a header row gets the positional layout its column count implies.
 */
const ALIASES = {
  commentId: ['comment id', 'reactie-id'],
  channelId: ['channel id', 'kanal-id'],
  created: ['comment create timestamp', 'comment created timestamp', 'comment creation timestamp'],
  price: ['price'],
  parentId: ['parent comment id'],
  postId: ['post id'],
  videoId: ['video id'],
  text: ['comment text'],
  topLevelId: ['top-level comment id', 'top level comment id'],
  liveChatId: ['live chat id'],
  liveCreated: ['live chat create timestamp', 'live chat created timestamp'],
  currency: ['currency code'],
  liveText: ['live chat text'],
} as const;
export type YouTubeColumn = keyof typeof ALIASES;
export type YouTubeColumns = Partial<Record<YouTubeColumn, number>>;

export type YouTubeFileKind = 'comments' | 'liveChats';

export interface Layout {
  kind: YouTubeFileKind;
  columns: YouTubeColumns;
  /** Whether the first record is a header (false: positional layout, every record is data). */
  hasHeader: boolean;
}

export function layoutFromHeader(cells: readonly string[]): Layout | undefined {
  const names = cells.map(normaliseHeader);
  const columns: YouTubeColumns = {};
  for (const [col, spellings] of Object.entries(ALIASES) as [YouTubeColumn, readonly string[]][]) {
    const i = names.findIndex((n) => spellings.includes(n));
    if (i >= 0) columns[col] = i;
  }
  if (columns.commentId !== undefined && columns.created !== undefined && columns.text !== undefined)
    return { kind: 'comments', columns, hasHeader: true };
  if (columns.liveChatId !== undefined && columns.liveCreated !== undefined && columns.liveText !== undefined)
    return { kind: 'liveChats', columns, hasHeader: true };
  return undefined;
}

const at = (cells: readonly string[], i: number) => Number.isFinite(readIso(cells[i] ?? '', 'UTC').at);
const CHANNEL_ID = /^UC[\w-]{22}$/;

/** The layout of a header-less file, from the file's name and the shape of its first record. */
export function positionalLayout(name: string, cells: readonly string[]): Layout | undefined {
  const live = /live[ _-]?chat/i.test(name);
  const comments = /comment/i.test(name);
  const n = cells.length;
  if (live && (n === 6 || n === 7) && at(cells, 2)) {
    const columns: YouTubeColumns =
      n === 6
        ? { liveChatId: 0, channelId: 1, liveCreated: 2, price: 3, videoId: 4, liveText: 5 }
        : { liveChatId: 0, channelId: 1, liveCreated: 2, price: 3, currency: 4, videoId: 5, liveText: 6 };
    return { kind: 'liveChats', columns, hasHeader: false };
  }
  if (comments && n === 7 && CHANNEL_ID.test(cells[0] ?? '') && at(cells, 1)) {
    return {
      kind: 'comments',
      columns: { channelId: 0, created: 1, price: 2, commentId: 3, parentId: 4, videoId: 5, text: 6 },
      hasHeader: false,
    };
  }
  if (comments && n === 7 && at(cells, 2)) {
    return {
      kind: 'comments',
      columns: { commentId: 0, channelId: 1, created: 2, price: 3, parentId: 4, videoId: 5, text: 6 },
      hasHeader: false,
    };
  }
  if (comments && n === 9 && at(cells, 2)) {
    return {
      kind: 'comments',
      columns: { commentId: 0, channelId: 1, created: 2, price: 3, parentId: 4, postId: 5, videoId: 6, text: 7, topLevelId: 8 },
      hasHeader: false,
    };
  }
  return undefined;
}

/** The layout seen in a file's first bytes. */
export function sniffLayout(name: string, head: string): Layout | undefined {
  const first = headLines(head, 5).find((l) => l.trim() !== '');
  if (!first) return undefined;
  const cells = splitCsvLine(first);
  return layoutFromHeader(cells) ?? positionalLayout(name, cells);
}
