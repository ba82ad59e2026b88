import { describe, expect, it } from 'vitest';
import { stableHash } from '../util/hash';
import { offsetMs } from '../util/time-zone';
import { makeCalendar } from './calendar';
import { BRAND, simulateChat } from './chat-sim';
import { chatVenueFor } from './chat-format';
import { discordSpec } from './discord-writer';
import { parseFormats, parseSize, planGeneration } from './generate';
import { TOPIC_IDS } from './topics';
import { GEN_FORMATS, type GenContext } from './types';
import { asUtcMs } from '../util/time-keys';

function fingerprint(size: number, seed: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of planGeneration({ size, seed }).formats) {
    const parts: string[] = [];
    for (const file of f.generator.files()) {
      let h = '';
      for (const c of file.chunks()) h = stableHash(h, c);
      parts.push(`${file.archive ?? ''}/${file.path}:${h}`);
    }
    out[f.format] = stableHash(...parts);
  }
  return out;
}

const ctxFor = (seed: number): GenContext => ({
  seed,
  brand: { name: 'Maison Lumière', username: 'maisonlumiere' },
  cal: makeCalendar(Date.UTC(2026, 5, 30, 22), 548, 'Europe/Paris'),
  pool: 20_000,
  exportedAt: Date.UTC(2026, 6, 1, 7),
});

describe('generator options', () => {
  it('reads sizes and formats, and refuses nonsense in one line', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('1M')).toBe(1_000_000);
    expect(parseSize('2500')).toBe(2500);
    expect(parseSize('1.5m')).toBe(1_500_000);
    expect(() => parseSize('lots')).toThrow(/size "lots" is not a number/);
    expect(() => parseSize('5')).toThrow(/out of range/);
    expect(parseFormats('discord, whatsapp')).toEqual(['discord', 'whatsapp']);
    expect(() => parseFormats('discord,myspace')).toThrow(/unknown format "myspace"/);
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed, different ones for another seed', () => {
    const a = fingerprint(1500, 42);
    const b = fingerprint(1500, 42);
    const c = fingerprint(1500, 43);
    expect(Object.keys(a)).toEqual([...GEN_FORMATS]);
    expect(b).toEqual(a);
    for (const f of GEN_FORMATS) expect(c[f]).not.toBe(a[f]);
  });
});

describe('size', () => {
  for (const size of [1000, 10_000, 40_000]) {
    it(`holds ${size} interactions within ±5%, overall and per single format`, () => {
      const plan = planGeneration({ size, seed: 9 });
      const total = plan.formats.reduce((s, f) => s + f.counts.total, 0);
      expect(Math.abs(total - size) / size).toBeLessThanOrEqual(0.05);
      for (const f of plan.formats) expect(Math.abs(f.counts.total - f.target) / f.target).toBeLessThanOrEqual(0.05);
    });
  }

  it('meets the size when one format carries it all', () => {
    for (const format of GEN_FORMATS) {
      const [f] = planGeneration({ size: 5000, seed: 2, formats: [format] }).formats;
      expect(Math.abs(f!.counts.total - 5000) / 5000, format).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('community shape', () => {
  const ctx = ctxFor(5);
  const spec = discordSpec(3);
  const venue = chatVenueFor(ctx, spec, 12_000);
  const perMember = new Map<number, { n: number; days: Set<number> }>();
  const brandDelays: number[] = [];
  let brandAtNight = 0;
  for (const ev of simulateChat(venue)) {
    if (ev.kind !== 'message') continue;
    if (ev.author === BRAND) {
      const localHour = new Date(ev.at + offsetMs('Europe/Paris', asUtcMs(ev.at))).getUTCHours();
      if (localHour < 7 || localHour >= 23) brandAtNight++;
      if (ev.replyTo && ev.intent === 'brand') brandDelays.push(ev.at - ev.replyTo.at);
      continue;
    }
    const m = perMember.get(ev.author) ?? { n: 0, days: new Set<number>() };
    m.n++;
    m.days.add(Math.floor(ev.at / 86_400_000));
    perMember.set(ev.author, m);
  }
  const counts = [...perMember.values()].map((m) => m.n).sort((a, b) => b - a);
  const total = counts.reduce((s, n) => s + n, 0);

  it('is heavy-tailed: the top tenth of members write most messages, most write one or two', () => {
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((s, n) => s + n, 0);
    expect(top / total).toBeGreaterThan(0.5);
    expect(counts.filter((n) => n <= 2).length / counts.length).toBeGreaterThan(0.3);
    expect(counts[0]! / counts[Math.floor(counts.length / 2)]!).toBeGreaterThan(20);
  });

  it('has one-off visitors and members who come back over many weeks', () => {
    const weeks = [...perMember.values()].map((m) => new Set([...m.days].map((d) => Math.floor((d + 3) / 7))).size);
    expect(weeks.filter((w) => w === 1).length / weeks.length).toBeGreaterThan(0.3);
    expect(weeks.filter((w) => w >= 4).length / weeks.length).toBeGreaterThan(0.2);
  });

  it('has a few ambassadors among the most active, present to the end', () => {
    const amb = venue.members.map((m, i) => ({ m, i })).filter(({ m }) => m.ambassador);
    expect(amb.length).toBeGreaterThanOrEqual(2);
    expect(amb.length).toBeLessThanOrEqual(30);
    const threshold = counts[Math.floor(counts.length * 0.05)]!;
    for (const { m, i } of amb) {
      expect(m.end).toBe(ctx.cal.days);
      expect(perMember.get(i)!.n).toBeGreaterThanOrEqual(threshold);
    }
  });

  it('has a brand that answers with office-hours delays', () => {
    brandDelays.sort((a, b) => a - b);
    const med = brandDelays[Math.floor(brandDelays.length / 2)]! / 60_000;
    expect(med).toBeGreaterThan(20);
    expect(med).toBeLessThan(12 * 60);
    expect(brandDelays[0]!).toBeGreaterThanOrEqual(60_000);
    // Nobody at the brand writes between 23:00 and 07:00 (announcements and answers alike).
    expect(brandAtNight).toBe(0);
  });

  it('plants every topic, in French and English', () => {
    const plan = planGeneration({ size: 8000, seed: 5, formats: ['discord'] });
    const themes = plan.formats[0]!.counts.themes;
    const sum = Object.values(themes).reduce((s, n) => s + n, 0);
    // Thirteen topics: the rarest (returns, loyalty, sustainability) hold 3–4 % of the topical messages.
    for (const t of TOPIC_IDS) expect((themes[t] ?? 0) / sum, t).toBeGreaterThan(0.02);
    const langs = venue.members.map((m) => m.person.lang);
    const fr = langs.filter((l) => l === 'fr').length / langs.length;
    expect(fr).toBeGreaterThan(0.5);
    expect(fr).toBeLessThan(0.85);
  });
});
