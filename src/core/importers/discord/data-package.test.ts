import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../../node/sources/collect-inputs';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { Db } from '../../db/db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { dataPackageImporter, packageTime } from './data-package';

const FIX = join(__dirname, '../../../../tests/fixtures/discord');
const OWNER = '333333333333333333';

async function importFolder(db: Db, folder: string) {
  const inputs = await collectInputs([join(FIX, folder)]);
  try {
    return await runImport(db, inputs.files, { now: () => 0 });
  } finally {
    await inputs.close();
  }
}

const rows = (db: Db) =>
  db.all<{
    key: string;
    kind: string;
    direction: string;
    handle: string;
    at: number;
    text: string | null;
    channel: string;
    target: string | null;
  }>(
    `SELECT i.key, i.kind, i.direction, a.handle, i.at, i.text, c.key AS channel, t.handle AS target
     FROM interactions i JOIN identities a ON a.id = i.identity_id JOIN channels c ON c.id = i.channel_id
     LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.at`,
  );

describe('Discord data package', () => {
  it('reads a 2025 package: messages.json with 64-bit numeric IDs kept exact, the owner as the brand', async () => {
    const db = await memoryClientDb();
    const outcome = await importFolder(db, 'package-2025');
    expect(outcome.sources.map((s) => s.format)).toEqual(['discord.package', 'discord.package']);
    // channel.json, index.json and user.json are read as siblings, not imported on their own.
    expect(outcome.skipped).toHaveLength(4);
    // ...308 and ...309 are the same double: exact ids keep both.
    expect(rows(db).map((r) => [r.key, r.kind, r.direction, r.handle, new Date(r.at).toISOString(), r.channel, r.target])).toEqual([
      ['1217000000000000001', 'message', 'outbound', OWNER, '2024-03-10T08:00:00.000Z', '900000000000000001', null],
      ['1331017399219765308', 'dm', 'outbound', OWNER, '2025-01-16T18:47:37.000Z', '940000000000000001', '111111111111111111'],
      ['1331017399219765309', 'dm', 'outbound', OWNER, '2025-01-16T18:47:38.000Z', '940000000000000001', '111111111111111111'],
      ['1331017600000000000', 'dm', 'outbound', OWNER, '2025-01-17T09:00:00.000Z', '940000000000000001', '111111111111111111'],
    ]);
    expect(rows(db)[1]!.text).toBe('Merci pour votre commande ! "Lumière" arrive lundi.');
    expect(db.all('SELECT handle, name, is_brand FROM identities ORDER BY handle')).toEqual([
      { handle: '111111111111111111', name: 'alice', is_brand: 0 },
      { handle: OWNER, name: 'Maison Lumière', is_brand: 1 },
    ]);
    expect(db.all('SELECT key, kind, name FROM channels ORDER BY key')).toEqual([
      { key: '900000000000000001', kind: 'channel', name: 'Lumière Club #général' },
      { key: '940000000000000001', kind: 'dm', name: 'Direct Message with alice' },
    ]);
  });

  it('reads an older package (lowercase folders, no c prefix, messages.csv) into the same owner', async () => {
    const db = await memoryClientDb();
    await importFolder(db, 'package-2025');
    const outcome = await importFolder(db, 'package-2021');
    expect(outcome.added.interactions).toBe(3);
    const older = rows(db).filter((r) => r.key.startsWith('812'));
    expect(older.map((r) => [r.key, r.kind, r.handle, new Date(r.at).toISOString(), r.channel, r.target, r.text])).toEqual([
      ['812000000000000001', 'message', OWNER, '2021-02-28T20:00:00.000Z', '880000000000000001', null, 'Nouvelle collection en ligne !'],
      ['812345678901234567', 'dm', OWNER, '2021-03-01T12:34:56.123Z', '870000000000000001', '444444444444444444', 'Bonjour Chloé, merci !'],
      [
        '812345678901234999',
        'dm',
        OWNER,
        '2021-03-01T12:40:00.000Z',
        '870000000000000001',
        '444444444444444444',
        'Deux lignes :\nla suite',
      ],
    ]);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM identities WHERE handle = ?', [OWNER])!.n).toBe(1);
    expect(db.get('SELECT name FROM identities WHERE handle = ?', ['444444444444444444'])).toEqual({ name: 'chloe' });
  });

  it('keeps a numeric 64-bit owner id exact, and names the owner by username when there is no display name', async () => {
    const db = await memoryClientDb();
    const files = [
      memoryFile('p/account/user.json', '{"id": 333333333333333333, "username": "maison"}'),
      memoryFile('p/messages/42/messages.csv', 'ID,Timestamp,Contents,Attachments\n900000000000000001,2021-01-01 00:00:00,salut,\n'),
    ];
    const outcome = await runImport(db, files, { now: () => 0 });
    expect(outcome.added.interactions).toBe(1);
    expect(db.all('SELECT handle, name, is_brand FROM identities')).toEqual([{ handle: OWNER, name: 'maison', is_brand: 1 }]);
    // No channel.json: the channel is known by its folder's id only.
    expect(db.get('SELECT key, kind, name FROM channels')).toEqual({ key: '42', kind: 'channel', name: '42' });
  });

  it('recognises messages.csv whether its header is bare (as Discord writes it) or quoted (re-saved by a spreadsheet)', () => {
    const detect = (head: string) =>
      dataPackageImporter.detect({ path: 'p', innerPath: 'messages/c1/messages.csv', name: 'messages.csv', head });
    expect(detect('ID,Timestamp,Contents,Attachments\n1,2021-03-01 12:00:00+00:00,hi,\n')).toBe(0.9);
    expect(detect('"ID","Timestamp","Contents","Attachments"\n"1","2021-03-01 12:00:00+00:00","hi",""\n')).toBe(0.9);
    expect(detect('Id,When,Text\n')).toBe(0);
  });

  it('reads the package timestamps as UTC', () => {
    expect(packageTime('2025-01-16 18:47:37')).toBe(Date.UTC(2025, 0, 16, 18, 47, 37));
    expect(packageTime('2021-03-01 12:34:56.123000+00:00')).toBe(Date.UTC(2021, 2, 1, 12, 34, 56, 123));
  });

  it('rejects broken message files in one line naming the file', async () => {
    const db = await memoryClientDb();
    const path = 'pkg/Messages/c1/messages.json';
    await expect(
      runImport(db, [memoryFile(path, '[{"ID": 1, "Timestamp": "2025-01-16 18:47:37", "Contents": "a"},', 3)], { now: () => 0 }),
    ).rejects.toThrow(/^pkg\/Messages\/c1\/messages\.json: broken JSON: truncated JSON/);
    await expect(runImport(db, [memoryFile(path, '[{"ID": 1, "Timestamp": "soon"}]')], { now: () => 0 })).rejects.toThrow(
      /^pkg\/Messages\/c1\/messages\.json: message 1 has an unreadable Timestamp "soon"$/,
    );
    await expect(
      runImport(db, [memoryFile('pkg/messages/2/messages.csv', 'ID,Timestamp,Contents,Attachments\nabc,2021-01-01 00:00:00,x,\n')], {
        now: () => 0,
      }),
    ).rejects.toThrow(/^pkg\/messages\/2\/messages\.csv: row 2 has no message ID$/);
  });
});
