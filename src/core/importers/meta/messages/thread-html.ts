import type { InputFile } from '../../types';
import { threadFolder } from '../shared/archive';
import { find, findAll, hasClass, isNode, isTag, leafTexts, readHtmlBlocks, textOf, type HNode } from '../shared/html-blocks';
import { parseHtmlTime } from '../shared/time';
import { isRequestHeader, isRequestPath } from './request-marks';
import { splitReaction, type DmMessage, type DmShare, type DmThread } from './thread';
import { asUtcMs } from '../../../util/time-keys';

/**
 * An HTML DM thread page (formats.md §1.1): one block per message, the sender in an `h2` (2023+; a
 * div before), the time in `div._a6-o`, the body in `div._a6-p` whose inner div holds the text, the
 * shared post (caption, owner, link) and the reactions list `ul._a6-q`. The page header is the thread
 * title, i.e. the other party of a 1:1 thread. A message request page opens with a timeless status block
 * (request-marks.ts): it marks the thread, it is not a message.
 */
export async function threadFromHtml(file: InputFile, timezone: string): Promise<{ thread: DmThread; badTimes: number }> {
  const messages: DmMessage[] = [];
  let badTimes = 0;
  let pendingHeader = false;
  const page = await readHtmlBlocks(file, (block) => {
    const m = messageOf(block, timezone);
    if (m === 'request-header') pendingHeader = true;
    else if (m === 'bad-time') badTimes++;
    else if (m) messages.push(m);
  });
  const folder = threadFolder(file.innerPath);
  const participants = [...new Set([...(page.title ? [page.title] : []), ...messages.map((m) => m.sender)])];
  const thread: DmThread = {
    id: folder ?? file.innerPath,
    title: page.title,
    participants,
    folder: isRequestPath(file.innerPath) ? 'message_requests' : 'inbox',
    request: pendingHeader || isRequestPath(file.innerPath),
    messages,
    otherParty: page.title,
  };
  return { thread, badTimes };
}

function messageOf(block: HNode, timezone: string): DmMessage | 'bad-time' | 'request-header' | undefined {
  const senderNode = find(block, isTag('h2')) ?? find(block, hasClass('_a6-h'));
  const sender = senderNode ? textOf(senderNode).trim() : '';
  const timeNode = find(block, hasClass('_a6-o'));
  // The request status heading is no sender; and a message always has its time, so a timeless block
  // that reads as a request status is the page header too.
  if (isRequestHeader(sender) || (!timeNode && isRequestHeader(leafTexts(block).join(' ')))) return 'request-header';
  if (!sender) return undefined;
  const at = timeNode ? parseHtmlTime(textOf(timeNode).trim(), timezone) : asUtcMs(NaN);
  if (Number.isNaN(at)) return 'bad-time';
  const body = find(block, hasClass('_a6-p'));
  const reactions = body
    ? findAll(body, isTag('li'))
        .map((li) => splitReaction(textOf(li)))
        .filter((r): r is { reaction: string; actor: string } => !!r)
    : [];
  const parts = body ? (body.children.find(isNode)?.children.filter(isNode) ?? []) : [];
  let content: string | undefined;
  let share: DmShare | undefined;
  let media = 0;
  for (const part of parts) {
    if (find(part, isTag('ul')) || part.tag === 'ul') continue;
    const link = findAll(part, isTag('a')).find((a) => /^https?:\/\//i.test(a.attrs.href ?? ''));
    if (link) {
      const texts = leafTexts(part).filter((t) => t !== textOf(link).trim());
      share = { link: link.attrs.href, text: texts[0], owner: texts[1] && /^[A-Za-z0-9._]{1,30}$/.test(texts[1]) ? texts[1] : undefined };
      continue;
    }
    media += findAll(part, (n) => n.tag === 'img' || n.tag === 'video' || n.tag === 'audio').length;
    if (part.tag === 'img' || part.tag === 'video' || part.tag === 'audio') media++;
    const isLeaf = !part.children.some(isNode);
    const text = textOf(part).trim();
    if (content === undefined && isLeaf && text !== '') content = text;
  }
  return { sender, at, content, share, reactions, media };
}
