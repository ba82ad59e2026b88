import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/db';
import { memoryClientDb } from '../../../node/store/memory-db';
import { migrate, SCHEMA_VERSION } from '../../db/migrations';
import { runImport } from '../../ingest/run-import';
import { brandHandles, count, exportFile, importInto, tally } from './test-helpers';

/**
 * Message requests (messages/request-marks.ts): threads a stranger opened, JSON (`message_requests/`
 * folder, `is_pending`) and HTML (the folder, the page's timeless "pending" status block), English and
 * French. Their channel carries `is_request` (migration 006), kept when the thread is later accepted.
 */
const FIX = join(__dirname, '../../../../tests/fixtures/instagram');
const IG = join(FIX, 'notices_requests_2025');
const LATER = join(FIX, 'notices_requests_2025_later');
const ACT = 'your_instagram_activity';
const ig = (inner: string, root = IG, zip = 'instagram-atelier.brume-2025.zip') =>
  exportFile(inner, readFileSync(join(root, inner), 'utf8'), zip);
const profile = () => ig('personal_information/personal_information/personal_information.json');
const jordanRequest = () => ig(`${ACT}/messages/message_requests/jordanvale_1122334455667788/message_1.json`);
const jordanAccepted = () =>
  ig(`${ACT}/messages/inbox/jordanvale_1122334455667788/message_1.json`, LATER, 'instagram-atelier.brume-2025-later.zip');
const lucieGroup = () => ig(`${ACT}/messages/message_requests/lucieetmarc_2233445566778899/message_1.json`);
const celesteHtml = () => ig(`${ACT}/message_requests/celestemorel_9988776655443322/message_1.html`);
const tomasHtml = () => ig(`${ACT}/messages/message_requests/tomasferreira_3344556677889900/message_1.html`);
const clubInbox = () => ig(`${ACT}/messages/inbox/brumeclub_5566778899001122/message_1.json`);

/** The query the flag is for: members' messages that reached the brand as message requests. */
const requestMessages = (db: Db) =>
  count(
    db,
    "SELECT COUNT(*) AS n FROM interactions i JOIN channels c ON c.id = i.channel_id WHERE c.is_request = 1 AND i.kind IN ('dm', 'message') AND i.direction = 'inbound'",
  );
const requestChannels = (db: Db) =>
  db.all<{ name: string; kind: string }>('SELECT name, kind FROM channels WHERE is_request = 1 ORDER BY name');

describe('message requests (JSON)', () => {
  it('marks the channels of request threads, not those of the inbox', async () => {
    const { db, rows } = await importInto(await memoryClientDb(), [profile(), jordanRequest(), lucieGroup(), clubInbox()]);
    expect(requestChannels(db)).toEqual([
      { name: 'Jordan Vale', kind: 'dm' },
      { name: 'Lucie Ban, Marc Ilić', kind: 'group' },
    ]);
    expect(requestMessages(db)).toBe(4);
    expect(count(db, "SELECT COUNT(*) AS n FROM channels WHERE name = 'Brume Club' AND is_request = 0")).toBe(1);
    // "Lucie Ban a ajouté Atelier Brume au groupe.": the brand was added, no member joined
    expect(rows.filter((r) => r.channel === 'Lucie Ban, Marc Ilić').map((r) => [r.kind, r.who])).toEqual([
      ['message', 'Lucie Ban'],
      ['message', 'Marc Ilić'],
    ]);
  });

  it("marks the shared sample's message_requests group thread", async () => {
    const text = readFileSync(join(FIX, '2024_message_requests_group_message_1.json'), 'utf8');
    const { db } = await importInto(await memoryClientDb(), [
      exportFile(`${ACT}/messages/message_requests/albajagerecelinebronteand2others_6764470843659086/message_1.json`, text),
    ]);
    expect(requestChannels(db)).toEqual([{ name: 'Alba Jäger, E, Céline Brontë and 2 others', kind: 'group' }]);
  });

  it('keeps one conversation, still a request, when the accepted thread comes back from the inbox of a later export', async () => {
    const db = await memoryClientDb();
    await runImport(db, [profile(), jordanRequest()], { now: () => 0 });
    const later = await runImport(db, [profile(), jordanAccepted()], { now: () => 0 });
    expect(later.added.interactions).toBe(1);
    expect(count(db, 'SELECT COUNT(*) AS n FROM channels')).toBe(1);
    expect(requestChannels(db)).toEqual([{ name: 'Jordan Vale', kind: 'dm' }]);
    expect(requestMessages(db)).toBe(2);
    expect(count(db, "SELECT COUNT(DISTINCT thread_key) AS n FROM interactions WHERE kind = 'dm'")).toBe(1);
    const again = await runImport(db, [profile(), jordanRequest(), jordanAccepted()], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
  });

  it('marks the thread whichever export is imported first', async () => {
    const db = await memoryClientDb();
    await runImport(db, [profile(), jordanAccepted()], { now: () => 0 });
    expect(requestChannels(db)).toEqual([]);
    await runImport(db, [profile(), jordanRequest()], { now: () => 0 });
    expect(requestChannels(db)).toEqual([{ name: 'Jordan Vale', kind: 'dm' }]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM interactions')).toBe(3);
  });
});

describe('message requests (HTML)', () => {
  it('reads an English and a French request page: the status block marks the thread and is not a message', async () => {
    const { db, rows, outcome } = await importInto(await memoryClientDb({ timezone: 'Europe/Lisbon' }), [
      profile(),
      celesteHtml(),
      tomasHtml(),
    ]);
    expect(outcome.skipped).toEqual([]);
    expect(rows.map((r) => [r.kind, r.direction, r.who, r.target, r.text])).toEqual([
      ['dm', 'inbound', 'Céleste Morel', 'atelier.brume', 'Hello, I love your indigo scarves!'],
      ['dm', 'inbound', 'Céleste Morel', 'atelier.brume', 'Do you take custom orders for weddings?'],
      ['dm', 'inbound', 'Tomás Ferreira', 'atelier.brume', 'Bonjour, l’atelier du samedi est-il complet ?'],
    ]);
    expect(requestChannels(db)).toEqual([
      { name: 'Céleste Morel', kind: 'dm' },
      { name: 'Tomás Ferreira', kind: 'dm' },
    ]);
    expect(outcome.sources.flatMap((s) => s.warnings).filter((w) => /without a readable time/.test(w))).toEqual([]);
  });

  it('knows the status heading for what it is even when the block carries a time', async () => {
    const page = readFileSync(join(IG, `${ACT}/message_requests/celestemorel_9988776655443322/message_1.html`), 'utf8');
    const timed = page.replace(
      'wants to send you a message.</div><div></div><div></div></div></div>',
      'wants to send you a message.</div><div></div><div></div></div></div><div class="_3-94 _a6-o">Mar 12, 2025 2:05 pm</div>',
    );
    expect(timed).not.toBe(page);
    const { db, rows } = await importInto(await memoryClientDb(), [
      profile(),
      exportFile(`${ACT}/messages/inbox/celestemorel_9988776655443322/message_1.html`, timed),
    ]);
    expect(rows.map((r) => [r.kind, r.who])).toEqual([
      ['dm', 'Céleste Morel'],
      ['dm', 'Céleste Morel'],
    ]);
    expect(requestChannels(db)).toEqual([{ name: 'Céleste Morel', kind: 'dm' }]);
  });

  it('never takes the status heading common to request pages for the account owner', async () => {
    const page = readFileSync(join(IG, `${ACT}/message_requests/celestemorel_9988776655443322/message_1.html`), 'utf8');
    const other = page.replace(/Céleste Morel/g, 'Noor Haddad').replace('indigo scarves', 'linen bags');
    const { db, rows } = await importInto(await memoryClientDb(), [
      exportFile(`${ACT}/message_requests/celestemorel_9988776655443322/message_1.html`, page),
      exportFile(`${ACT}/message_requests/noorhaddad_1029384756102938/message_1.html`, other),
    ]);
    expect(brandHandles(db)).toEqual([]);
    expect(count(db, "SELECT COUNT(*) AS n FROM identities WHERE handle LIKE '%pending%'")).toBe(0);
    expect(tally(rows)).toEqual({ 'dm/inbound': 4 });
    expect(requestChannels(db)).toHaveLength(2);
  });
});

describe('migration 006 (channels.is_request)', () => {
  it('upgrades a client imported before it: its channels are not requests until a request export says so', async () => {
    const db = await memoryClientDb();
    await runImport(db, [profile(), clubInbox()], { now: () => 0 });
    // Schema 5: no request flag, and (from 012 on) the coverage texts still on the source rows.
    db.exec(`ALTER TABLE channels DROP COLUMN is_request; ALTER TABLE sources DROP COLUMN coverage_id; DROP TABLE coverages;
      ALTER TABLE sources ADD COLUMN shows TEXT NOT NULL DEFAULT '[]'; ALTER TABLE sources ADD COLUMN lacks TEXT NOT NULL DEFAULT '[]';
      PRAGMA user_version = 5`);
    expect(migrate(db)).toEqual({ from: 5, to: SCHEMA_VERSION });
    expect(count(db, 'SELECT COUNT(*) AS n FROM channels WHERE is_request = 0')).toBe(1);
    await runImport(db, [profile(), jordanRequest()], { now: () => 0 });
    expect(requestChannels(db)).toEqual([{ name: 'Jordan Vale', kind: 'dm' }]);
  });
});
