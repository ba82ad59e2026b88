import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';

const FIX = join(__dirname, '../../../../tests/fixtures/linkedin');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
/** A fixture under the name LinkedIn gives it in the archive. */
const file = (fixture: string, name: string) => memoryFile(`linkedin.zip/${name}`, read(fixture), 500);

async function load(files: ReturnType<typeof file>[], opts: { timezone?: string; brands?: string[] } = {}) {
  const db = await memoryClientDb({ timezone: opts.timezone ?? 'UTC' });
  const outcome = await runImport(db, files, { now: () => 0, brands: opts.brands });
  const rows = db.all<{
    key: string;
    kind: string;
    direction: string;
    author: string;
    at: number;
    text: string | null;
    content: string | null;
    target: string | null;
    replyTo: string | null;
  }>(
    `SELECT i.key, i.kind, i.direction, a.handle AS author, i.at, i.text, c.key AS content, t.handle AS target, i.reply_to_key AS replyTo
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN contents c ON c.id = i.content_id
     LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.id`,
  );
  return { db, outcome, rows };
}
const iso = (ms: number) => new Date(ms).toISOString();

describe('LinkedIn Comments.csv', () => {
  it('reads the 2021 sample: 12 comments, quoted CRLF messages, a message broken by a bare newline', async () => {
    const { rows, outcome } = await load([file('2021_Comments_head.csv', 'Comments.csv')]);
    expect(outcome.sources[0]!.format).toBe('linkedin.comments.csv');
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.kind === 'comment' && r.direction === 'outbound' && r.author === 'linkedin-account-owner')).toBe(true);
    expect(outcome.sources[0]!.warnings[0]).toMatch(/^the account owner is not named in this import/);
    expect(iso(rows[0]!.at)).toBe('2021-06-16T03:28:40.000Z');
    expect(rows[0]!.content).toBe('activity:6810652804911312896');
    expect(rows[0]!.text).toBe(
      'Sem quo fugiat’o nisl omnis eros euismod sem sem magni et nostrud 🙂. Ut’y u imperdiet Hic, nibh! \nSagittis mi nisi doloresdo vel occaecat.',
    );
    expect(rows[3]!.content).toBe('ugcPost:6806606046916947968');
    expect(rows[7]!.text).toBe('Tenetur perferendis! Bibendum');
    // The last record's message runs onto an unquoted second line.
    expect(rows[11]!.text).toBe("Qui sit quo nunc ex quis ornare. Vel\nU'o finibus id eros sit rem");
    expect(rows.filter((r) => r.content!.startsWith('ugcPost:'))).toHaveLength(3);
  });

  it('reads backslash-escaped quotes (sanand0 sample: 323 comments on 115 posts)', async () => {
    const { rows, db } = await load([file('sanand0_Comments.csv', 'Comments.csv')]);
    expect(rows).toHaveLength(323);
    expect(new Set(rows.map((r) => r.content)).size).toBe(115);
    const eu = rows.find((r) => iso(r.at) === '2025-05-01T12:15:05.000Z')!;
    expect(eu.text).toBe('"Eu" 🙂');
    const closing = rows.find((r) => iso(r.at) === '2025-06-27T09:04:13.000Z')!;
    expect(closing.text!.endsWith('eos facere turpis arcu itaque."')).toBe(true);
    expect(closing.text).toContain('\n\nSint illum nobis');
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM contents WHERE key LIKE 'article:%'")!.n).toBe(2);
  });

  it('reads a reply by the name it starts with, when that person is known from the export', async () => {
    const dir = 'atelier-nord/';
    const { rows, outcome } = await load([
      file(`${dir}Comments.csv`, 'Comments.csv'),
      file(`${dir}Connections.csv`, 'Connections.csv'),
      file(`${dir}Invitations.csv`, 'Invitations.csv'),
    ]);
    const comments = rows.filter((r) => r.key.startsWith('comment:'));
    expect(comments.map((r) => [r.kind, r.target, r.author])).toEqual([
      ['reply', 'https://www.linkedin.com/in/maya-lindqvist', 'https://www.linkedin.com/in/atelier-nord'],
      ['reply', 'https://www.linkedin.com/in/jonas-berg', 'https://www.linkedin.com/in/atelier-nord'],
      ['comment', null, 'https://www.linkedin.com/in/atelier-nord'],
    ]);
    expect(comments[0]!.text).toBe('Maya Lindqvist Haven\'t tried the Norway route yet, but "3 to 5 days" is what we quote.');
    expect(comments[2]!.text).toBe('Great piece.\nSharing it with the team.');
    expect(outcome.sources[0]!.warnings).toEqual(["2 comment(s) start with a known person's name and were read as replies to them"]);
  });

  it('fails with one line naming the file when the file is cut inside a message', async () => {
    const text = read('sanand0_Comments.csv');
    const cut = text.slice(0, text.indexOf('https://github.com/emubid7')); // inside the quoted message that starts on line 6
    await expect(load([memoryFile('Comments.csv', cut)])).rejects.toThrow(
      /^Comments\.csv: a quoted field opened on line \d+ is never closed/,
    );
    await expect(load([memoryFile('Comments.csv', cut)])).rejects.toThrow(/line 6 /);
  });

  it('fails when no row has a readable date', async () => {
    await expect(load([memoryFile('Comments.csv', 'Date,Link,Message\nyesterday,x,hello\n')])).rejects.toThrow(
      /^Comments\.csv: no row could be read \(line 2: unreadable date "yesterday"\)$/,
    );
  });
});

describe('LinkedIn Shares.csv', () => {
  it('reads the 2021 sample: 15 posts, 6 with text, each line of a commentary unwrapped from its extra quotes', async () => {
    const { db, outcome } = await load([file('2021_Shares_head.csv', 'Shares.csv')]);
    expect(outcome.sources[0]!.format).toBe('linkedin.shares.csv');
    const posts = db.all<{ key: string; text: string | null; at: number }>('SELECT key, text, at FROM contents ORDER BY id');
    expect(posts).toHaveLength(15);
    expect(posts.filter((p) => p.text !== null)).toHaveLength(6);
    const long = posts.find((p) => p.key === 'share:6810486256754036736')!;
    expect(long.text!.split('\n').slice(0, 3)).toEqual([
      'At U hac ac condimentum officiis ut Quasi-19 Laborum nibh aute eos earum minus sit ab donec Eget 2021 porta EST & Culpa EX.',
      '',
      'Euismod Velit eos nemo ad Fugiat, ea alias ornareac ea est sint ad sem augue.',
    ]);
    expect(long.text!.endsWith('#Risus #doloremsemper #egestas')).toBe(true);
    expect(long.text!.split('\n').some((l) => l.startsWith('"') || l.endsWith('"'))).toBe(false);
    // Quotes inside a line are the author's and stay.
    expect(posts.find((p) => p.key === 'share:6767511610778120192')!.text).toContain('officia nisi "Nisi Tellus Ipsam" eu velit');
    expect(iso(posts[0]!.at)).toBe('2021-06-16T15:00:02.000Z');
  });

  it('reads the sanand0 sample (202 rows, one post repeated per thumbnail: 198 posts) and joins comments to own posts', async () => {
    const { db } = await load([file('sanand0_Comments.csv', 'Comments.csv'), file('sanand0_Shares.csv', 'Shares.csv')]);
    const owner = "(SELECT id FROM identities WHERE handle = 'linkedin-account-owner')";
    expect(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM contents WHERE author_identity_id = ${owner}`)!.n).toBe(198);
    expect(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM contents WHERE author_identity_id = ${owner} AND text IS NOT NULL`)!.n).toBe(
      184,
    );
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contents')!.n).toBe(304);
    // Posts of the owner that the owner also commented on: community management on its own posts.
    expect(
      db.get<{ n: number }>(
        `SELECT COUNT(DISTINCT content_id) AS n FROM interactions WHERE content_id IN (SELECT id FROM contents WHERE author_identity_id = ${owner})`,
      )!.n,
    ).toBe(9);
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM contents WHERE key = 'groupPost:9186332-6985503444988043264'")!.n).toBe(1);
  });

  it('keeps the quotes of a one-line commentary and joins the post with comments and reactions', async () => {
    const dir = 'atelier-nord/';
    const { db, rows } = await load([
      file(`${dir}Shares.csv`, 'Shares.csv'),
      file(`${dir}Comments.csv`, 'Comments.csv'),
      file(`${dir}Reactions.csv`, 'Reactions.csv'),
    ]);
    const posts = db.all<{ key: string; text: string | null }>(
      'SELECT key, text FROM contents WHERE author_identity_id IS NOT NULL ORDER BY at',
    );
    expect(posts).toEqual([
      { key: 'share:7190000000000000003', text: '"Slow" is a feature.' },
      { key: 'ugcPost:7209000000000000001', text: 'Our wool coat now ships to Norway.\n\nAsk us anything below.' },
    ]);
    expect(rows.filter((r) => r.content === 'ugcPost:7209000000000000001').map((r) => r.kind)).toEqual(['comment', 'comment', 'reaction']);
  });
});

describe('LinkedIn Reactions.csv', () => {
  it('reads the 2021 sample: 40 LIKEs on 38 posts, 3 of them on comments', async () => {
    const { rows } = await load([file('2021_Reactions_head.csv', 'Reactions.csv')]);
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.kind === 'reaction' && r.text === 'LIKE' && r.direction === 'outbound')).toBe(true);
    expect(new Set(rows.map((r) => r.content)).size).toBe(38);
    expect(rows.filter((r) => r.replyTo !== null).map((r) => r.replyTo)).toEqual([
      'urn:li:comment:(activity:6810486257374785536,6810652903246729216)',
      'urn:li:comment:(activity:6810486257374785536,6810645525445042176)',
      'urn:li:comment:(ugcPost:6784555295084437504,6787947398116212736)',
    ]);
    expect(rows[2]!.content).toBe('activity:6810486257374785536');
  });

  it('reads other reaction types', async () => {
    const { rows } = await load([file('atelier-nord/Reactions.csv', 'Reactions.csv')]);
    expect(rows.map((r) => [r.text, r.content, iso(r.at)])).toEqual([
      ['PRAISE', 'ugcPost:7209000000000000001', '2024-06-20T08:10:00.000Z'],
      ['EMPATHY', 'activity:7210000000000000002', '2024-06-22T19:45:00.000Z'],
    ]);
  });
});

describe('LinkedIn detection', () => {
  const detect = (name: string, head: string) => detectImporter({ path: name, innerPath: name, name, head })?.format;

  it('goes by the header row, not the file name', () => {
    expect(detect('export (3).csv', read('2021_Reactions_head.csv'))).toBe('linkedin.reactions.csv');
    expect(detect('Connections.csv', read('2021_Connections_head.csv'))).toBe('linkedin.connections.csv');
    expect(detect('Comments.csv', 'foo,bar\n1,2\n')).toBeUndefined();
    expect(detect('Hashtag_Follows.csv', read('2021_Hashtag_Follows.csv'))).toBe('linkedin.hashtag-follows.csv');
  });
});
