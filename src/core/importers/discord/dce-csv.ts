import type { ChannelRecord, IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import { ownCopy } from '../../util/text';
import type { DetectInput, Importer, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { discordCsvRows } from './discord-csv';
import { asUtcMs } from '../../util/time-keys';

const HEADER = ['authorid', 'author', 'date', 'content', 'attachments', 'reactions'];

/** DCE names files "Guild - Category - channel [channelId].csv"; a DM export's guild is "Direct Messages". */
export function channelFromFileName(path: string): ChannelRecord {
  const base = (path.split('/').pop() ?? path).replace(/\.csv$/i, '');
  const id = /\[(\d+)\]\s*(?:\[part \d+\])?$/.exec(base)?.[1];
  const name = base.replace(/\s*\[(?:\d+|part \d+)\]/g, '').trim();
  const dm = /^Direct Messages - /i.test(name);
  return {
    key: id ?? `csv:${stableHash(name)}`,
    kind: dm ? 'dm' : 'channel',
    name: name.replace(/^Direct Messages - (?:Private - )?/i, '') || name,
  };
}

/** "👍 (3),❤️ (1)" → 4. */
export function reactionTotal(field: string): number {
  let total = 0;
  for (const m of field.matchAll(/\((\d+)\)(?:,|$)/g)) total += Number(m[1]);
  return total;
}

async function importDceCsv(file: InputFile, sink: ImportSink): Promise<void> {
  const channel = channelFromFileName(file.path);
  const seen = new HashCounter();
  const authors = new Set<string>();
  let row = 0;
  let reacted = 0;
  let sawBrand = false;
  let width = 0;
  try {
    for await (const rows of discordCsvRows(file))
      for (const rec of rows) {
        row++;
        if (row === 1) {
          if (
            rec
              .slice(0, 4)
              .map((h) => h.trim().toLowerCase())
              .join(',') !== HEADER.slice(0, 4).join(',')
          ) {
            throw new ImportError('import.header-mismatch', {
              file: file.path,
              expected: 'AuthorID,Author,Date,Content,… (DiscordChatExporter CSV)',
            });
          }
          width = rec.length;
          continue;
        }
        if (rec.length !== width) throw new ImportError('import.ragged-row', { file: file.path, row, found: rec.length, expected: width });
        const [authorId = '', authorName = '', date = '', content = '', attachments = '', reactions = ''] = rec;
        if (authorId === '') throw new ImportError('import.row-no-field', { file: file.path, row, field: 'author id' });
        const at = asUtcMs(Date.parse(date));
        if (Number.isNaN(at))
          throw new ImportError('import.unreadable-time', { file: file.path, record: 'row', id: String(row), field: 'date', value: date });
        // "name#1234" for old-style usernames; the discriminator is not part of the name people see.
        const author: IdentityRef = { handle: authorId, name: authorName.replace(/#\d{4}$/, '') || authorId };
        if (!authors.has(authorId)) {
          // A copy: the id is cut from a chunk of the file, which the set would otherwise keep whole.
          authors.add(ownCopy(authorId));
          sawBrand ||= sink.isBrand(author);
        }
        const hash = stableHash(channel.key, authorId, at, content, attachments);
        const n = seen.next(hash);
        const base = `csv:${hash}`;
        const key = n === 1 ? base : `${base}#${n}`;
        sink.interaction({ key, kind: channel.kind === 'dm' ? 'dm' : 'message', at, author, channel, text: content || undefined });
        const total = reactionTotal(reactions);
        if (total > 0) {
          reacted++;
          sink.content({ key, kind: 'post', at, author, text: content || undefined });
          sink.contentMetric({ contentKey: key, metric: 'reactions', value: total });
        }
        sink.checkpoint();
      }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('import.broken-csv', { file: file.path, kind: 'CSV', detail: (err as Error).message });
  }
  if (row === 0) throw new ImportError('import.empty', { file: file.path });
  if (reacted > 0)
    sink.warn(
      `${reacted} message(s) have reaction counts only (the CSV export names no reactors): counted per message, not as member interactions`,
    );
  sink.warn('the CSV export has no message ids, replies or mentions: prefer the JSON export (keys are built from author, time and text)');
  if (!sawBrand)
    sink.warn('no author name matches a brand name (--brand): messages count as inbound unless their account is already a brand identity');
}

export const dceCsvImporter: Importer = {
  format: 'discord.dce.csv',
  platform: 'discord',
  label: 'DiscordChatExporter CSV export',
  coverage: {
    shows: ['messages with author, time and text', 'reaction counts per message'],
    lacks: ['message ids (keys are built from author, time and text)', 'replies', 'mentions', 'who reacted', 'joins', 'bot flags'],
  },
  detect(f: DetectInput): number {
    if (!/\.csv$/i.test(f.name)) return 0;
    const first = f.head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return /^"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?/i.test(first) ? 0.95 : 0;
  },
  import: importDceCsv,
};
