import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../core/analytics/settings/analytics-settings';
import { checkDraft, fromDraft, numberPaths, readNumber, toDraft } from './metrics-draft';
import { NUMBER_LAYOUT } from './metrics-form';

const D = DEFAULT_ANALYTICS_SETTINGS;

describe('the metrics settings form’s draft', () => {
  it('holds every number of the settings, and gives back the same settings', () => {
    expect(numberPaths(D)).toHaveLength(32);
    // The form edits every one of them, once.
    expect(Object.values(NUMBER_LAYOUT).flat().sort()).toEqual(numberPaths(D).sort());
    expect(numberPaths(D)).toContain('depthWeights.twoWayReply');
    expect(numberPaths(D)).not.toContain('businessHours.days');
    for (const decimal of ['.', ','] as const) expect(fromDraft(toDraft(D, decimal), D)).toEqual(D);
    expect(toDraft(D, ',').numbers['loveMonthlyDecay']).toBe('0,9');
  });

  it('reads numbers as typed in French or English, and nothing else', () => {
    expect([readNumber('0,85'), readNumber(' 1 000 '), readNumber('12.5'), readNumber('.5')]).toEqual([0.85, 1000, 12.5, 0.5]);
    for (const bad of ['', 'abc', '1,2,3', '1e3', '--1']) expect(readNumber(bad)).toBeNaN();
  });

  it('drops empty rule lines and sorts the business days', () => {
    const d = toDraft(D, '.');
    const s = fromDraft({ ...d, days: [5, 1, 3], rules: { ...d.rules, thanks: '\\bmerci\\b\n\n  \n🙏' } }, D);
    expect(s.businessHours.days).toEqual([1, 3, 5]);
    expect(s.thanksRules).toEqual(['\\bmerci\\b', '🙏']);
  });

  it('finds the first problem as the core would, naming the field', () => {
    const d = toDraft(D, '.');
    const check = (patch: Partial<typeof d>, numbers: Record<string, string> = {}) =>
      checkDraft(fromDraft({ ...d, ...patch, numbers: { ...d.numbers, ...numbers } }, D));
    expect(checkDraft(D)).toBeNull();
    expect(check({}, { conversationGapMinutes: '0' })).toEqual({ kind: 'min', path: 'conversationGapMinutes', min: 1 });
    expect(check({}, { conversationGapMinutes: '1.5' })).toEqual({ kind: 'integer', path: 'conversationGapMinutes' });
    expect(check({}, { conversationGapMinutes: 'x' })).toEqual({ kind: 'number', path: 'conversationGapMinutes' });
    expect(check({}, { 'depthWeights.dm': '101' })).toEqual({ kind: 'max', path: 'depthWeights.dm', max: 100 });
    expect(check({}, { loveMonthlyDecay: '0' })).toEqual({ kind: 'above', path: 'loveMonthlyDecay', min: 0 });
    expect(check({}, { 'onion.core': '1' })).toEqual({ kind: 'below', path: 'onion.core', max: 1 });
    expect(check({}, { 'onion.core': '0.9', 'onion.regular': '0.2' })).toEqual({ kind: 'shares', path: 'onion.regular' });
    expect(check({ end: '08:00' })).toEqual({ kind: 'hours', path: 'businessHours.end' });
    expect(check({ start: '' })).toEqual({ kind: 'time', path: 'businessHours.start' });
    expect(check({ rules: { ...d.rules, complaint: 'ok\n(' } })).toEqual({ kind: 'badRule', path: 'intentRules.complaint', pattern: '(' });
    const many = Array.from({ length: 201 }, (_, i) => `w${i}`).join('\n');
    expect(check({ rules: { ...d.rules, thanks: many } })).toEqual({ kind: 'tooMany', path: 'thanksRules', max: 200 });
  });
});
