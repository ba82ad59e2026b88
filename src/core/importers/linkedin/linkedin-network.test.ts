import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { readLinkedInDate } from './dates';
import { postRefOf, profileHandle } from './links';
import { messageText } from './messages';

const FIX = join(__dirname, '../../../../tests/fixtures/linkedin');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const file = (fixture: string, name: string) => memoryFile(`linkedin.zip/${name}`, read(fixture), 300);
const ATELIER = 'https://www.linkedin.com/in/atelier-nord';
const MAYA = 'https://www.linkedin.com/in/maya-lindqvist';
const JONAS = 'https://www.linkedin.com/in/jonas-berg';

async function load(files: ReturnType<typeof file>[], opts: { timezone?: string; brands?: string[] } = {}) {
  const db = await memoryClientDb({ timezone: opts.timezone ?? 'UTC' });
  const outcome = await runImport(db, files, { now: () => 0, brands: opts.brands });
  const rows = db.all<{
    key: string;
    kind: string;
    direction: string;
    author: string;
    name: string | null;
    at: number;
    text: string | null;
    target: string | null;
    channel: string | null;
    channelKind: string | null;
  }>(
    `SELECT i.key, i.kind, i.direction, a.handle AS author, a.name, i.at, i.text, t.handle AS target, c.name AS channel, c.kind AS channelKind
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN identities t ON t.id = i.target_identity_id
     LEFT JOIN channels c ON c.id = i.channel_id ORDER BY i.id`,
  );
  return { db, outcome, rows };
}
const iso = (ms: number) => new Date(ms).toISOString();

describe('LinkedIn messages.csv', () => {
  it('reads the 2021 sample: the owner is the one person in both conversations (3 sent, 7 received)', async () => {
    const { rows, db } = await load([file('2021_messages_head.csv', 'messages.csv')]);
    const piet = 'https://www.linkedin.com/in/piet-p-sphri-cphr-23772713';
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.direction === 'outbound').map((r) => r.author)).toEqual([piet, piet, piet]);
    expect(rows.filter((r) => r.direction === 'inbound')).toHaveLength(7);
    expect(iso(rows[0]!.at)).toBe('2021-06-15T16:37:00.000Z');
    // The TO column of the 2021 format has names only ("Piet P SPHRi, CPHR" holds a comma): replies reach the sender's URL.
    expect(rows[1]!.target).toBe('https://www.linkedin.com/in/axel-rao');
    expect(rows[3]!.target).toBe('https://www.linkedin.com/in/tove-ormsby-mi30o234');
    expect(db.all('SELECT kind, name FROM channels ORDER BY id')).toEqual([
      { kind: 'dm', name: 'Axel Rao' },
      { kind: 'dm', name: 'Tove Ormsby' },
    ]);
    expect(db.get<{ is_brand: number }>('SELECT is_brand FROM identities WHERE handle = ?', [piet])!.is_brand).toBe(1);
  });

  it('reads the 2024 format: recipient URLs, group conversations, HTML content', async () => {
    const { rows } = await load([
      file('atelier-nord/messages.csv', 'messages.csv'),
      file('atelier-nord/Invitations.csv', 'Invitations.csv'),
    ]);
    const dms = rows.filter((r) => r.kind === 'dm');
    expect(dms.map((r) => [r.author, r.direction, r.channelKind, r.target])).toEqual([
      [MAYA, 'inbound', 'dm', null],
      [ATELIER, 'outbound', 'dm', MAYA],
      [JONAS, 'inbound', 'group', null],
      [ATELIER, 'outbound', 'group', null],
    ]);
    expect(dms[1]!.text).toBe('Yes! Shipping to Norway takes 3–5 days.\n\nHere is the coat & its care guide.');
    expect(dms[2]!.channel).toBe('Spring pop-up');
    expect(dms[3]!.text).toBe('We are! Doors open at 10.\nSee you there');
  });

  it('needs --brand when two people share every conversation, and warns until then', async () => {
    const alone = await load([file('atelier-nord/messages.csv', 'messages.csv')]);
    expect(alone.rows.every((r) => r.direction === 'inbound')).toBe(true);
    expect(alone.outcome.sources[0]!.warnings[0]).toMatch(/^the account owner could not be told from the conversations: pass --brand/);
    const named = await load([file('atelier-nord/messages.csv', 'messages.csv')], { brands: ['Atelier Nord'] });
    expect(named.rows.map((r) => r.direction)).toEqual(['inbound', 'outbound', 'inbound', 'outbound']);
  });

  it('decodes HTML only when the content is HTML', () => {
    expect(messageText('a < b and c > d')).toBe('a < b and c > d');
    expect(messageText('<p>x&nbsp;&#233;&#x263A;</p><br/>y')).toBe('x é☺\ny');
  });
});

describe('LinkedIn Connections.csv', () => {
  it('reads the 2021 sample past its "Notes:" preamble: 12 inbound connections on their day, without URL', async () => {
    const { rows } = await load([file('2021_Connections_head.csv', 'Connections.csv')], { timezone: 'Europe/London' });
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.kind === 'follow' && r.direction === 'inbound')).toBe(true);
    expect(rows[0]!.author).toBe('Quinn Chen FCIPD');
    // "17 Jun 2021" is midnight in the client's zone (London summer time: 23:00 UTC the day before).
    expect(iso(rows[0]!.at)).toBe('2021-06-16T23:00:00.000Z');
    expect(rows.slice(1).every((r) => iso(r.at) === '2021-06-15T23:00:00.000Z')).toBe(true);
    expect(rows[3]!.author).toBe('Pax Alvarez Barrow');
  });

  it('reads the URL column, leaves out hidden members, and matches URL-less rows by name from siblings', async () => {
    const { rows, outcome } = await load([
      file('atelier-nord/Connections.csv', 'Connections.csv'),
      file('atelier-nord/Invitations.csv', 'Invitations.csv'),
    ]);
    const conns = rows.filter((r) => r.key.startsWith('connection:'));
    expect(conns.map((r) => [r.author, iso(r.at), r.target])).toEqual([
      [MAYA, '2024-03-05T00:00:00.000Z', ATELIER],
      [JONAS, '2024-06-18T00:00:00.000Z', ATELIER],
    ]);
    expect(outcome.sources[0]!.warnings).toEqual(['1 connection(s) without a visible name were left out']);
  });

  it('reads German headers and an Excel re-save (no preamble, 5-Mar-24, NA), which re-imports as the same connection', async () => {
    const de = await load([file('Connections_de.csv', 'Connections.csv')]);
    expect(de.rows.map((r) => [r.author, r.name, iso(r.at)])).toEqual([
      ['https://www.linkedin.com/in/lena-vogel', 'Lena Vogel', '2022-04-03T00:00:00.000Z'],
    ]);
    const db = await memoryClientDb({ timezone: 'UTC' });
    await runImport(db, [file('atelier-nord/Connections.csv', 'Connections.csv')], { now: () => 0 });
    const again = await runImport(db, [file('Connections_excel_resave.csv', 'Connections.csv')], { now: () => 0 });
    expect(again.sources[0]!.format).toBe('linkedin.connections.csv');
    expect(again.added.interactions).toBe(0);
  });
});

describe('LinkedIn Invitations.csv and follows', () => {
  it("reads incoming invitations as inbound (with the note) and outgoing ones as the owner's", async () => {
    const { rows } = await load([file('atelier-nord/Invitations.csv', 'Invitations.csv')]);
    expect(rows.map((r) => [r.author, r.direction, r.target, iso(r.at), r.text])).toEqual([
      [MAYA, 'inbound', ATELIER, '2024-06-14T05:57:00.000Z', "Loved your talk on slow fashion, let's connect!"],
      [ATELIER, 'outbound', JONAS, '2024-06-15T23:02:00.000Z', null],
      ['https://www.linkedin.com/in/sven-ek', 'inbound', ATELIER, '2024-12-01T00:05:00.000Z', null],
    ]);
  });

  it('reads Company Follows (179 pages, Java dates) as outbound follows of the owner', async () => {
    const { rows, outcome } = await load([file('2021_Company Follows.csv', 'Company Follows.csv')]);
    expect(rows).toHaveLength(179);
    expect(outcome.added.members).toBe(0);
    expect(rows.every((r) => r.kind === 'follow' && r.direction === 'outbound')).toBe(true);
    expect([rows[0]!.text, iso(rows[0]!.at)]).toEqual(['DataTale', '2021-06-16T06:56:05.000Z']);
    expect([rows[178]!.text, iso(rows[178]!.at)]).toEqual([
      'Chartered Institute of Personnel Management of Nigeria CIPM (Official LinkedIn Account)',
      '2014-02-06T19:21:31.000Z',
    ]);
    expect(rows.find((r) => r.text?.startsWith('Petra Stella'))!.text).toBe('Petra Stella'); // trailing space in the file
  });

  it('recognises Hashtag_Follows.csv and imports nothing from it', async () => {
    const { rows, outcome } = await load([file('2021_Hashtag_Follows.csv', 'Hashtag_Follows.csv')]);
    expect(rows).toHaveLength(0);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.sources[0]!.warnings[0]).toBe(
      '12 hashtag follow(s): hashtags are topics, not members, so nothing is imported from this file',
    );
  });

  it('links one person across the files of one export', async () => {
    const dir = 'atelier-nord/';
    const names = ['Invitations.csv', 'messages.csv', 'Connections.csv', 'Comments.csv', 'Shares.csv', 'Reactions.csv'];
    const { outcome, db } = await load(names.map((n) => file(dir + n, n)));
    expect(outcome.added.members).toBe(3); // Maya, Jonas, Sven
    expect(
      db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions WHERE identity_id = (SELECT id FROM identities WHERE handle = ?)', [
        MAYA,
      ])!.n,
    ).toBe(3);
    expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: ATELIER }]);
  });

  it('reads messages.csv once, whether the archive or its own import gets to it first', async () => {
    const dir = 'atelier-nord/';
    for (const names of [
      ['Invitations.csv', 'messages.csv', 'Connections.csv'], // the invitations' import reads the archive first
      ['messages.csv', 'Invitations.csv', 'Connections.csv'],
    ]) {
      let reads = 0;
      // told to be 2 MB: past the size the import reads ahead, as messages.csv is where it is large
      const files = names.map((n) => {
        const f = file(dir + n, n);
        return n === 'messages.csv' ? { ...f, size: 2 ** 21, chunks: () => (reads++, f.chunks()) } : f;
      });
      const { outcome } = await load(files);
      expect(outcome.sources.find((x) => x.format === 'linkedin.messages.csv')!.records).toBeGreaterThan(0);
      expect([names[0], reads]).toEqual([names[0], 1]);
    }
  });
});

describe('LinkedIn dates', () => {
  it('reads every shape of the export', () => {
    const at = (s: string, tz = 'UTC') => {
      const d = readLinkedInDate(s, tz);
      return d ? iso(d.at) : undefined;
    };
    expect(at('2021-06-16 03:28:40')).toBe('2021-06-16T03:28:40.000Z');
    expect(at('2024-06-18 11:59:53 UTC')).toBe('2024-06-18T11:59:53.000Z');
    expect(at('17 Jun 2021', 'Asia/Tokyo')).toBe('2021-06-16T15:00:00.000Z');
    expect(at('18-Jun-24')).toBe('2024-06-18T00:00:00.000Z');
    expect(at('6/14/24, 5:57 AM')).toBe('2024-06-14T05:57:00.000Z');
    expect(at('6/14/24, 12:30\u202fPM')).toBe('2024-06-14T12:30:00.000Z');
    expect(at('Wed Jun 16 06:56:05 UTC 2021')).toBe('2021-06-16T06:56:05.000Z');
    expect(at('03 Mär 2022')).toBe('2022-03-03T00:00:00.000Z');
    expect([at('NA'), at('31 Feb 2021'), at('13/14/24, 5:57 AM'), at('soon')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(readLinkedInDate('17 Jun 2021', 'Asia/Tokyo')!.ymd).toBe('2021-06-17');
  });
});

describe('LinkedIn links', () => {
  it('decodes post URNs into content keys, with the comment a link points at', () => {
    expect(
      postRefOf(
        'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6810486257374785536?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A6810486257374785536%2C6810652903246729216%29',
      ),
    ).toEqual({
      key: 'activity:6810486257374785536',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:6810486257374785536',
      commentUrn: 'urn:li:comment:(activity:6810486257374785536,6810652903246729216)',
    });
    expect(postRefOf('https://www.linkedin.com/feed/update/urn:li:share:6767511610778120192/')?.key).toBe('share:6767511610778120192');
    expect(postRefOf('https://example.com/page')).toBeUndefined();
  });

  it('names one profile by one handle whatever the URL spelling', () => {
    const want = 'https://www.linkedin.com/in/sven-ek';
    for (const u of [
      'https://www.linkedin.com/in/sven-ek/',
      'http://linkedin.com/in/sven-ek',
      'https://uk.linkedin.com/in/sven-ek?trk=x',
      'www.linkedin.com/in/sven-ek',
    ])
      expect(profileHandle(u)).toBe(want);
    expect(profileHandle('NA')).toBeUndefined();
  });
});
