import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

async function cercle(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const isoDay = (s: string) => new Date(`${s}T00:00:00Z`);

describe('cercle metrics', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-metrics-cli-'));

  it('prints every metric family as JSON, periods named by the ISO date of their first day', async () => {
    expect((await cercle(['demo', '--workspace', ws])).code).toBe(0);
    const res = await cercle(['metrics', '--client', 'demo', '--json', '--workspace', ws]);
    expect(res.err).toEqual([]);
    const m = JSON.parse(res.out);
    expect(Object.keys(m.responsiveness)).toEqual(
      expect.arrayContaining(['inboundConversations', 'answered', 'responseRate', 'medianFirstResponseMinutes', 'p90FirstResponseMinutes']),
    );
    expect(m.responsiveness.answered).toBeLessThanOrEqual(m.responsiveness.inboundConversations);
    expect(m.lifecycle.length).toBeGreaterThan(50);
    for (const l of m.lifecycle) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['period', 'new', 'returning', 'resurrecting', 'dormant']));
      expect(isoDay(l.period).getUTCDay()).toBe(1); // weeks start on Monday
    }
    // Lifecycle arithmetic holds week to week: active(P) = new + returning + resurrecting, and
    // returning(P) + dormant(P) = active(P - 1).
    for (let i = 1; i < m.lifecycle.length; i++) {
      const [before, now] = [m.lifecycle[i - 1], m.lifecycle[i]];
      expect(now.new + now.returning + now.resurrecting).toBe(now.active);
      expect(now.returning + now.dormant).toBe(before.active);
    }
    for (const key of ['cohorts', 'unbounded']) {
      for (const c of m.retention[key]) {
        expect(c.values[0]).toBe(1);
        expect(c.values).toHaveLength(c.counts.length);
      }
    }
    // Unbounded retention never rises with N, and is never below the classic cell.
    for (const [i, c] of m.retention.unbounded.entries()) {
      for (let n = 1; n < c.counts.length; n++) {
        expect(c.counts[n]).toBeLessThanOrEqual(c.counts[n - 1]);
        expect(c.counts[n]).toBeGreaterThanOrEqual(m.retention.cohorts[i].counts[n]);
      }
    }
    expect(m.funnel.map((s: { step: string }) => s.step)).toEqual([
      'audience',
      'reacted',
      'spoke',
      'deep',
      'conversation',
      'recurring',
      'ambassador',
    ]);
    for (let k = 1; k < m.funnel.length; k++) expect(m.funnel[k].members).toBeLessThanOrEqual(m.funnel[k - 1].members);
    expect(m.ambassadors.length).toBeGreaterThan(0);
    expect(m.ambassadors[0]).toMatchObject({
      member: expect.any(String),
      score: expect.any(Number),
      evidence: { quotes: expect.any(Array) },
    });
    expect(Object.keys(m.intent).sort()).toEqual(['complaint', 'praise', 'purchase', 'question']);
    // The demo is imported from generated exports of five platforms: their sources say what each shows.
    expect(new Set(m.coverage.sources.map((c: { platform: string }) => c.platform))).toEqual(
      new Set(['discord', 'instagram', 'linkedin', 'telegram', 'whatsapp']),
    );
  });

  it('takes --interval month, --from and --to', async () => {
    const res = await cercle([
      'metrics',
      '--client',
      'demo',
      '--json',
      '--interval',
      'month',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--workspace',
      ws,
    ]);
    const m = JSON.parse(res.out);
    expect(m.lifecycle.map((l: { period: string }) => l.period)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(m.applied).toMatchObject({ from: '2026-01-01', to: '2026-03-31', interval: 'month' });
  });

  it('prints a readable summary without --json, and one line on bad options', async () => {
    const text = await cercle(['metrics', '--client', 'demo', '--workspace', ws]);
    expect(text.out).toMatch(/^responsiveness: \d+\/\d+ inbound conversations answered/m);
    const bad = await cercle(['metrics', '--client', 'demo', '--interval', 'year', '--workspace', ws]);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual(['cercle metrics: interval "year" is not one of: week, month']);
    const backwards = await cercle(['metrics', '--client', 'demo', '--from', '2026-05-01', '--to', '2026-04-01', '--workspace', ws]);
    expect(backwards.err).toEqual(['cercle metrics: the filter ends (2026-04-01) before it starts (2026-05-01)']);
  });
});

describe('analytics tables after an import', () => {
  const chat = join(__dirname, '../../../tests/fixtures/whatsapp/index_test_chatExample.txt');

  it('are built by `import --analytics`, and otherwise by the first metrics request', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cercle-prepare-cli-'));
    const plain = await cercle(['import', chat, '--client', 'plain', '--json', '--workspace', ws]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.out).analytics).toBeUndefined();
    const eager = await cercle(['import', chat, '--client', 'eager', '--analytics', '--json', '--workspace', ws]);
    const prepared = JSON.parse(eager.out).analytics;
    expect(prepared).toMatchObject({ rebuilt: true, interactions: JSON.parse(eager.out).added.interactions });
    // Both clients answer the same: the lazy one rebuilds on its first request.
    const lazy = JSON.parse((await cercle(['metrics', '--client', 'plain', '--json', '--workspace', ws])).out);
    const ready = JSON.parse((await cercle(['metrics', '--client', 'eager', '--json', '--workspace', ws])).out);
    expect(lazy.funnel).toEqual(ready.funnel);
    expect(lazy.lifecycle).toEqual(ready.lifecycle);
    expect(lazy.responsiveness).toEqual(ready.responsiveness);
    expect(lazy.funnel[0].members).toBeGreaterThan(0);
  });
});
