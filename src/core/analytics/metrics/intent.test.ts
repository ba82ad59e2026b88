import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { refreshDerived } from '../derived/refresh-derived';
import { resolveFilter } from './filter';
import { intent } from './intent';
import { DEFAULT_INTENT_RULES, DEFAULT_THANKS_RULES, SIGNALS, textClassifier, THANKS_BIT } from '../model/intent-rules';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';

const classifier = textClassifier(DEFAULT_INTENT_RULES, DEFAULT_THANKS_RULES);
const signals = (text: string) => {
  const bits = classifier.classify(text);
  return [...SIGNALS.filter((_, i) => bits & (1 << i)), ...(bits & THANKS_BIT ? ['thanks'] : [])];
};

describe('intent lexicons', () => {
  it('reads French and English, accents, apostrophes and case', () => {
    expect(signals('Combien coûte le coffret ?')).toEqual(['question', 'purchase']);
    expect(signals('Où acheter la bougie figue')).toEqual(['question', 'purchase']);
    expect(signals('Where can I buy this?')).toEqual(['question', 'purchase']);
    expect(signals('Vous livrez en Belgique ?')).toEqual(['question', 'purchase']);
    expect(signals('Le colis est arrivé ABÎMÉ')).toEqual(['complaint']);
    expect(signals('still waiting for my refund')).toEqual(['complaint']);
    expect(signals('J’adore, je recommande !')).toEqual(['praise']);
    expect(signals('Best candle brand, never switching')).toEqual(['praise']);
    expect(signals('Merci beaucoup 🙏')).toEqual(['thanks']);
    expect(signals('thx')).toEqual(['thanks']);
    expect(signals('see you tomorrow')).toEqual([]);
  });

  it('takes rules edited per client, written with accents or capitals', () => {
    const custom = textClassifier({ question: [], purchase: ['Réassort'], complaint: [], praise: [] }, []);
    expect(custom.classify('un reassort prévu ?')).toBe(2);
  });
});

// In UTC, one week of March 2026.
const EVENTS: Ev[] = [
  { who: 'ana', kind: 'comment', at: '2026-03-02 10:00', post: 'p', thread: 'a', text: 'Combien coûte le coffret ?' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 11:00', post: 'p', thread: 'a', text: '39 €' },
  { who: 'bob', kind: 'comment', at: '2026-03-02 12:00', post: 'p', thread: 'b', text: 'Where can I buy this?' },
  { who: 'cleo', kind: 'dm', at: '2026-03-03 09:00', channel: { key: 'dm-cleo', kind: 'dm' }, text: 'Ma commande est arrivée abîmée' },
  { who: BRAND, kind: 'dm', at: '2026-03-03 11:00', channel: { key: 'dm-cleo', kind: 'dm' }, text: 'Désolés, on vous renvoie un colis' },
  { who: 'ana', kind: 'comment', at: '2026-03-04 09:00', post: 'p', thread: 'c', text: 'Je recommande à toutes mes amies !' },
  { who: 'dan', kind: 'comment', at: '2026-03-05 09:00', post: 'p', thread: 'd', text: 'I love it' },
  { who: BRAND, kind: 'reply', at: '2026-03-05 09:05', post: 'p', thread: 'd', text: 'thanks!' },
  { who: 'eve', kind: 'comment', at: '2026-03-05 10:00', post: 'p', thread: 'e', text: 'ok' },
  // The brand's own question is not a member's signal.
  { who: BRAND, kind: 'comment', at: '2026-03-06 10:00', post: 'p', thread: 'f', text: 'Which scent do you prefer?' },
];

describe('intent signals', () => {
  it('counts signals, members, and the brand answers to them', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    const r = intent(db, resolveFilter(db), loadAnalyticsSettings(db));
    // Five members active (ana, bob, cleo, dan, eve). ana's question was answered in 60 min, bob's never.
    expect(r).toEqual({
      question: { count: 2, members: 2, memberShare: 0.4, answered: 1, responseRate: 0.5, medianFirstResponseMinutes: 60 },
      purchase: { count: 2, members: 2, memberShare: 0.4, answered: 1, responseRate: 0.5, medianFirstResponseMinutes: 60 },
      complaint: { count: 1, members: 1, memberShare: 0.2, answered: 1, responseRate: 1, medianFirstResponseMinutes: 120 },
      praise: { count: 2, members: 2, memberShare: 0.4, answered: 1, responseRate: 0.5, medianFirstResponseMinutes: 5 },
    });
    expect(intent(db, resolveFilter(db, { from: '2026-03-04' }), loadAnalyticsSettings(db)).question.count).toBe(0);
  });

  it('re-reads the messages when the client edits a lexicon', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    const s = saveAnalyticsSettings(db, { intentRules: { ...DEFAULT_INTENT_RULES, purchase: ['\\bcoffret\\b'] } });
    refreshDerived(db);
    expect(intent(db, resolveFilter(db), s).purchase).toMatchObject({ count: 1, members: 1 });
  });

  it('refuses a rule that is not a regular expression', async () => {
    const db = await memoryClientDb();
    expect(() => saveAnalyticsSettings(db, { intentRules: { ...DEFAULT_INTENT_RULES, praise: ['(unclosed'] } })).toThrow(
      /praise rule "\(unclosed" is not a valid regular expression/,
    );
  });
});
