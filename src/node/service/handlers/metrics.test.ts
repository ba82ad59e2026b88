import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../../core/contract/metrics';
import { Workspace } from '../../store/workspace';
import { dispatch } from '../dispatch';
import { createHandlers } from '.';

const FIXTURE = join(__dirname, '../../../../tests/fixtures/whatsapp/index_test_chatExample.txt');

async function setup() {
  const ws = new Workspace(mkdtempSync(join(tmpdir(), 'cercle-metrics-')));
  const handlers = createHandlers(ws, { now: () => Date.UTC(2024, 0, 1) });
  const call = async (method: string, input: unknown) => dispatch(handlers, method, input);
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await call(method, input);
    if (!res.ok) throw new Error(res.error);
    return res.value as T;
  };
  await ws.create('wa', 'UTC');
  await ok('imports.start', { client: 'wa', paths: [FIXTURE], brands: ['TestBot'] });
  return { ws, call, ok };
}

/**
 * The WhatsApp sample: a group chat (three authors) with Sample User on 6 Mar 2017, "+410123456789"
 * asking "How are you? … Is everything alright?" on 9 Apr, and TestBot, the brand, on 8 May. Months
 * apart, each message is its own conversation; only the question is addressed to the brand (a group
 * chat without mention or question is members talking), and nobody answered it.
 */
describe('metrics handlers', () => {
  it('computes every metric of an imported client, derived at import time', async () => {
    const { ok } = await setup();
    const m = await ok<MetricsResult>('metrics.compute', { client: 'wa' });
    expect(m.applied).toMatchObject({ from: '2017-03-06', to: '2017-05-08', timezone: 'UTC', segment: 'all', interval: 'week' });
    expect(m.conversations).toMatchObject({ conversations: 3, native: 0, inbound: 2 });
    expect(m.responsiveness).toMatchObject({ inboundConversations: 1, answered: 0, responseRate: 0, medianFirstResponseMinutes: null });
    expect(m.intent.question).toEqual({
      count: 1,
      members: 1,
      memberShare: 0.5,
      answered: 0,
      responseRate: 0,
      medianFirstResponseMinutes: null,
    });
    expect(m.funnel.map((s) => s.members)).toEqual([2, 2, 2, 0, 0, 0, 0]);
    // Ten weeks from Monday 6 March to Monday 8 May; the last one had not ended with the data.
    expect(m.lifecycle).toHaveLength(10);
    expect(m.lifecycle.filter((l) => l.new || l.dormant).map((l) => [l.period, l.new, l.dormant])).toEqual([
      ['2017-03-06', 1, 0],
      ['2017-03-13', 0, 1],
      ['2017-04-03', 1, 0],
      ['2017-04-10', 0, 1],
    ]);
    expect(m.lifecycle.at(-1)).toMatchObject({ period: '2017-05-08', complete: false });
    expect(m.coverage.sources).toHaveLength(1);
  });

  it('serves each metric alone, and settings that rebuild the derived tables', async () => {
    const { ok } = await setup();
    const settings = await ok<{ responseScope: string }>('metrics.settings.set', { client: 'wa', settings: { responseScope: 'all' } });
    expect(settings.responseScope).toBe('all');
    expect(await ok('metrics.responsiveness', { client: 'wa' })).toMatchObject({ inboundConversations: 2, answered: 0 });
    // A wider silence window joins nothing here (the messages are weeks apart), and the tables follow.
    await ok('metrics.settings.set', { client: 'wa', settings: { conversationGapMinutes: 60 * 24 * 7 } });
    expect(await ok('metrics.conversations', { client: 'wa' })).toMatchObject({ conversations: 3 });
    expect((await ok<{ conversationGapMinutes: number }>('metrics.settings.reset', { client: 'wa' })).conversationGapMinutes).toBe(30);
    expect(await ok('metrics.funnel', { client: 'wa', filter: { from: '2017-04-01' } })).toMatchObject({
      steps: [{ step: 'audience', members: 1 }, { step: 'reacted', members: 1 }, { step: 'spoke', members: 1 }, {}, {}, {}, {}],
    });
  });

  it('answers bad requests with one clear line', async () => {
    const { call } = await setup();
    const backwards = await call('metrics.compute', { client: 'wa', filter: { from: '2017-05-01', to: '2017-04-01' } });
    expect(backwards).toMatchObject({
      ok: false,
      code: 'user',
      error: 'the filter ends (2017-04-01) before it starts (2017-05-01)',
      reason: { code: 'filter.ends-before-start', params: { from: '2017-05-01', to: '2017-04-01' } },
    });
    const badRule = await call('metrics.settings.set', { client: 'wa', settings: { thanksRules: ['(merci'] } });
    expect(badRule).toMatchObject({ ok: false, code: 'user' });
    expect((badRule as { error: string }).error).toMatch(/^the thanks rule "\(merci" is not a valid regular expression/);
    expect(await call('metrics.compute', { client: 'wa', filter: { from: '2017-02-30' } })).toMatchObject({
      ok: false,
      code: 'bad-request',
    });
    expect(await call('metrics.compute', { client: 'nobody' })).toMatchObject({ ok: false, code: 'user' });
  });

  it('rebuilds the derived tables after an identity merge, and for a client whose tables are stale', async () => {
    const { ws, ok } = await setup();
    const people = await ws.read('wa', (db) => db.all<{ id: number }>('SELECT id FROM identities WHERE is_brand = 0 ORDER BY id'));
    await ok('identities.merge', { client: 'wa', identityIds: people.map((p) => p.id) });
    // One member now: first seen 6 March, back on 9 April.
    const merged = await ok<MetricsResult>('metrics.compute', { client: 'wa' });
    expect(merged.funnel[0]!.members).toBe(1);
    expect(merged.lifecycle.find((l) => l.period === '2017-04-03')).toMatchObject({ new: 0, resurrecting: 1 });
    // A client saved with out-of-date derived tables (an older Cercle, an interrupted change) is rebuilt on first read.
    await ws.write('wa', (db) => {
      db.run('DELETE FROM member_weeks');
      db.run("UPDATE settings SET value = 'stale' WHERE key = 'analytics.derived'");
    });
    expect((await ok<MetricsResult>('metrics.compute', { client: 'wa' })).lifecycle).toEqual(merged.lifecycle);
  });
});
