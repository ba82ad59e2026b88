import type { InteractionKind } from '../../domain/kinds';
import type { IdentityRef, InteractionRecord } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import { stripBom } from '../../util/lines';
import { readUtcWall } from '../generic/timestamps';
import type { Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { absentCategories, CATEGORIES, find, holdsAny } from './categories';
import { DeletedAccounts } from './deleted-accounts';
import { detectTikTok } from './detect';
import { field, isObject, type Json, type JsonObject, list, section, text, videoIdOf } from './json-access';
import { type Chat, chatsOf, findOwner } from './owner';
import type { UtcMs } from '../../util/time-keys';

/** Sections of a TikTok export that Cercle does not read: a file holding only these is still TikTok's, with nothing to count. */
const OTHER_SECTIONS = [
  'Your Activity',
  'Activity',
  'Likes and Favorites',
  'Profile And Settings',
  'Watch History',
  'Video Browsing History',
  'Searches',
  'Profile Info',
  'Profile',
];

const FALLBACK_OWNER: IdentityRef = { handle: 'tiktok-account-owner', name: 'TikTok account owner' };

class Writer {
  private readonly seen = new HashCounter();
  badDates = 0;
  written = 0;

  constructor(
    private readonly sink: ImportSink,
    readonly owner: IdentityRef,
  ) {}

  /** Same-second duplicates are kept (three identical shares are three shares), numbered in file order. */
  key(...parts: (string | number | undefined)[]): string {
    const base = stableHash('tiktok', ...parts);
    const n = this.seen.next(base);
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

/**
 * One DM thread. A message with no sender comes from a deleted account, as does the whole other side of a
 * "Chat History with :" thread: kept under the chat's anonymous member. Named chats keep the keys they
 * always had, so re-importing an older import's file adds nothing.
 */
function writeChat(w: Writer, chat: Chat, deleted: DeletedAccounts): void {
  const owner = w.owner;
  const anonymousPeer = chat.group || chat.peer ? undefined : deleted.of(chat);
  const peerKey = anonymousPeer?.handle ?? chat.peer;
  const channel = {
    key: `chat:${peerKey}`,
    kind: chat.group ? ('group' as const) : ('dm' as const),
    name: chat.group ? `Group chat ${chat.peer.replace(/^group_chat_/i, '')}` : peerKey,
  };
  const peer: IdentityRef | undefined = chat.group ? undefined : (anonymousPeer ?? { handle: chat.peer, name: chat.peer });
  for (const m of chat.messages) {
    const at = w.time(m, 'Date');
    if (at === undefined) continue;
    const from = text(m, 'From');
    const body = text(m, 'Content');
    let author: IdentityRef;
    if (!from) {
      author = deleted.of(chat);
      deleted.messages++;
    } else author = from === owner.handle ? owner : { handle: from, name: from };
    w.write({
      key: w.key('dm', peerKey, at, from ?? author.handle, body),
      kind: 'dm',
      at,
      author,
      channel,
      threadKey: channel.key,
      target: author === owner ? peer : undefined,
      text: body,
    });
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
  if (!found.owner)
    sink.warn(
      `the account's username is not in this export (${found.from === 'ambiguous' ? 'several possible senders' : 'no profile, no direct messages'}): its own actions are attributed to "TikTok account owner"; pass --brand to name it`,
    );
  sink.declareBrand(owner);
  const w = new Writer(sink, owner);

  // Comments the owner wrote (old exports: Comment.CommentsList directly).
  for (const c of list(find(data, CATEGORIES.comments), 'CommentsList')) {
    const at = w.time(c, 'date', 'Date');
    if (at === undefined) continue;
    const body = text(c, 'comment', 'Comment');
    const link = text(c, 'url', 'link');
    w.write({
      key: w.key('comment', at, body, link),
      kind: 'comment',
      at,
      author: owner,
      direction: 'outbound',
      contentKey: w.video(link),
      text: body,
    });
  }

  const deleted = new DeletedAccounts();
  for (const chat of chats) writeChat(w, chat, deleted);

  // Own posts: Likes is the only per-post metric. The CDN link expires, so the post is keyed by its date.
  for (const p of list(find(data, CATEGORIES.posts), 'VideoList')) {
    const at = w.time(p, 'Date');
    if (at === undefined) continue;
    const link = text(p, 'Link') ?? '';
    const key = `post:${text(p, 'Date')}`;
    sink.content({ key, kind: /photomode|\n/.test(link) ? 'post' : 'video', at, author: owner, title: text(p, 'Title') });
    const likes = Number((text(p, 'Likes') ?? 'NaN').replace(/[,\s]/g, ''));
    if (Number.isFinite(likes)) sink.contentMetric({ contentKey: key, metric: 'likes', value: likes });
  }

  for (const f of list(find(data, CATEGORIES.followers), 'FansList')) {
    const at = w.time(f, 'Date');
    const user = text(f, 'UserName');
    if (at === undefined || !user) continue;
    w.write({
      key: w.key('follower', user, at),
      kind: 'follow',
      at,
      author: { handle: user, name: user },
      direction: 'inbound',
      target: owner,
    });
  }
  for (const f of list(find(data, CATEGORIES.following), 'Following')) {
    const at = w.time(f, 'Date');
    const user = text(f, 'UserName');
    if (at === undefined || !user) continue;
    w.write({
      key: w.key('following', user, at),
      kind: 'follow',
      at,
      author: owner,
      direction: 'outbound',
      target: { handle: user, name: user },
    });
  }

  w.ownerAction('like', list(find(data, CATEGORIES.likes), 'ItemFavoriteList'), 'like');
  w.ownerAction('save', list(find(data, CATEGORIES.favourites), 'FavoriteVideoList'), 'favorite');
  w.ownerAction('share', list(find(data, CATEGORIES.shares), 'ShareHistoryList'), 'share');

  // Comments and questions the owner wrote in other accounts' LIVEs.
  const lives = field(find(data, CATEGORIES.lives), 'WatchLiveMap');
  if (isObject(lives)) {
    for (const [room, live] of Object.entries(lives)) {
      const content = `live:${room}`;
      sink.content({ key: content, kind: 'live' });
      for (const [items, time, body] of [
        [list(live, 'Comments'), 'CommentTime', 'CommentContent'],
        [list(live, 'Questions'), 'QuestionTime', 'QuestionContent'],
      ] as const) {
        for (const c of items) {
          const at = w.time(c, time);
          if (at === undefined) continue;
          const said = text(c, body);
          w.write({
            key: w.key('live', room, at, said),
            kind: 'comment',
            at,
            author: owner,
            direction: 'outbound',
            contentKey: content,
            text: said,
          });
        }
      }
    }
  }

  if (w.badDates > 0) sink.warn(`${w.badDates} item(s) without a readable date were left out`);
  if (deleted.messages > 0) {
    sink.warn(
      `${deleted.messages} direct message(s) from deleted accounts (no sender name) kept under an anonymous member per chat ("deleted account (chat 1)"…, ${deleted.chats} chat(s))`,
    );
  }
  if (!holdsAny(data) && !section(data, ...OTHER_SECTIONS)) throw new ImportError('import.tiktok-nothing', { file: file.path });
  // A partial export (categories picked when requesting the data) is imported for what it holds; what
  // it lacks is said, since the metrics would otherwise read a missing category as no activity.
  const absent = absentCategories(data);
  if (absent.length > 0)
    sink.warn(
      `partial export: this file holds no ${absent.join(', ')} (not requested, or under names Cercle does not know), so none are counted`,
    );
}

export const tiktokImporter: Importer = {
  format: 'tiktok.json',
  platform: 'tiktok',
  label: 'TikTok data export (user_data_tiktok.json)',
  coverage: {
    shows: [
      'direct messages in both directions (second-precision UTC time)',
      "comments the account wrote, and its comments in others' LIVEs",
      'followers and following with the date',
      'likes, favourites and shares the account gave',
      'likes received per own post',
    ],
    lacks: [
      "comments received on the account's videos",
      'who liked, saved or shared its videos',
      'views and shares per video',
      'unfollows',
      "categories not chosen when the data was requested (a partial export): the import's warnings name them",
      'the names of deleted accounts (their messages count under one anonymous member per chat)',
    ],
  },
  detect: detectTikTok,
  import: importTikTok,
};
