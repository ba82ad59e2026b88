import type { IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import type { ImportContext, ImportSink, InputFile } from '../types';
import { RowTally } from '../generic/row-tally';
import { expectTable } from './activity';
import { archiveOf, takeMessages } from './archive';
import { readLinkedInDate } from './dates';
import { conversationKey, directionOf, messagePeople, messagesOwner } from './conversations';
import { personRef, recipients } from './people';
import { cell } from './table';
import type { CsvRecord } from '../csv';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Newer exports put HTML in CONTENT (`<p>…</p>`, links); the text is what the person wrote. */
export function messageText(raw: string): string {
  if (!/<\/?(?:p|br|a|div|span|strong|em|b|i)\b[^>]*>/i.test(raw)) return raw.trim();
  return raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .trim();
}

/**
 * messages.csv: every DM of the account, both sides. The owner (from the sibling files, else the
 * file's Direction, else the one person in every conversation, else a --brand name) is declared as
 * the brand, which makes the owner's messages outbound and everyone else's inbound. Where the file
 * has a Direction column (older exports), it says each message's side itself.
 */
export async function importMessages(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  // The archive reads this file for its people and owner: its table and people are taken from there, not read again.
  const archive = await archiveOf(ctx, (r) => sink.isBrand(r));
  const taken = takeMessages(archive, file.path);
  const t = taken?.table ?? (await expectTable(file, 'messages'));
  const rows = t.rows.filter((r) => !r.fields.every((f) => f.trim() === ''));
  t.rows = [];
  const mp = taken?.people ?? messagePeople(rows, t.columns);
  const { people, byConversation } = mp;
  const owner: IdentityRef | undefined = archive.owner ?? messagesOwner(rows, t.columns, mp, (r) => sink.isBrand(r));
  if (owner) sink.declareBrand(owner);
  else
    sink.warn(
      "the account owner could not be told from the conversations: pass --brand with the owner's name; until then every message counts as inbound",
    );

  const tally = new RowTally();
  const seen = new HashCounter();
  // Names by handle, and each conversation's display name, computed once: looking them up per message
  // scanned every person for every message (quadratic: 18 minutes for 1M messages).
  const nameOf = new Map<string, string>();
  for (const p of people.values()) if (!nameOf.has(p.handle) && p.name) nameOf.set(p.handle, p.name);
  const channelNames = new Map<string, string>();
  const channelName = (conv: string, members: Set<string> | undefined): string => {
    let name = channelNames.get(conv);
    if (name === undefined) {
      name = [...(members ?? [])]
        .filter((h) => h !== owner?.handle)
        .map((h) => nameOf.get(h) ?? h)
        .join(', ');
      channelNames.set(conv, name);
    }
    return name;
  };
  const outboundAuthors = new Set<string>();
  let drafts = 0;
  // Each row is let go once written: 1M rows are ~450 MB of heap, held to the end of the file otherwise.
  const pending: (CsvRecord | undefined)[] = rows;
  for (let i = 0; i < pending.length; i++) {
    const r = pending[i]!;
    pending[i] = undefined;
    if (/^(yes|true)$/i.test(cell(r, t.columns, 'isDraft'))) {
      drafts++;
      continue;
    }
    const date = readLinkedInDate(cell(r, t.columns, 'date'), ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', cell(r, t.columns, 'date').slice(0, 30));
      continue;
    }
    const author = personRef(cell(r, t.columns, 'from'), cell(r, t.columns, 'senderUrl'), people);
    if (!author) {
      tally.skip(r, 'no-sender');
      continue;
    }
    const to = recipients(r, t.columns, people);
    const conv = conversationKey(r, t.columns, author, to);
    const members = byConversation.get(conv);
    const isGroup = (members?.size ?? 0) > 2 || to.length > 1;
    const direction = directionOf(r, t.columns);
    const outbound = direction ? direction === 'outbound' : owner !== undefined && author.handle === owner.handle;
    // An OUTGOING message is the brand's whatever name it is sent under (a renamed page, a typo).
    if (direction === 'outbound' && !outboundAuthors.has(author.handle)) {
      outboundAuthors.add(author.handle);
      sink.declareBrand(author);
    }
    const title = cell(r, t.columns, 'conversationTitle');
    const channel = {
      key: `conversation:${conv}`,
      kind: isGroup ? ('group' as const) : ('dm' as const),
      name: title || channelName(conv, members) || undefined,
    };
    const text = messageText(cell(r, t.columns, 'content')) || cell(r, t.columns, 'subject');
    const hash = stableHash(conv, date.at, author.handle, text);
    const n = seen.next(hash);
    const base = `dm:${hash}`;
    sink.interaction({
      key: n === 1 ? base : `${base}#${n}`,
      kind: 'dm',
      at: date.at,
      author,
      channel,
      threadKey: channel.key,
      direction,
      target: !isGroup && outbound ? to[0] : undefined,
      text: text || undefined,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
  if (drafts > 0) sink.warn(`${drafts} unsent draft(s) left out`);
}
