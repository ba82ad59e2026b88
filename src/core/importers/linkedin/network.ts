import type { IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../types';
import { RowTally } from '../generic/row-tally';
import { expectTable } from './activity';
import { ownerFor } from './archive';
import { readLinkedInDate } from './dates';
import { personRef } from './people';
import { cell } from './table';

/**
 * Connections.csv: each connection as an inbound follow-like event on its `Connected On` day. LinkedIn
 * hides names of members who restrict it; those rows carry nobody to count and are left out.
 */
export async function importConnections(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'connections');
  const { owner, archive } = await ownerFor(ctx, sink);
  const tally = new RowTally();
  let hidden = 0;
  for (const r of t.rows) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const name = `${cell(r, t.columns, 'firstName')} ${cell(r, t.columns, 'lastName')}`.trim();
    const who = personRef(name, cell(r, t.columns, 'url'), archive.people);
    if (!who) {
      hidden++;
      continue;
    }
    const date = readLinkedInDate(cell(r, t.columns, 'connectedOn'), ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', cell(r, t.columns, 'connectedOn').slice(0, 30));
      continue;
    }
    sink.interaction({
      key: `connection:${stableHash(who.handle, date.ymd)}`,
      kind: 'follow',
      at: date.at,
      author: who,
      direction: 'inbound',
      target: owner,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
  if (hidden > 0) sink.warn(`${hidden} connection(s) without a visible name were left out`);
}

/** Invitations.csv: INCOMING ones are inbound follow-like events (with their note), OUTGOING ones the owner's. */
export async function importInvitations(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'invitations');
  const { owner, archive } = await ownerFor(ctx, sink);
  const tally = new RowTally();
  for (const r of t.rows) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const direction = cell(r, t.columns, 'direction').toUpperCase();
    if (direction !== 'INCOMING' && direction !== 'OUTGOING') {
      tally.skip(r, 'unknown-direction', direction.slice(0, 20));
      continue;
    }
    const sentAt = cell(r, t.columns, 'sentAt');
    const date = readLinkedInDate(sentAt, ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', sentAt.slice(0, 30));
      continue;
    }
    const from = personRef(cell(r, t.columns, 'from'), cell(r, t.columns, 'inviterUrl'), archive.people);
    const to = personRef(cell(r, t.columns, 'to'), cell(r, t.columns, 'inviteeUrl'), archive.people);
    const incoming = direction === 'INCOMING';
    const author: IdentityRef | undefined = incoming ? from : owner;
    if (!author) {
      tally.skip(r, 'no-inviter');
      continue;
    }
    sink.interaction({
      key: `invitation:${stableHash(direction, from?.handle, to?.handle, date.at)}`,
      kind: 'follow',
      at: date.at,
      author,
      direction: incoming ? 'inbound' : 'outbound',
      target: incoming ? owner : to,
      text: cell(r, t.columns, 'message') || undefined,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
}

/**
 * Company Follows.csv: pages the owner follows, an outbound follow each. The page is named in the text
 * rather than as a target identity: a company page is not a community member.
 */
export async function importCompanyFollows(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'companyFollows');
  const { owner } = await ownerFor(ctx, sink);
  const tally = new RowTally();
  for (const r of t.rows) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const org = cell(r, t.columns, 'organization');
    const date = readLinkedInDate(cell(r, t.columns, 'followedOn'), ctx.timezone);
    if (!org || !date) {
      if (org) tally.skip(r, 'unreadable-date', cell(r, t.columns, 'followedOn').slice(0, 30));
      else tally.skip(r, 'no-organization');
      continue;
    }
    sink.interaction({
      key: `company-follow:${stableHash(org, date.at)}`,
      kind: 'follow',
      at: date.at,
      author: owner,
      direction: 'outbound',
      text: org,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
}

/** Hashtag_Follows.csv is recognised so it is not reported as unknown, but hashtags are not people. */
export async function importHashtagFollows(file: InputFile, sink: ImportSink): Promise<void> {
  const t = await expectTable(file, 'hashtagFollows');
  const n = t.rows.filter((r) => !r.fields.every((f) => f.trim() === '')).length;
  sink.warn(`${n} hashtag follow(s): hashtags are topics, not members, so nothing is imported from this file`);
}
