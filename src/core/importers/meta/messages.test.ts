import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { brandHandles, count, exportFile, importInto, tally } from './test-helpers';

const FIX = join(__dirname, '../../../../tests/fixtures/instagram');
const MSG = 'your_instagram_activity/messages';
const juno = () =>
  exportFile(
    `${MSG}/inbox/juno_971028334528753/message_1.json`,
    readFileSync(join(FIX, '2024_inbox_thread_reactions_shares_message_1.json'), 'utf8'),
  );
const chloe = () =>
  exportFile(
    `${MSG}/inbox/chloemarlow_539600471004877/message_1.json`,
    readFileSync(join(FIX, '2024_inbox_story_reply_message_1.json'), 'utf8'),
  );
const group = () =>
  exportFile(
    `${MSG}/message_requests/albajagerecelinebronteand2others_6764470843659086/message_1.json`,
    readFileSync(join(FIX, '2024_message_requests_group_message_1.json'), 'utf8'),
  );

describe('Instagram DM threads (JSON)', () => {
  it('finds the owner as the participant common to every thread', async () => {
    const { db } = await importInto(await memoryClientDb(), [juno(), chloe(), group()]);
    expect(brandHandles(db)).toEqual(['instagram:Renée Dahl']);
  });

  it('reads the Juno thread: 14 messages minus one "Liked a message", two shares, two reactions', async () => {
    const { rows, warnings } = await importInto(await memoryClientDb(), [juno(), chloe()]);
    const thread = rows.filter((r) => r.channel === 'Juno 🦋');
    // 11 real messages (one from Renée has no content: media only), 2 "sent an attachment." shares, 2 reactions
    expect(tally(thread)).toEqual({ 'dm/outbound': 6, 'dm/inbound': 5, 'share/inbound': 2, 'reaction/inbound': 1, 'reaction/outbound': 1 });
    expect(thread.some((r) => r.text === 'Liked a message')).toBe(false);
    expect(thread[0]!.text).toBe('Ab'); // oldest first, whatever the file order
    expect(thread.filter((r) => r.kind === 'dm' && r.text === null)).toHaveLength(1);
    const reel = thread.find((r) => r.at === 1720401301484 && r.kind === 'share')!;
    expect([reel.who, reel.target, reel.contentKey]).toEqual(['Juno 🦋', 'Renée Dahl', 'post:C8-VXUrSgPs']);
    const renéeReacts = thread.find((r) => r.kind === 'reaction' && r.direction === 'outbound')!;
    expect([renéeReacts.text, renéeReacts.target, renéeReacts.replyTo]).toEqual(['❤', 'Juno 🦋', reel.key]);
    expect(thread.find((r) => r.at === 1717032748271 && r.kind === 'dm')!.text).toBe('E’et sem a Doloribus officiis id hic’ab totam duis');
    expect(warnings).toContain('1 notice line(s) ("Liked a message", reaction notices, calls, group events…) are not counted as messages');
  });

  it('reads a story reply (share.link to /stories/<owner>/) and drops the "Reacted ❤️ to your message" notice', async () => {
    const { rows, db } = await importInto(await memoryClientDb(), [juno(), chloe()]);
    const thread = rows.filter((r) => r.channel === 'Chloë Marlow');
    expect(thread.map((r) => [r.kind, r.who, r.text])).toEqual([
      ['story_reply', 'Chloë Marlow', 'Cras I nibh ab egestas sed est et dictumst qui amet'],
      ['dm', 'Renée Dahl', 'Esse'],
      ['dm', 'Renée Dahl', 'A’e fames diam'],
      ['reaction', 'Chloë Marlow', '❤️'],
    ]);
    expect(thread[0]!.contentKey).toBe('story:3183830825194893528');
    expect(db.get<{ kind: string; url: string }>("SELECT kind, url FROM contents WHERE key = 'story:3183830825194893528'")).toEqual({
      kind: 'story',
      url: 'https://instagram.com/stories/ifo_eribelepu/3183830825194893528',
    });
    expect(thread[3]!.replyTo).toBe(thread[2]!.key);
  });

  it('reads a message-request group thread: one message, the "created the group" notice left out, "Instagram User" kept per thread', async () => {
    const { rows } = await importInto(await memoryClientDb(), [group(), juno(), chloe()]);
    const thread = rows.filter((r) => r.channelKind === 'group');
    expect(thread).toHaveLength(1);
    expect([thread[0]!.kind, thread[0]!.who, thread[0]!.handle, thread[0]!.target]).toEqual([
      'message',
      'Instagram User',
      'Instagram User (albajagerecelinebronteand2others_6764470843659086)',
      null,
    ]);
    expect(thread[0]!.channel).toBe('Alba Jäger, E, Céline Brontë and 2 others');
    expect(thread[0]!.text!.endsWith('lorem ab, aute elit quia u aut minim sit sed!')).toBe(true);
  });

  it('adds nothing on re-import, even when the thread moved from message_requests to inbox', async () => {
    const db = await memoryClientDb();
    await runImport(db, [juno(), chloe(), group()], { now: () => 0 });
    expect(count(db, 'SELECT COUNT(*) AS n FROM interactions')).toBe(20);
    const moved = exportFile(
      `${MSG}/inbox/albajagerecelinebronteand2others_6764470843659086/message_1.json`,
      readFileSync(join(FIX, '2024_message_requests_group_message_1.json'), 'utf8'),
      'later-export.zip',
    );
    const again = await runImport(db, [juno(), moved], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
  });

  it('uses --brand to find the owner of a lone thread whose folder slug does not name either party', async () => {
    const text = readFileSync(join(FIX, '2024_inbox_story_reply_message_1.json'), 'utf8');
    const lone = exportFile(`${MSG}/inbox/someone_539600471004877/message_1.json`, text.replace(/"title": "[^"]*"/, '"title": "x"'));
    const unknown = await importInto(await memoryClientDb(), [lone]);
    expect(unknown.warnings).toContain(
      'the account owner is unknown (no profile file, no --brand match): every message is counted as inbound',
    );
    expect(tally(unknown.rows)).toEqual({ 'story_reply/inbound': 1, 'dm/inbound': 2, 'reaction/inbound': 1 });
    const named = await importInto(await memoryClientDb(), [lone], { brands: ['Renée Dahl'] });
    expect(tally(named.rows)).toEqual({ 'story_reply/inbound': 1, 'dm/outbound': 2, 'reaction/inbound': 1 });
  });
});
