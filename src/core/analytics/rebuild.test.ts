import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { DERIVED_TABLE_NAMES } from './derived/schema';
import { rebuildDerivedInWrite } from './rebuild';
import { transaction } from '../db/db';
import { refreshDerived } from './derived/refresh-derived';
import { BRAND, buildCommunity, type Ev } from './test-community';

const EVENTS: Ev[] = [
  { who: 'lea', kind: 'comment', at: '2026-03-02 10:00', post: 'p', thread: 'a', text: 'où trouver la recharge ?' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 10:30', post: 'p', thread: 'a', text: 'en boutique !', to: 'lea' },
  { who: 'lea', kind: 'reply', at: '2026-03-02 10:40', post: 'p', thread: 'a', text: 'merci' },
  { who: 'tom', kind: 'message', at: '2026-03-04 18:00', platform: 'discord', channel: 'general', text: 'hello' },
  { who: 'zoe', kind: 'like', at: '2026-03-05 12:00', post: 'p' },
  { who: 'tom', kind: 'message', at: '2026-03-19 18:00', platform: 'discord', channel: 'general', text: 'je reviens' },
];

const dump = (db: Awaited<ReturnType<typeof memoryClientDb>>) =>
  Object.fromEntries(
    DERIVED_TABLE_NAMES.map((t) => [
      t,
      db
        .all(`SELECT * FROM ${t}`)
        .map((r) => JSON.stringify(r))
        .sort(),
    ]),
  );

describe('rebuildDerivedInWrite', () => {
  it('builds the same tables as a journaled rebuild, and puts the journal mode back', async () => {
    const a = await memoryClientDb({ timezone: 'Europe/Paris' });
    const b = await memoryClientDb({ timezone: 'Europe/Paris' });
    buildCommunity(a, EVENTS);
    buildCommunity(b, EVENTS);
    transaction(a, () => refreshDerived(a));
    const mode = a.get<{ journal_mode: string }>('PRAGMA journal_mode')!.journal_mode;
    // Fresh tables and nothing imported since: the refresh is incremental and adds nothing.
    const report = rebuildDerivedInWrite(b);
    expect(report.interactions).toBe(0);
    expect(report.fallback).toBeUndefined();
    expect(b.get<{ journal_mode: string }>('PRAGMA journal_mode')!.journal_mode).toBe(mode);
    expect(dump(b)).toEqual(dump(a));
    expect(dump(b).member_facts).toHaveLength(3);
  });

  it('puts the journal mode back when the rebuild fails, and says why', async () => {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    buildCommunity(db, EVENTS);
    const mode = db.get<{ journal_mode: string }>('PRAGMA journal_mode')!.journal_mode;
    db.exec('PRAGMA foreign_keys = OFF; DROP TABLE people');
    expect(() => rebuildDerivedInWrite(db)).toThrow(/people/);
    expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')!.journal_mode).toBe(mode);
  });
});
