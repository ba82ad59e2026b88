import type { ImportContext, ImportSink, InputFile } from '../../types';
import { isObject, readMetaJson } from '../shared/json-input';
import { isHtml, unknownLayout } from '../shared/list-file';
import { resolveOwner, type Family } from '../shared/owner';
import { emitThread, emptyStats, type EmitStats } from './emit-thread';
import { NOTICE_TOPICS, type NoticeTopic } from './notice-patterns';
import type { DmThread } from './thread';
import { threadFromHtml } from './thread-html';
import { threadFromJson, threadsFromFlatJson } from './thread-json';

/** A DM thread file (Instagram or Messenger, JSON or HTML, or the 2018–20 messages.json). */
export async function importMessages(file: InputFile, sink: ImportSink, ctx: ImportContext, family: Family): Promise<void> {
  const tag = family === 'instagram' ? 'ig' : 'fb';
  let threads: DmThread[];
  if (isHtml(file)) {
    const { thread, badTimes } = await threadFromHtml(file, ctx.timezone);
    threads = [thread];
    sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
    if (badTimes > 0) sink.warn(`${badTimes} message(s) without a readable time were left out`);
  } else {
    const root = await readMetaJson(file);
    if (Array.isArray(root)) threads = threadsFromFlatJson(root);
    else if (isObject(root) && Array.isArray(root.messages)) threads = [threadFromJson(root, file.innerPath)];
    else throw unknownLayout(file, 'dm-thread', root);
  }
  const owner = await resolveOwner(file, ctx, sink, family);
  const total: EmitStats = emptyStats();
  for (const t of threads) {
    const s = emitThread(t, owner, sink, tag);
    total.messages += s.messages;
    total.fillers += s.fillers;
    total.reactions += s.reactions;
    for (const topic of NOTICE_TOPICS) total.notices[topic] += s.notices[topic];
    total.joins += s.joins;
    total.leaves += s.leaves;
  }
  if (total.fillers > 0)
    sink.warn(`${total.fillers} notice line(s) ("Liked a message", reaction notices, calls, group events…) are not counted as messages`);
  const notices = noticeBreakdown(total);
  if (notices) sink.warn(notices);
  if (!owner.known) sink.warn('the account owner is unknown (no profile file, no --brand match): every message is counted as inbound');
}

const TOPIC_LABELS: Record<NoticeTopic, string> = {
  group: 'group event(s)',
  poll: 'poll notice(s)',
  call: 'call notice(s)',
  connection: 'connection notice(s)',
};

/** What the thread notices were, so a user can see why a group's message count dropped. */
function noticeBreakdown(total: EmitStats): string | undefined {
  const parts = NOTICE_TOPICS.filter((t) => total.notices[t] > 0).map((t) => {
    const recorded =
      t === 'group' && total.joins + total.leaves > 0 ? ` (${total.joins} join(s) and ${total.leaves} leave(s) recorded)` : '';
    return `${total.notices[t]} ${TOPIC_LABELS[t]}${recorded}`;
  });
  return parts.length > 0 ? `thread notices left out of messages: ${parts.join(', ')}` : undefined;
}
