import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { INTERACTION_KINDS, PLATFORMS } from '../../domain/kinds';
import { buildCommunity, type Ev } from '../test-community';
import { readRows, readRowsWhere, readTexts } from './read-rows';

const EVENTS: Ev[] = [
  // Thread keys and texts holding the two characters the rows are joined with.
  { who: 'lea', kind: 'comment', at: '2026-03-02 10:00', post: 'p', thread: 'a\u001fb', text: 'un\u001fdeux\u001etrois' },
  { who: 'tom', kind: 'message', at: '2026-03-04 18:00', platform: 'discord', channel: 'general', thread: 'c\u001ed', text: 'hello' },
  { who: 'zoe', kind: 'like', at: '2026-03-05 12:00', post: 'p' },
  { who: 'lea', kind: 'reply', at: '2026-03-06 09:00', post: 'p', thread: 'a\u001fb' },
];

describe('readRows', () => {
  it('reads every column of every interaction, separators in keys and texts read as spaces', async () => {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    buildCommunity(db, EVENTS);
    const rows = readRows(db);
    const stored = db.all<Record<string, number | string | null>>('SELECT * FROM interactions ORDER BY id');
    expect(rows.n).toBe(stored.length);
    stored.forEach((s, r) => {
      expect([rows.id[r], rows.at[r], rows.day[r], rows.person[r], rows.words[r]]).toEqual([s.id, s.at, s.day, s.person_id, s.words]);
      expect([INTERACTION_KINDS[rows.kind[r]!], rows.outbound[r], PLATFORMS[rows.platform[r]!]]).toEqual([
        s.kind,
        s.direction === 'outbound' ? 1 : 0,
        s.platform,
      ]);
      expect([rows.channel[r], rows.content[r], rows.target[r]]).toEqual([s.channel_id ?? 0, s.content_id ?? 0, s.target_identity_id ?? 0]);
      expect(rows.threadKeys[rows.thread[r]!]).toBe(s.thread_key === null ? '' : String(s.thread_key).replace(/[\u001e\u001f]/g, ' '));
    });
    // One key per distinct thread, both of lea's rows in the same one.
    expect(rows.threadKeys.slice(1).sort()).toEqual(['a b', 'c d']);
    expect(readRowsWhere(db, 'id > 0')).toEqual(rows);

    const texts: string[] = [];
    readTexts(db, rows, (t) => {
      texts.push(t);
      return 1;
    });
    expect(texts.sort()).toEqual(['hello', 'un deux trois']);
  });
});
