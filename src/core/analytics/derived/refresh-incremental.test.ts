import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { Db } from '../../db/db';
import { transaction } from '../../db/db';
import { computeMetrics } from '../metrics/compute-metrics';
import { searchConversations } from '../metrics/conversation-list';
import { resolveFilter } from '../metrics/filter';
import { memberList } from '../metrics/member-list';
import { rebuildDerivedInWrite } from '../rebuild';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { rng } from '../../generate/random';
import { BRAND, type Ev, importBatch } from '../test-community';
import { refreshDerived } from './refresh-derived';
import { refreshIncremental } from './refresh-incremental';
import { DERIVED_TABLE_NAMES } from './schema';

/** Every derived table, every row and column, in a fixed order; conversations without their id (a rebuild renumbers them). */
function dump(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of DERIVED_TABLE_NAMES) {
    out[t] = db
      .all<Record<string, unknown>>(`SELECT * FROM ${t}`)
      .map((r) => {
        if (t === 'conversations') delete r.id;
        return JSON.stringify(r);
      })
      .sort();
  }
  out.anchor = [String(db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'analytics.loveAnchor'")?.value)];
  return out;
}

/** Conversation ids replaced by their place in time, so two builds of the same conversations compare equal. */
function reads(db: Db): unknown {
  const keyOf = new Map(
    db
      .all<{ id: number; k: string }>(
        "SELECT id, platform || '/' || ifnull(thread_key, '') || '/' || ifnull(channel_id, '') || '/' || first_at AS k FROM conversations",
      )
      .map((r) => [Number(r.id), r.k]),
  );
  const s = loadAnalyticsSettings(db);
  const f = resolveFilter(db);
  const page = searchConversations(db, f, s, { page: 0, pageSize: 100 });
  const text = JSON.stringify({
    metrics: computeMetrics(db, {}),
    monthly: computeMetrics(db, { interval: 'month' }),
    members: memberList(db, f, s, 'week', {}),
    conversations: {
      ...page,
      rows: page.rows.map((c) => ({ ...c, id: keyOf.get(c.id) })).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    },
  });
  return JSON.parse(text);
}

/** Imports `a`, builds the tables, imports `b` and refreshes them incrementally; then checks a full rebuild gives the same. */
async function incrementalAgainstFull(a: readonly Ev[], b: readonly Ev[], expectIncremental = true) {
  const db = await memoryClientDb({ timezone: 'Europe/Paris' });
  importBatch(db, a, 'a');
  transaction(db, () => refreshDerived(db));
  importBatch(db, b, 'b');
  const outcome = rebuildDerivedInWrite(db);
  if (expectIncremental) expect(outcome.fallback).toBeUndefined();
  const incremental = { tables: dump(db), reads: reads(db) };
  transaction(db, () => refreshDerived(db));
  const full = { tables: dump(db), reads: reads(db) };
  for (const t of Object.keys(full.tables)) expect({ t, rows: incremental.tables[t] }).toEqual({ t, rows: full.tables[t] });
  expect(incremental.reads).toEqual(full.reads);
  return { db, outcome };
}

const chat = (who: string, at: string, text: string, channel = 'general', extra: Partial<Ev> = {}): Ev => ({
  who,
  kind: 'message',
  at,
  platform: 'discord',
  channel,
  text,
  ...extra,
});

const BASE: Ev[] = [
  chat('lea', '2026-01-05 10:00', 'Bonjour, où trouver la recharge ?'),
  chat(BRAND, '2026-01-05 10:10', 'En boutique Léa !'),
  chat('lea', '2026-01-05 10:15', 'Merci beaucoup, super produit je recommande'),
  chat('tom', '2026-01-05 10:20', 'Pareil, top'),
  chat('zoe', '2026-01-12 18:00', 'Quelqu’un a testé la nouvelle gamme ?'),
  chat('tom', '2026-01-12 18:05', 'Oui elle est géniale', 'general', { to: 'zoe' }),
  chat('zoe', '2026-01-12 18:09', 'merci tom'),
  chat('max', '2026-01-20 09:00', 'Ma commande n’est toujours pas arrivée', 'support'),
  { who: 'ana', kind: 'reaction', at: '2026-01-21 12:00', platform: 'discord', channel: 'general' },
  chat('lea', '2026-01-28 20:00', 'Une question sur la livraison ?', 'general'),
  chat('tom', '2026-01-30 20:00', 'Le fil de discussion', 'general', { thread: 'fil-1' }),
  chat('zoe', '2026-01-30 21:00', 'Je réponds dans le fil', 'general', { thread: 'fil-1' }),
];

describe('refreshIncremental', () => {
  it('gives the tables and reads of a full rebuild when new messages continue a conversation across the import', async () => {
    const b = [
      chat('lea', '2026-01-28 20:20', 'Vous livrez le samedi ?'),
      chat(BRAND, '2026-01-28 20:25', 'Oui Léa, le samedi aussi'),
      chat('lea', '2026-01-28 20:30', 'Merci !'),
    ];
    await incrementalAgainstFull(BASE, b);
  });

  it('handles new channels, new members, existing members’ new activity and a new month moving the last day', async () => {
    const b: Ev[] = [
      chat('nina', '2026-02-14 11:00', 'Première fois ici, j’adore la marque', 'nouveautes'),
      chat('tom', '2026-02-14 11:05', 'Bienvenue Nina', 'nouveautes', { to: 'nina' }),
      chat('zoe', '2026-03-02 09:00', 'Des promos ce mois-ci ?'),
      chat(BRAND, '2026-03-02 09:40', 'Oui Zoé, -20 % sur tout'),
      { who: 'ana', kind: 'reaction', at: '2026-03-03 12:00', platform: 'discord', channel: 'general' },
      chat('tom', '2026-03-10 10:00', 'Le fil reprend', 'general', { thread: 'fil-1' }),
    ];
    await incrementalAgainstFull(BASE, b);
  });

  it('re-cuts an old conversation when a brand reply arrives for it, within the response window', async () => {
    const b = [chat(BRAND, '2026-01-20 11:30', 'Bonjour max, votre commande part demain', 'support', { to: 'max' })];
    await incrementalAgainstFull(BASE, b);
  });

  it('re-tiers members the new rows overtake, and moves their segments everywhere', async () => {
    const b = Array.from({ length: 12 }, (_, i) =>
      chat('ana', `2026-02-${String(1 + i).padStart(2, '0')} 15:00`, `message ${i} très intéressant`, 'ana-corner'),
    );
    await incrementalAgainstFull(BASE, b);
  });

  it('rebuilds whole, and says why, when new rows come before the first day with data', async () => {
    const { outcome } = await incrementalAgainstFull(BASE, [chat('old', '2025-12-01 10:00', 'Un vieux message')], false);
    expect(outcome.fallback).toBe('new rows before the first day with data');
  });

  it('rebuilds whole when the settings changed since the tables were built', async () => {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    importBatch(db, BASE, 'a');
    transaction(db, () => refreshDerived(db));
    db.run("INSERT OR REPLACE INTO settings (key, value) VALUES ('client.timezone', 'America/New_York')");
    expect(transaction(db, () => refreshIncremental(db))).toEqual({ fallback: 'settings, brand or time zone changed' });
    expect(rebuildDerivedInWrite(db).fallback).toBe('settings, brand or time zone changed');
  });

  it('gives the tables and reads of a full rebuild on random communities and random next imports', async () => {
    let incremental = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      const base = randomEvents(r, 70, 0, 31);
      // The next import mostly continues the timeline; some seeds reach back into it, a few before it.
      const from = seed % 4 === 0 ? 20 : seed % 6 === 5 ? -3 : 29;
      const next = randomEvents(r, 30, from, 60);
      const { outcome } = await incrementalAgainstFull(base, next, false);
      if (outcome.fallback === undefined) incremental++;
    }
    // Most of them must have taken the incremental path, or the comparison above tested the full rebuild only.
    expect(incremental).toBeGreaterThanOrEqual(8);
  });
});

const MEMBERS = ['ana', 'ben', 'chloe', 'dan', 'eva', 'femi', 'gus', 'hana', 'ivo', 'jade'];
const TEXTS = [
  'Bonjour, une question sur la livraison ?',
  'merci beaucoup !',
  'Je recommande, super produit',
  'Ma commande n’est toujours pas arrivée',
  'ok',
  'Vous avez ça en bleu ?',
  'top, merci Brand',
  'haha pareil',
  'Un long message détaillé qui raconte toute mon expérience avec la marque depuis le début',
];

/** Random events between day `from` and day `until` of 2026 (day 0 = 1 January), every kind of group. */
function randomEvents(r: () => number, n: number, from: number, until: number): Ev[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Ev[] = [];
  for (let i = 0; i < n; i++) {
    const day = from + Math.floor(r() * (until - from));
    const date = new Date(Date.UTC(2026, 0, 1 + day, 8 + Math.floor(r() * 12), Math.floor(r() * 60)));
    const at = date.toISOString().slice(0, 16).replace('T', ' ');
    const who = r() < 0.25 ? BRAND : r() < 0.1 ? `new${Math.floor(r() * 5)}` : pick(MEMBERS);
    const to = r() < 0.3 ? pick([...MEMBERS, BRAND]) : undefined;
    const shape = r();
    if (shape < 0.45)
      out.push({ who, kind: 'message', at, platform: 'discord', channel: pick(['general', 'support']), text: pick(TEXTS), to });
    else if (shape < 0.6)
      out.push({
        who,
        kind: 'message',
        at,
        platform: 'discord',
        channel: 'general',
        thread: pick(['fil-1', 'fil-2']),
        text: pick(TEXTS),
        to,
      });
    else if (shape < 0.7 && who !== BRAND) out.push({ who, kind: 'reaction', at, platform: 'discord', channel: 'general' });
    else if (shape < 0.85)
      out.push({
        who,
        kind: who === BRAND ? 'reply' : 'comment',
        at,
        platform: 'instagram',
        post: pick(['p1', 'p2']),
        text: pick(TEXTS),
        to,
      });
    else if (who !== BRAND)
      out.push({
        who,
        kind: 'dm',
        at,
        platform: 'instagram',
        channel: { key: `dm-${who}`, kind: 'dm' },
        thread: `dm-${who}`,
        text: pick(TEXTS),
      });
    else {
      const member = pick(MEMBERS);
      out.push({
        who,
        kind: 'dm',
        at,
        platform: 'instagram',
        channel: { key: `dm-${member}`, kind: 'dm' },
        thread: `dm-${member}`,
        text: pick(TEXTS),
        to: member,
      });
    }
  }
  return out;
}
