import { describe, expect, it } from 'vitest';
import { RecordCompactor } from './csv-compact';
import { parseCsv } from './csv-parser';

describe('RecordCompactor', () => {
  const text = ['id,who,text', 'c1,Ann,"hello, there"', 'c1,Ann,hi', 'c2,Bob,', ''].join('\n');

  it('keeps every field, line and empty-line marker as parsed', () => {
    const parsed = parseCsv(text);
    const compactor = new RecordCompactor();
    const kept = parsed.map((r) => compactor.take(r));
    expect(kept.map((r) => r.fields)).toEqual(parsed.map((r) => r.fields));
    expect(kept.map((r) => r.line)).toEqual(parsed.map((r) => r.line));
    // The record text is dropped unless asked for, but an empty line stays recognisable.
    expect(kept.map((r) => r.raw)).toEqual(parsed.map((r) => (r.raw === '' ? '' : undefined)));
    const withRaw = new RecordCompactor(true);
    expect(parsed.map((r) => withRaw.take(r).raw)).toEqual(parsed.map((r) => r.raw));
  });

  it('hands out one string for a value repeated in a column', () => {
    const compactor = new RecordCompactor();
    const a = compactor.take({ fields: ['conversation-0001', 'x'], line: 1, raw: undefined });
    const b = compactor.take({ fields: ['conversation-0001', 'y'], line: 2, raw: undefined });
    expect(b.fields[0]).toBe(a.fields[0]);
    expect(compactor.shares(0)).toBe(true);
  });

  it('stops sharing a column once nearly every value is new, and goes on copying its values', () => {
    const compactor = new RecordCompactor();
    const rows = 100_000;
    for (let i = 0; i < rows; i++) {
      const r = compactor.take({
        fields: [`2025-01-01 ${String(i).padStart(8, '0')}`, `conversation-${i % 10}`],
        line: i + 1,
        raw: undefined,
      });
      expect(r.fields[0]).toBe(`2025-01-01 ${String(i).padStart(8, '0')}`);
    }
    expect(compactor.shares(0)).toBe(false);
    expect(compactor.shares(1)).toBe(true);
  });
});
