import { stableHash } from '../../../util/hash';
import { threadFolder } from '../shared/archive';
import { arr, isObject, num, str, type JsonObject } from '../shared/json-input';
import { epochToMs, isoToMs } from '../shared/time';
import { isRequestFolder, isRequestPath } from './request-marks';
import type { DmMessage, DmShare, DmThread } from './thread';
import { asUtcMs } from '../../../util/time-keys';

const MEDIA_KEYS = ['photos', 'videos', 'audio_files', 'gifs', 'files'] as const;

/**
 * A message_N.json thread (Instagram 2021+ and Messenger): participants are display names. A request
 * says so by its folder or by `is_pending` (request-marks.ts).
 */
export function threadFromJson(root: JsonObject, innerPath: string): DmThread {
  const path = str(root.thread_path);
  const folderFromPath = path?.split('/').pop();
  const id = folderFromPath || threadFolder(innerPath) || stableHash('thread', innerPath);
  const participants = arr(root.participants)
    .map((p) => (isObject(p) ? str(p.name) : str(p)))
    .filter((n): n is string => !!n);
  const messages: DmMessage[] = [];
  for (const m of arr(root.messages)) {
    if (!isObject(m)) continue;
    const sender = str(m.sender_name);
    const ms = num(m.timestamp_ms);
    if (!sender || ms === undefined) continue;
    const at = asUtcMs(ms);
    let media = MEDIA_KEYS.reduce((n, k) => n + arr(m[k]).length, 0);
    if (isObject(m.sticker)) media++;
    messages.push({
      sender,
      at,
      content: str(m.content),
      share: shareOf(m.share),
      reactions: arr(m.reactions)
        .filter(isObject)
        .map((r) => ({
          reaction: str(r.reaction) ?? '',
          actor: str(r.actor) ?? '',
          at: num(r.timestamp) ? epochToMs(num(r.timestamp)!) : undefined,
        }))
        .filter((r) => r.actor !== ''),
      media,
      unsent: m.is_unsent === true,
      call: str(m.type) === 'Call' || m.call_duration !== undefined,
    });
  }
  const folder = path?.split('/')[0];
  const request = root.is_pending === true || isRequestFolder(folder) || isRequestPath(innerPath);
  return { id, title: str(root.title), participants, folder, request, messages };
}

function shareOf(v: unknown): DmShare | undefined {
  if (!isObject(v)) return undefined;
  return {
    link: str(v.link),
    text: str(v.share_text),
    owner: str(v.original_content_owner),
    profileUsername: str(v.profile_share_username),
  };
}

/**
 * The 2018–20 messages.json: one array of conversations, participants are usernames, `created_at` is
 * ISO, likes on a message are `likes: [{username, date}]` and story replies carry `story_share`.
 */
export function threadsFromFlatJson(root: unknown[]): DmThread[] {
  const out: DmThread[] = [];
  for (const conv of root) {
    if (!isObject(conv)) continue;
    const participants = arr(conv.participants)
      .map(str)
      .filter((n): n is string => !!n);
    const messages: DmMessage[] = [];
    for (const m of arr(conv.conversation)) {
      if (!isObject(m)) continue;
      const sender = str(m.sender);
      const created = str(m.created_at);
      if (!sender || !created) continue;
      const at = isoToMs(created);
      if (Number.isNaN(at)) continue;
      const link = str(m.media_share_url) ?? str(m.link);
      const text = str(m.text) ?? str(m.heart) ?? undefined;
      messages.push({
        sender,
        at,
        content: text,
        share: link ? { link, owner: str(m.media_owner), text: str(m.media_share_caption) } : undefined,
        reactions: arr(m.likes)
          .filter(isObject)
          .map((l) => ({ reaction: '❤️', actor: str(l.username) ?? '' }))
          .filter((r) => r.actor !== ''),
        media: str(m.media) || str(m.media_url) || m.voice_media !== undefined ? 1 : 0,
        storyReply: m.story_share !== undefined,
        call: m.video_call_action !== undefined,
      });
    }
    const id = stableHash('ig-flat-thread', [...participants].sort().join('|'));
    out.push({ id, participants, messages });
  }
  return out;
}
