import type { IdentityRef } from '../../domain/records';
import type { ImportContext, ImportSink, InputFile } from '../types';
import { classifyHead, type LinkedInFileKind } from './files';
import { nameKey, profileHandle } from './links';
import { messagePeople, messagesOwner, type MessagePeople } from './conversations';
import { addPerson, type PeopleByName } from './people';
import { cell, readLinkedInTable, type LinkedInTable } from './table';

/**
 * What one LinkedIn export says about its owner and its people, read once from the sibling files of
 * the import: Shares, Comments and Reactions never name their author (it is the owner), and a reply
 * names its addressee only by display name. The owner is taken from Invitations (the invitee of an
 * INCOMING row), else messages (its Direction, or the one person in every conversation), else
 * Profile.csv's name.
 */
export interface LinkedInArchive {
  owner: IdentityRef | undefined;
  ownerFrom: 'invitations' | 'messages' | 'profile' | undefined;
  people: PeopleByName;
  /**
   * The messages.csv table read here and the people of its conversations, until that file's own import
   * takes them (takeMessages): at 1M messages, reading it twice cost a second parse of 116 MB, a second
   * 1M-row table and a second pass over its people.
   */
  messages: TakenMessages | undefined;
}

export interface TakenMessages {
  path: string;
  table: LinkedInTable;
  /** messagePeople of the table's rows (its blank rows add nobody). */
  people: MessagePeople;
}

/** What the archive read of messages.csv at `path`, handed over once. */
export function takeMessages(archive: LinkedInArchive, path: string): TakenMessages | undefined {
  const m = archive.messages;
  if (!m || m.path !== path) return undefined;
  archive.messages = undefined;
  return m;
}

/** By import (its context): what an import learnt of its archive goes with it. */
const cache = new WeakMap<ImportContext, Promise<LinkedInArchive>>();

/** The archive of this import, read once. */
export function archiveOf(ctx: ImportContext, isBrand: (ref: IdentityRef) => boolean): Promise<LinkedInArchive> {
  let p = cache.get(ctx);
  if (!p) {
    p = readArchive(ctx.files, isBrand);
    cache.set(ctx, p);
  }
  return p;
}

const USEFUL: LinkedInFileKind[] = ['invitations', 'messages', 'connections', 'profile'];

async function readArchive(files: readonly InputFile[], isBrand: (ref: IdentityRef) => boolean): Promise<LinkedInArchive> {
  const tables = new Map<LinkedInFileKind, LinkedInTable>();
  let messagesPath: string | undefined;
  for (const f of files) {
    if (!/\.csv$/i.test(f.innerPath)) continue;
    try {
      const kind = classifyHead(await f.head())?.kind;
      if (kind && USEFUL.includes(kind) && !tables.has(kind)) {
        tables.set(kind, await readLinkedInTable(f));
        if (kind === 'messages') messagesPath = f.path;
      }
    } catch {
      // A broken sibling is reported by its own import; here it just tells us nothing.
    }
  }
  const people: PeopleByName = new Map();
  const conn = tables.get('connections');
  if (conn)
    for (const r of conn.rows)
      addPerson(people, `${cell(r, conn.columns, 'firstName')} ${cell(r, conn.columns, 'lastName')}`, cell(r, conn.columns, 'url'));
  const inv = tables.get('invitations');
  let owner: IdentityRef | undefined;
  let ownerFrom: LinkedInArchive['ownerFrom'];
  if (inv) {
    for (const r of inv.rows) {
      addPerson(people, cell(r, inv.columns, 'from'), cell(r, inv.columns, 'inviterUrl'));
      addPerson(people, cell(r, inv.columns, 'to'), cell(r, inv.columns, 'inviteeUrl'));
    }
    owner = invitationsOwner(inv, people);
    if (owner) ownerFrom = 'invitations';
  }
  const msg = tables.get('messages');
  const mp = msg && messagePeople(msg.rows, msg.columns);
  if (msg && mp) {
    for (const [k, v] of mp.people) if (!people.has(k) || people.get(k)!.handle === people.get(k)!.name) people.set(k, v);
    if (!owner) {
      owner = messagesOwner(msg.rows, msg.columns, mp, isBrand);
      if (owner) ownerFrom = 'messages';
    }
  }
  const profile = tables.get('profile');
  if (!owner && profile && profile.rows[0]) {
    const name = `${cell(profile.rows[0], profile.columns, 'firstName')} ${cell(profile.rows[0], profile.columns, 'lastName')}`.trim();
    if (name) {
      owner = people.get(nameKey(name)) ?? { handle: name, name };
      ownerFrom = 'profile';
    }
  }
  // The names need no copy to be kept through the import: the tables' cells are strings of their own
  // (readLinkedInTable), not cuts of the files' texts.
  const messages = msg && mp && messagesPath !== undefined ? { path: messagesPath, table: msg, people: mp } : undefined;
  return { owner, ownerFrom, people, messages };
}

function invitationsOwner(inv: LinkedInTable, people: PeopleByName): IdentityRef | undefined {
  for (const r of inv.rows) {
    const dir = cell(r, inv.columns, 'direction').toUpperCase();
    const [name, url] =
      dir === 'INCOMING'
        ? [cell(r, inv.columns, 'to'), cell(r, inv.columns, 'inviteeUrl')]
        : dir === 'OUTGOING'
          ? [cell(r, inv.columns, 'from'), cell(r, inv.columns, 'inviterUrl')]
          : ['', ''];
    const handle = profileHandle(url);
    if (handle) return { handle, name: name || undefined };
    if (name) return people.get(nameKey(name)) ?? { handle: name, name };
  }
  return undefined;
}

const FALLBACK_OWNER: IdentityRef = { handle: 'linkedin-account-owner', name: 'LinkedIn account owner' };

/** The owner to attribute the export's own records to, declared as the brand. */
export async function ownerFor(ctx: ImportContext, sink: ImportSink): Promise<{ owner: IdentityRef; archive: LinkedInArchive }> {
  const archive = await archiveOf(ctx, (r) => sink.isBrand(r));
  if (archive.owner) {
    sink.declareBrand(archive.owner);
    return { owner: archive.owner, archive };
  }
  sink.warn(
    'the account owner is not named in this import (add Invitations.csv, messages.csv or Profile.csv): the owner\'s own records are attributed to "LinkedIn account owner"',
  );
  sink.declareBrand(FALLBACK_OWNER);
  return { owner: FALLBACK_OWNER, archive };
}
