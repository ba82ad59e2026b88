import type { ChannelKind } from '../../domain/kinds';
import type { ChannelRecord, IdentityRef } from '../../domain/records';
import { readJsonArrays } from '../../util/json-stream';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { discordCsvRows } from './discord-csv';
import { asUtcMs, type UtcMs } from '../../util/time-keys';

/**
 * Discord's own "Request my data" package (formats.md §5.2): `Messages/c<channelId>/messages.json|csv` with a
 * `channel.json` beside it, `Messages/index.json` naming channels, `Account/user.json` naming the requester.
 * Folder names are matched by structure (older packages are lowercase, some localised, and before 2022 the
 * channel folder had no `c`).
 */
const MESSAGES_FILE = /(^|\/)[^/]+\/c?(\d+)\/messages\.(json|csv)$/i;

interface PackageChannel {
  id?: unknown;
  type?: unknown;
  name?: unknown;
  guild?: { id?: unknown; name?: unknown } | null;
  recipients?: unknown;
}

function kindOf(type: unknown): ChannelKind {
  if (type === 'DM' || type === 1) return 'dm';
  if (type === 'GROUP_DM' || type === 3) return 'group';
  if (type === 'GUILD_FORUM' || type === 15) return 'forum';
  return 'channel';
}

/** A small package JSON (user.json, channel.json, index.json), its 64-bit "id" numbers read as exact strings. */
async function readJson(file: InputFile | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse((await file.text()).replace(/(?<!\\)("id"\s*:\s*)(\d{16,})(?=\s*[,}\]])/gi, '$1"$2"'));
  } catch (err) {
    throw new ImportError('import.broken-json-small', { file: file.path, detail: (err as Error).message.split('\n')[0]! });
  }
}

/** A file in the same folder as this one (channel.json beside messages.json). */
function sibling(ctx: ImportContext, file: InputFile, name: string): InputFile | undefined {
  const dir = file.innerPath.slice(0, file.innerPath.lastIndexOf('/') + 1);
  return ctx.files.find((f) => f.innerPath === dir + name);
}

async function owner(ctx: ImportContext, file: InputFile, sink: ImportSink): Promise<IdentityRef> {
  const m = MESSAGES_FILE.exec(file.innerPath)!;
  const root = file.innerPath.slice(0, m.index + m[1]!.length);
  const userFile = ctx.files.find((f) => f.innerPath.startsWith(root) && /^[^/]+\/user\.json$/i.test(f.innerPath.slice(root.length)));
  const user = (await readJson(userFile)) as { id?: unknown; username?: unknown; global_name?: unknown } | undefined;
  if (user && (typeof user.id === 'string' || typeof user.id === 'number')) {
    const name =
      typeof user.global_name === 'string' && user.global_name
        ? user.global_name
        : typeof user.username === 'string'
          ? user.username
          : String(user.id);
    return { handle: String(user.id), name };
  }
  sink.warn(
    'Account/user.json not found beside the messages: the account owner has no Discord id here and will not merge with DiscordChatExporter exports',
  );
  return { handle: 'discord-package-owner', name: 'Discord account owner' };
}

async function channelOf(
  ctx: ImportContext,
  file: InputFile,
  channelId: string,
  me: IdentityRef,
): Promise<{ channel: ChannelRecord; recipient: IdentityRef | undefined }> {
  const info = ((await readJson(sibling(ctx, file, 'channel.json'))) ?? {}) as PackageChannel;
  const parent = file.innerPath.replace(/[^/]+\/[^/]+$/, '');
  const index = (await readJson(ctx.files.find((f) => f.innerPath === `${parent}index.json`))) as Record<string, unknown> | undefined;
  const listed = typeof index?.[channelId] === 'string' ? (index[channelId] as string) : undefined;
  const kind = kindOf(info.type);
  const guild = info.guild && typeof info.guild.name === 'string' ? info.guild.name : undefined;
  const own = typeof info.name === 'string' && info.name ? info.name : undefined;
  const channel: ChannelRecord = { key: channelId, kind, name: own && guild ? `${guild} #${own}` : (own ?? listed ?? channelId) };
  if (kind !== 'dm' || !Array.isArray(info.recipients)) return { channel, recipient: undefined };
  const ids = info.recipients.map((r) => String(typeof r === 'object' && r !== null ? (r as { id?: unknown }).id : r));
  const other = ids.find((id) => id !== me.handle);
  // "Direct Message with alice#0000": the only place the package names the other person.
  const name = /^Direct Message with (.+?)(?:#\d{4})?$/.exec(listed ?? '')?.[1];
  return { channel, recipient: other ? { handle: other, name: name ?? other } : undefined };
}

/** "2025-01-16 18:47:37" (UTC, unmarked) and "2021-03-01 12:34:56.123000+00:00". */
export function packageTime(s: string): UtcMs {
  const iso = s.trim().replace(' ', 'T');
  return asUtcMs(Date.parse(/(?:Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`));
}

async function importPackage(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const m = MESSAGES_FILE.exec(file.innerPath);
  if (!m) throw new ImportError('import.discord-package-folder', { file: file.path });
  const me = await owner(ctx, file, sink);
  sink.declareBrand(me);
  const { channel, recipient } = await channelOf(ctx, file, m[2]!, me);
  const kind = channel.kind === 'dm' ? 'dm' : 'message';
  const add = (id: string, time: string, text: string) => {
    const at = packageTime(time);
    if (Number.isNaN(at))
      throw new ImportError('import.unreadable-time', {
        file: file.path,
        record: 'message',
        id: String(id),
        field: 'Timestamp',
        value: String(time),
      });
    sink.interaction({ key: id, kind, at, author: me, direction: 'outbound', channel, target: recipient, text: text || undefined });
    sink.checkpoint();
  };
  try {
    if (m[3]!.toLowerCase() === 'json') {
      let n = 0;
      // IDs are bare 64-bit numbers here: the reader hands them over as exact digit strings.
      await readJsonArrays(file.chunks(), { arrays: [[]] }, (v) => {
        n++;
        const r = v as { ID?: unknown; Timestamp?: unknown; Contents?: unknown } | null;
        if (!r || typeof r !== 'object' || (typeof r.ID !== 'string' && typeof r.ID !== 'number') || typeof r.Timestamp !== 'string') {
          throw new ImportError('import.discord-package-message', { file: file.path, n });
        }
        add(String(r.ID), r.Timestamp, typeof r.Contents === 'string' ? r.Contents : '');
      });
    } else {
      let row = 0;
      for await (const rows of discordCsvRows(file))
        for (const rec of rows) {
          row++;
          if (row === 1) {
            if (
              rec
                .slice(0, 2)
                .map((h) => h.trim().toLowerCase())
                .join(',') !== 'id,timestamp'
            )
              throw new ImportError('import.header-mismatch', { file: file.path, expected: 'ID,Timestamp,Contents,Attachments' });
            continue;
          }
          if (rec.length < 2 || !/^\d+$/.test(rec[0]!))
            throw new ImportError('import.row-no-field', { file: file.path, row, field: 'message ID' });
          add(rec[0]!, rec[1]!, rec[2] ?? '');
        }
      if (row === 0) throw new ImportError('import.empty', { file: file.path });
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('import.broken-csv', { file: file.path, kind: m[3]!.toUpperCase(), detail: (err as Error).message });
  }
}

export const dataPackageImporter: Importer = {
  format: 'discord.package',
  platform: 'discord',
  label: 'Discord data package (Request my data) messages',
  coverage: {
    shows: [
      "the account owner's own messages with time, text and channel (outbound, by the brand)",
      'the other person of a DM (from channel.json)',
    ],
    lacks: [
      "everyone else's messages (the package holds only what its owner sent)",
      'replies, reactions and mentions',
      'members, joins and any inbound activity',
    ],
  },
  detect(f: DetectInput): number {
    const m = MESSAGES_FILE.exec(f.innerPath);
    if (!m) return 0;
    const head = f.head.replace(/^\uFEFF/, '').trimStart();
    if (m[3]!.toLowerCase() === 'json') return head.startsWith('[') ? 0.9 : 0;
    // Discord writes the header bare; a file re-saved by a spreadsheet quotes it.
    return /^"?ID"?,"?Timestamp"?,"?Contents"?/i.test(head) ? 0.9 : 0;
  },
  import: importPackage,
};
