import type { Direction } from '../../domain/kinds';
import type { IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import type { CsvRecord } from '../csv';
import type { ColumnMap } from './files';
import { nameKey } from './links';
import { addPerson, type PeopleByName, personRef, recipients } from './people';
import { cell } from './table';

/**
 * Who talks to whom in messages.csv, in which conversation, and who the account owner is. The
 * layout varies between exports: 2021+ files give a CONVERSATION ID and profile URLs; older ones
 * (From, To, Date, Subject, Content, Direction, Folder) give names only, and a Direction instead.
 */

/**
 * The conversation of a message: its CONVERSATION ID, else its participants. Without an id, the set
 * of From and To names, sorted, is the one key both sides of a conversation share (A→B and B→A).
 */
export function conversationKey(r: CsvRecord, cols: ColumnMap, from: IdentityRef | undefined, to: readonly IdentityRef[]): string {
  const id = cell(r, cols, 'conversationId');
  if (id !== '') return id;
  const names = new Set<string>();
  for (const p of from ? [from, ...to] : to) names.add(nameKey(p.name ?? p.handle));
  return `participants:${stableHash(...[...names].sort())}`;
}

/** LinkedIn's own word on which side a message is (older exports' Direction column), if it gives one. */
export function directionOf(r: CsvRecord, cols: ColumnMap): Direction | undefined {
  const d = cell(r, cols, 'direction').toUpperCase();
  return d === 'OUTGOING' ? 'outbound' : d === 'INCOMING' ? 'inbound' : undefined;
}

export interface MessagePeople {
  people: PeopleByName;
  /** Handles of each conversation's participants. */
  byConversation: Map<string, Set<string>>;
}

/** Senders and recipients of messages.csv, by conversation. */
export function messagePeople(rows: readonly CsvRecord[], cols: ColumnMap): MessagePeople {
  const people: PeopleByName = new Map();
  for (const r of rows) addPerson(people, cell(r, cols, 'from'), cell(r, cols, 'senderUrl'));
  const byConversation = new Map<string, Set<string>>();
  for (const r of rows) {
    const from = personRef(cell(r, cols, 'from'), cell(r, cols, 'senderUrl'), people);
    const to = recipients(r, cols, people);
    if (!from && to.length === 0) continue;
    const conv = conversationKey(r, cols, from, to);
    let set = byConversation.get(conv);
    if (!set) byConversation.set(conv, (set = new Set()));
    if (from) set.add(from.handle);
    for (const p of to) set.add(p.handle);
  }
  return { people, byConversation };
}

/**
 * The account owner of messages.csv: the sender of an OUTGOING message or the one recipient of an
 * INCOMING one when the file says so (Direction), else the one person present in every conversation.
 * With a single conversation both sides qualify, so the one matching a brand name wins, else nobody.
 */
export function messagesOwner(
  rows: readonly CsvRecord[],
  cols: ColumnMap,
  mp: MessagePeople,
  isBrand: (ref: IdentityRef) => boolean,
): IdentityRef | undefined {
  return ownerByDirection(rows, cols, mp.people) ?? ownerInEveryConversation(mp, isBrand);
}

function ownerByDirection(rows: readonly CsvRecord[], cols: ColumnMap, people: PeopleByName): IdentityRef | undefined {
  if (cols.direction === undefined) return undefined;
  for (const r of rows) {
    if (directionOf(r, cols) !== 'outbound') continue;
    const from = personRef(cell(r, cols, 'from'), cell(r, cols, 'senderUrl'), people);
    if (from) return from;
  }
  for (const r of rows) {
    if (directionOf(r, cols) !== 'inbound') continue;
    const to = recipients(r, cols, people);
    if (to.length === 1) return to[0];
  }
  return undefined;
}

function ownerInEveryConversation(
  { byConversation, people }: MessagePeople,
  isBrand: (ref: IdentityRef) => boolean,
): IdentityRef | undefined {
  let common: Set<string> | undefined;
  for (const set of byConversation.values()) common = common ? new Set([...common].filter((h) => set.has(h))) : new Set(set);
  if (!common || common.size === 0) return undefined;
  const refs = [...common].map((h) => [...people.values()].find((p) => p.handle === h) ?? { handle: h });
  if (refs.length === 1) return refs[0];
  const brand = refs.filter(isBrand);
  return brand.length === 1 ? brand[0] : undefined;
}
