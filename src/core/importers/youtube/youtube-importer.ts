import type { IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { type CsvRecord, isBlankRecord, readCsvFile } from '../csv';
import { RowTally } from '../generic/row-tally';
import { readIso } from '../generic/timestamps';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { readCommentText } from './comment-text';
import { type Layout, layoutFromHeader, positionalLayout, sniffLayout, type YouTubeColumn, type YouTubeFileKind } from './layouts';

interface Table {
  layout: Layout;
  rows: CsvRecord[];
}

async function readTable(file: InputFile, kind: YouTubeFileKind): Promise<Table> {
  const records = (await readCsvFile(file, { delimiter: ',' })).filter((r) => !isBlankRecord(r));
  const first = records[0];
  if (!first) throw new ImportError('import.empty', { file: file.path });
  const name = file.innerPath.split('/').pop() ?? file.path;
  const layout = layoutFromHeader(first.fields) ?? positionalLayout(name, first.fields);
  if (!layout || layout.kind !== kind)
    throw new ImportError('import.youtube-header', {
      file: file.path,
      layout: kind === 'comments' ? 'comments' : 'live chats',
      found: first.fields.slice(0, 4).join(',').slice(0, 80),
    });
  return { layout, rows: layout.hasHeader ? records.slice(1) : records };
}

function cellOf(layout: Layout) {
  return (r: CsvRecord, col: YouTubeColumn) => {
    const i = layout.columns[col];
    return i === undefined ? '' : (r.fields[i] ?? '').trim();
  };
}

/** The channel whose Takeout this is: every row's Channel ID, declared as the brand once each. */
function brandChannels(sink: ImportSink) {
  const declared = new Map<string, IdentityRef>();
  return (channelId: string): IdentityRef => {
    let ref = declared.get(channelId);
    if (!ref) {
      ref = { handle: channelId };
      sink.declareBrand(ref);
      declared.set(channelId, ref);
    }
    return ref;
  };
}

/**
 * comments.csv: comments the channel wrote. On a brand channel most are replies to viewers: the
 * reply's parent is the viewer's comment, whose text and author Takeout leaves out, so only its id
 * is kept (replyToKey).
 */
async function importComments(file: InputFile, sink: ImportSink, _ctx: ImportContext): Promise<void> {
  const { layout, rows } = await readTable(file, 'comments');
  const cell = cellOf(layout);
  const brand = brandChannels(sink);
  const tally = new RowTally();
  let unparsed = 0;
  let paid = 0;
  for (const r of rows) {
    const id = cell(r, 'commentId');
    const channelId = cell(r, 'channelId');
    const at = readIso(cell(r, 'created'), 'UTC').at;
    if (!Number.isFinite(at) || channelId === '') {
      if (channelId === '') tally.skip(r, 'no-channel-id');
      else tally.skip(r, 'unreadable-timestamp', cell(r, 'created').slice(0, 40));
      continue;
    }
    const body = readCommentText(cell(r, 'text'));
    if (!body.parsed) unparsed++;
    const parent = cell(r, 'parentId') || undefined;
    const video = cell(r, 'videoId');
    const post = cell(r, 'postId');
    let contentKey: string | undefined;
    if (video) {
      contentKey = video;
      sink.content({ key: video, kind: 'video', url: `https://www.youtube.com/watch?v=${video}` });
    } else if (post) {
      contentKey = post;
      sink.content({ key: post, kind: 'post', url: `https://www.youtube.com/post/${post}` });
    }
    if (Number(cell(r, 'price') || '0') > 0) paid++;
    const mention = body.mentions[0];
    sink.interaction({
      key: id || `comment:${stableHash(channelId, at, video, post, body.text)}`,
      kind: parent ? 'reply' : 'comment',
      at,
      author: brand(channelId),
      direction: 'outbound',
      contentKey,
      replyToKey: parent,
      // A reply's id is `<top-level id>.<suffix>`: the thread is the top-level comment.
      threadKey: cell(r, 'topLevelId') || parent || (id ? id.split('.')[0] : undefined),
      target: mention ? { handle: mention.channelId, name: mention.name || undefined } : undefined,
      text: body.text || undefined,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
  warnUnparsed(sink, unparsed);
  if (paid > 0) sink.warn(`${paid} comment(s) carry a price (Super Thanks): the amount is not stored`);
}

/** live chats.csv: messages the channel wrote in live chats (its own streams' or others'). */
async function importLiveChats(file: InputFile, sink: ImportSink, _ctx: ImportContext): Promise<void> {
  const { layout, rows } = await readTable(file, 'liveChats');
  const cell = cellOf(layout);
  const brand = brandChannels(sink);
  const tally = new RowTally();
  let unparsed = 0;
  const superChats = new Map<string, number>();
  for (const r of rows) {
    const id = cell(r, 'liveChatId');
    const channelId = cell(r, 'channelId');
    const at = readIso(cell(r, 'liveCreated'), 'UTC').at;
    if (!Number.isFinite(at) || channelId === '') {
      if (channelId === '') tally.skip(r, 'no-channel-id');
      else tally.skip(r, 'unreadable-timestamp', cell(r, 'liveCreated').slice(0, 40));
      continue;
    }
    const body = readCommentText(cell(r, 'liveText'));
    if (!body.parsed) unparsed++;
    const video = cell(r, 'videoId');
    if (video) sink.content({ key: video, kind: 'live', url: `https://www.youtube.com/watch?v=${video}` });
    const price = Number(cell(r, 'price') || '0');
    if (price > 0) {
      const currency = cell(r, 'currency') || '(currency not given)';
      superChats.set(currency, (superChats.get(currency) ?? 0) + price);
    }
    const channel = { key: `live:${video || 'unknown'}`, kind: 'channel' as const, name: `Live chat ${video}` };
    sink.interaction({
      key: id || `live:${stableHash(channelId, at, video, body.text)}`,
      kind: 'message',
      at,
      author: brand(channelId),
      direction: 'outbound',
      channel,
      threadKey: channel.key,
      contentKey: video || undefined,
      text: body.text || undefined,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
  warnUnparsed(sink, unparsed);
  if (superChats.size > 0) {
    const totals = [...superChats].map(([c, v]) => `${Math.round(v * 100) / 100} ${c}`).join(', ');
    sink.warn(`Super Chats sent: ${totals} (amounts are not stored)`);
  }
}

function warnUnparsed(sink: ImportSink, n: number): void {
  if (n > 0) sink.warn(`${n} text(s) were not in Takeout's JSON form and were kept as written`);
}

function detectKind(kind: YouTubeFileKind) {
  return (f: DetectInput): number => {
    if (!/\.csv$/i.test(f.name)) return 0;
    const layout = sniffLayout(f.name, f.head);
    if (!layout || layout.kind !== kind) return 0;
    return layout.hasHeader ? 0.95 : 0.7;
  };
}

const NO_VIEWERS = "comments by viewers, including the parents of the channel's replies (Takeout holds only what the channel wrote)";

export const youtubeCommentsImporter: Importer = {
  format: 'youtube.comments.csv',
  platform: 'youtube',
  label: 'YouTube comments (Takeout comments.csv)',
  coverage: {
    shows: ['comments and replies the channel wrote, with video or post, thread and parent comment id', 'mentions of other channels'],
    lacks: [NO_VIEWERS, 'likes, views and subscribers (YouTube Studio exports)'],
  },
  detect: detectKind('comments'),
  import: importComments,
};

export const youtubeLiveChatsImporter: Importer = {
  format: 'youtube.live-chats.csv',
  platform: 'youtube',
  label: 'YouTube live chat messages (Takeout live chats.csv)',
  coverage: {
    shows: ['live chat messages the channel wrote, per stream, with Super Chat counts'],
    lacks: ['live chat messages by viewers', 'Super Chat amounts (listed in a warning only)'],
  },
  detect: detectKind('liveChats'),
  import: importLiveChats,
};
