import type { InteractionKind } from '../../domain/kinds';
import type { IdentityRef, InteractionRecord } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { stripBom } from '../../util/lines';
import { readUtcWall } from '../generic/timestamps';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { field, isObject, type Json, type JsonObject, list, section, text, videoIdOf } from './json-access';
import { chatsOf, findOwner } from './owner';
import type { UtcMs } from '../../util/time-keys';

/** Top-level groups of the JSON export, old and new; two of them in the first bytes mark the file. */
const GROUPS = ['"Your Activity"', '"Activity"', '"Direct Message"', '"Direct Messages"', '"Tiktok Live"', '"Likes and Favorites"', '"Profile And Settings"', '"App Settings"', '"Comment"', '"Video"', '"Post"'];

const FALLBACK_OWNER: IdentityRef = { handle: 'tiktok-account-owner', name: 'TikTok account owner' };

class Writer {
  private readonly seen = new Map<string, number>();
  badDates = 0;
  written = 0;

  constructor(
    private readonly sink: ImportSink,
    readonly owner: IdentityRef,
  ) {}

  /** Same-second duplicates are kept (three identical shares are three shares), numbered in file order. */
  key(...parts: (string | number | undefined)[]): string {
    const base = stableHash('tiktok', ...parts);
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }

  time(item: Json, ...names: string[]): UtcMs | undefined {
    const at = readUtcWall(text(item, ...names) ?? '');
    if (Number.isFinite(at)) return at;
    this.badDates++;
    return undefined;
  }

  write(rec: InteractionRecord): void {
    this.sink.interaction(rec);
    this.written++;
    this.sink.checkpoint();
  }

  video(link: string | undefined): string | undefined {
    const id = videoIdOf(link);
    if (id) this.sink.content({ key: id, kind: 'video', url: `https://www.tiktokv.com/share/video/${id}/` });
    return id;
  }

  /** An action of the owner on someone else's video: a like, a favourite, a share. */
  ownerAction(kind: InteractionKind, items: Json[], tag: string): void {
    for (const it of items) {
      const at = this.time(it, 'Date');
      if (at === undefined) continue;
      const link = text(it, 'Link', 'VideoLink');
      this.write({ key: this.key(tag, at, link), kind, at, author: this.owner, direction: 'outbound', contentKey: this.video(link) });
    }
  }
}

async function importTikTok(file: InputFile, sink: ImportSink, _ctx: ImportContext): Promise<void> {
  let root: unknown;
  try {
    root = JSON.parse(stripBom(await file.text()));
  } catch (err) {
    throw new ImportError('import.json-cut-short', { file: file.path, detail: (err as Error).message.slice(0, 80) });
  }
  if (!isObject(root)) throw new ImportError('import.tiktok-not-object', { file: file.path });
  const data = root as JsonObject;
  const chats = chatsOf(data);
  const found = findOwner(data, chats, sink);
  const owner = found.owner ?? FALLBACK_OWNER;
  if (!found.owner) sink.warn(`the account's username is not in this export (${found.from === 'ambiguous' ? 'several possible senders' : 'no profile, no direct messages'}): its own actions are attributed to "TikTok account owner"; pass --brand to name it`);
  sink.declareBrand(owner);
  const w = new Writer(sink, owner);

  // Comments the owner wrote (old exports: Comment.CommentsList directly).
  const comments = section(data, 'Comments');
  for (const c of list(comments, 'CommentsList').length ? list(comments, 'CommentsList') : list(field(data, 'Comment'), 'CommentsList')) {
    const at = w.time(c, 'date', 'Date');
    if (at === undefined) continue;
    const body = text(c, 'comment', 'Comment');
    const link = text(c, 'url', 'link');
    w.write({ key: w.key('comment', at, body, link), kind: 'comment', at, author: owner, direction: 'outbound', contentKey: w.video(link), text: body });
  }

  for (const chat of chats) {
    const channel = { key: `chat:${chat.peer}`, kind: chat.group ? ('group' as const) : ('dm' as const), name: chat.group ? `Group chat ${chat.peer.replace(/^group_chat_/i, '')}` : chat.peer };
    const peer: IdentityRef | undefined = chat.group ? undefined : { handle: chat.peer, name: chat.peer };
    for (const m of chat.messages) {
      const at = w.time(m, 'Date');
      const from = text(m, 'From');
      if (at === undefined || !from) continue;
      const body = text(m, 'Content');
      const author = from === owner.handle ? owner : { handle: from, name: from };
      w.write({ key: w.key('dm', chat.peer, at, from, body), kind: 'dm', at, author, channel, threadKey: channel.key, target: author === owner ? peer : undefined, text: body });
    }
  }

  // Own posts: Likes is the only per-post metric. The CDN link expires, so the post is keyed by its date.
  const posts = section(data, 'Posts', 'Videos');
  let postCount = 0;
  for (const p of list(posts, 'VideoList')) {
    const at = w.time(p, 'Date');
    if (at === undefined) continue;
    const link = text(p, 'Link') ?? '';
    const key = `post:${text(p, 'Date')}`;
    sink.content({ key, kind: /photomode|\n/.test(link) ? 'post' : 'video', at, author: owner, title: text(p, 'Title') });
    const likes = Number((text(p, 'Likes') ?? 'NaN').replace(/[,\s]/g, ''));
    if (Number.isFinite(likes)) sink.contentMetric({ contentKey: key, metric: 'likes', value: likes });
    postCount++;
  }

  for (const f of list(section(data, 'Follower', 'Follower List'), 'FansList')) {
    const at = w.time(f, 'Date');
    const user = text(f, 'UserName');
    if (at === undefined || !user) continue;
    w.write({ key: w.key('follower', user, at), kind: 'follow', at, author: { handle: user, name: user }, direction: 'inbound', target: owner });
  }
  for (const f of list(section(data, 'Following', 'Following List'), 'Following')) {
    const at = w.time(f, 'Date');
    const user = text(f, 'UserName');
    if (at === undefined || !user) continue;
    w.write({ key: w.key('following', user, at), kind: 'follow', at, author: owner, direction: 'outbound', target: { handle: user, name: user } });
  }

  w.ownerAction('like', list(section(data, 'Like List'), 'ItemFavoriteList'), 'like');
  w.ownerAction('save', list(section(data, 'Favorite Videos'), 'FavoriteVideoList'), 'favorite');
  w.ownerAction('share', list(section(data, 'Share History'), 'ShareHistoryList'), 'share');

  // Comments and questions the owner wrote in other accounts' LIVEs.
  const lives = field(section(data, 'Watch Live History'), 'WatchLiveMap');
  if (isObject(lives)) {
    for (const [room, live] of Object.entries(lives)) {
      const content = `live:${room}`;
      sink.content({ key: content, kind: 'live' });
      for (const [items, time, body] of [[list(live, 'Comments'), 'CommentTime', 'CommentContent'], [list(live, 'Questions'), 'QuestionTime', 'QuestionContent']] as const) {
        for (const c of items) {
          const at = w.time(c, time);
          if (at === undefined) continue;
          const said = text(c, body);
          w.write({ key: w.key('live', room, at, said), kind: 'comment', at, author: owner, direction: 'outbound', contentKey: content, text: said });
        }
      }
    }
  }

  if (w.badDates > 0) sink.warn(`${w.badDates} item(s) without a readable date were left out`);
  if (w.written === 0 && postCount === 0 && chats.length === 0 && !section(data, 'Your Activity', 'Activity', 'Likes and Favorites')) {
    throw new ImportError('import.tiktok-nothing', { file: file.path });
  }
}

export const tiktokImporter: Importer = {
  format: 'tiktok.json',
  platform: 'tiktok',
  label: 'TikTok data export (user_data_tiktok.json)',
  coverage: {
    shows: [
      'direct messages in both directions (second-precision UTC time)',
      'comments the account wrote, and its comments in others\' LIVEs',
      'followers and following with the date',
      'likes, favourites and shares the account gave',
      'likes received per own post',
    ],
    lacks: ['comments received on the account\'s videos', 'who liked, saved or shared its videos', 'views and shares per video', 'unfollows'],
  },
  detect(f: DetectInput): number {
    if (!/\.json$/i.test(f.name)) return 0;
    const head = stripBom(f.head).trimStart();
    if (!head.startsWith('{')) return 0;
    const groups = GROUPS.filter((g) => head.includes(g)).length;
    if (/^user_data(_tiktok)?\.json$/i.test(f.name)) return groups > 0 || head.length < 3 ? 0.95 : 0.6;
    return groups >= 2 && /tiktok/i.test(head) ? 0.8 : groups >= 3 ? 0.6 : 0;
  },
  import: importTikTok,
};
