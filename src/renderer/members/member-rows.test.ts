import { describe, expect, it } from 'vitest';
import type { MemberColumns } from '../../core/contract/members';
import { loadColumnChoice, saveColumnChoice } from './column-choice';
import { csvTime, evidenceOf, matchesQuery, rowsOf, sharedFilters, sortKeyOf, withoutEvidence } from './member-rows';

const columns: MemberColumns = {
  timezone: 'Europe/Paris',
  total: 3,
  platforms: ['instagram', 'facebook'],
  id: [1, 2, 3],
  name: ['Zoé White', 'Léa Martin', 'Tom'],
  handles: ['zoe.w', 'lea.martin 981', ''],
  platformBits: [1, 3, 2],
  tier: [2, 1, 0],
  ladder: [3, 6, 1],
  score: [40.5, 91.2, null],
  love: [12.5, 80, 0.5],
  interactions: [10, 52, 1],
  firstAt: [Date.UTC(2026, 0, 5, 9), Date.UTC(2025, 11, 31, 23, 30), null],
  lastAt: [Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 2), null],
};

describe('the grid rows', () => {
  it('come best score first, absent values undefined so the table sorts them last', () => {
    const rows = rowsOf(columns);
    expect(rows.map((r) => r.name)).toEqual(['Léa Martin', 'Zoé White', 'Tom']);
    expect(rows[2]).toMatchObject({ score: undefined, firstAt: undefined, tier: 0 });
  });

  it('are found by any word of a name or handle, case, accents and punctuation aside', () => {
    const [lea, zoe, tom] = rowsOf(columns);
    expect(matchesQuery(lea!, 'LEA')).toBe(true);
    expect(matchesQuery(lea!, 'lea.mart')).toBe(true);
    expect(matchesQuery(lea!, 'martin 981')).toBe(true);
    expect(matchesQuery(zoe!, 'zoe white')).toBe(true);
    expect(matchesQuery(zoe!, 'zoé tom')).toBe(false);
    expect(matchesQuery(tom!, '  ')).toBe(true);
    expect(sortKeyOf(zoe!)).toBe('zoe white');
  });

  it('write times on the client’s wall clock for the CSV', () => {
    // 23:30 UTC on 31 December is half past midnight on 1 January in Paris.
    expect(csvTime('Europe/Paris')(Date.UTC(2025, 11, 31, 23, 30))).toBe('2026-01-01 00:30');
    expect(csvTime('UTC')(undefined)).toBeNull();
  });
});

describe('the members search', () => {
  it('gives the contract the evidence of the URL, each number with what it needs', () => {
    expect(evidenceOf({ step: 'deep', literal: true, q: 'lea' })).toEqual({ step: 'deep', literal: true });
    expect(evidenceOf({ cohort: '2026-03-02' })).toEqual({ cohort: '2026-03-02', n: 0 });
    expect(evidenceOf({ lifecycle: 'dormant' })).toEqual({});
    expect(evidenceOf({ lifecycle: 'dormant', period: '2026-03-02', active: true })).toEqual({
      lifecycle: 'dormant',
      period: '2026-03-02',
      active: true,
    });
  });

  it('keeps the shared filters and the text search when the evidence is cleared, the shared filters alone for a member', () => {
    const s = { step: 'deep' as const, n: 2, cohort: '2026-03-02', from: '2026-01-01', platforms: ['discord' as const], q: 'lea' };
    expect(withoutEvidence(s)).toEqual({ from: '2026-01-01', platforms: ['discord'], q: 'lea' });
    expect(sharedFilters({ ...s, interval: 'month' })).toEqual({ from: '2026-01-01', platforms: ['discord'], interval: 'month' });
  });
});

describe('the choice of columns', () => {
  it('is kept in the storage, and a damaged entry is ignored', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadColumnChoice(storage)).toEqual({});
    saveColumnChoice({ love: false, tier: true }, storage);
    expect(loadColumnChoice(storage)).toEqual({ love: false, tier: true });
    store.set('cercle.members.columns', '{not json');
    expect(loadColumnChoice(storage)).toEqual({});
    store.set('cercle.members.columns', '{"love":"no","score":false}');
    expect(loadColumnChoice(storage)).toEqual({ score: false });
  });
});
