import type { ImportContext, ImportSink, InputFile } from '../../types';
import { isObject, readMetaJson } from '../shared/json-input';
import { isHtml, unknownLayout } from '../shared/list-file';
import { resolveOwner, type Family } from '../shared/owner';
import { emitThread, type EmitStats } from './emit-thread';
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
  const total: EmitStats = { messages: 0, fillers: 0, reactions: 0 };
  for (const t of threads) {
    const s = emitThread(t, owner, sink, tag);
    total.messages += s.messages;
    total.fillers += s.fillers;
    total.reactions += s.reactions;
  }
  if (total.fillers > 0) sink.warn(`${total.fillers} notice line(s) ("Liked a message", reaction notices, calls, group events…) are not counted as messages`);
  if (!owner.known) sink.warn('the account owner is unknown (no profile file, no --brand match): every message is counted as inbound');
}
