import type { ChannelRecord } from '../../domain/records';
import { JsonArrayStream, JsonStreamError } from '../../util/json-stream';
import type { DetectInput, Importer, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { channelKindOf, type DceMessage, DceMessageMapper } from './dce-messages';
import { asUtcMs } from '../../util/time-keys';

interface DceChannel {
  id?: unknown;
  type?: unknown;
  name?: unknown;
}

export function dceChannel(guild: unknown, channel: unknown): ChannelRecord | undefined {
  const c = channel as DceChannel | undefined;
  if (!c || typeof c.id !== 'string') return undefined;
  const g = guild as { id?: unknown; name?: unknown } | undefined;
  const name = typeof c.name === 'string' ? c.name : c.id;
  const inGuild = g && g.id !== '0' && typeof g.name === 'string';
  return { key: c.id, kind: channelKindOf(c.type), name: inGuild ? `${String(g.name)} #${name}` : name };
}

function checkMessage(file: InputFile, v: unknown, n: number): DceMessage {
  const m = v as Partial<DceMessage> | null;
  if (
    !m ||
    typeof m !== 'object' ||
    typeof m.id !== 'string' ||
    typeof m.timestamp !== 'string' ||
    !m.author ||
    typeof m.author.id !== 'string'
  ) {
    throw new ImportError('import.dce-not-message', { file: file.path, n });
  }
  return m as DceMessage;
}

async function importDceJson(file: InputFile, sink: ImportSink): Promise<void> {
  let mapper: DceMessageMapper | undefined;
  let n = 0;
  const stream: JsonArrayStream = new JsonArrayStream(
    { arrays: [['messages']], exactBigInts: false, keep: (p) => p === 'guild' || p === 'channel' },
    (v) => {
      n++;
      const msg = checkMessage(file, v, n);
      if (!mapper) {
        // DCE writes guild and channel before the messages, so they are known by now.
        const channel = dceChannel(stream.properties.guild, stream.properties.channel);
        if (!channel) throw new ImportError('import.dce-no-channel', { file: file.path });
        mapper = new DceMessageMapper(sink, channel);
      }
      const at = asUtcMs(Date.parse(msg.timestamp));
      if (Number.isNaN(at))
        throw new ImportError('import.unreadable-time', {
          file: file.path,
          record: 'message',
          id: String(msg.id),
          field: 'timestamp',
          value: String(msg.timestamp),
        });
      mapper.add(msg, at);
      sink.checkpoint();
    },
  );
  try {
    for await (const chunk of file.chunks()) stream.feed(chunk);
    stream.end();
  } catch (err) {
    if (err instanceof JsonStreamError) throw new ImportError('import.broken-json', { file: file.path, detail: err.message });
    throw err;
  }
  if (!stream.seen[0]) throw new ImportError('import.dce-no-messages', { file: file.path });
  mapper?.finish();
}

export const dceJsonImporter: Importer = {
  format: 'discord.dce.json',
  platform: 'discord',
  label: 'DiscordChatExporter JSON export',
  coverage: {
    shows: [
      'every message of the exported channel with author, time and text',
      'replies (reply chains as threads, replied author as target)',
      'mentions',
      'reactions with the reacting users (DiscordChatExporter 2.40+), else a count per message',
      'server joins (GuildMemberJoin) and group DM arrivals/departures',
    ],
    lacks: [
      'reaction times (taken as the time of the message reacted to)',
      'edit history (only the last text)',
      'bots (left out)',
      'deleted messages',
      'members who never wrote, reacted or joined within the exported range',
    ],
  },
  detect(f: DetectInput): number {
    if (!/\.json$/i.test(f.name)) return 0;
    const head = f.head.replace(/^\uFEFF/, '');
    if (/^\s*\{\s*"guild"\s*:\s*\{/.test(head) && /"channel"\s*:\s*\{/.test(head)) return 0.95;
    return 0;
  },
  import: importDceJson,
};
