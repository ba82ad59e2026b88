import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OverviewActivity, OverviewKpis, SourceGroup } from '../../../core/contract/overview';
import type { StatsSummary } from '../../../core/contract/stats';
import { Workspace } from '../../store/workspace';
import { dispatch } from '../dispatch';
import { createHandlers } from '.';

const FIXTURE = join(__dirname, '../../../../tests/fixtures/whatsapp/index_test_chatExample.txt');

/**
 * The WhatsApp sample (three authors: Sample User on Monday 6 Mar 2017, "+410123456789" on 9 Apr, the
 * brand TestBot on Monday 8 May), imported without building the analytics tables: the overview builds
 * them on its first call, as every metrics method does.
 */
describe('overview handlers', () => {
  it('answers the overview of an imported client, over the contract', async () => {
    const ws = new Workspace(mkdtempSync(join(tmpdir(), 'cercle-overview-')));
    const handlers = createHandlers(ws, { now: () => Date.UTC(2024, 0, 1) });
    const ok = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await dispatch(handlers, method, input);
      if (!res.ok) throw new Error(res.error);
      return res.value as T;
    };
    await ws.create('wa', 'UTC');
    await ok('imports.start', { client: 'wa', paths: [FIXTURE], brands: ['TestBot'] });
    const k = await ok<OverviewKpis>('overview.kpis', { client: 'wa' });
    // Ten weeks, Monday 6 March to Sunday 14 May; the data stop on Monday 8 May.
    expect(k.period).toEqual({ from: '2017-03-06', to: '2017-05-14', weeks: 10 });
    expect(k.partial).toBe('end');
    expect(k.noComparison).toBe('no-previous-period');
    expect(k.brandKnown).toBe(true);
    // Two members (the brand is not one); the question of 9 April was never answered.
    expect(k.kpis.activeMembers.value).toBe(2);
    expect(k.kpis.responseRate).toMatchObject({ value: 0, count: 0, of: 1 });
    expect(k.kpis.medianFirstResponse.value).toBeNull();
    // April against March: +410123456789 (new) against Sample User.
    const april = await ok<OverviewKpis>('overview.kpis', { client: 'wa', filter: { from: '2017-04-03', to: '2017-04-30' } });
    expect(april.compared).toEqual({
      current: { from: '2017-04-03', to: '2017-04-30', weeks: 4 },
      previous: { from: '2017-03-06', to: '2017-04-02', weeks: 4 },
    });
    expect(april.kpis.activeMembers.comparison).toMatchObject({ current: { value: 1 }, previous: { value: 1 }, change: 0 });
    expect(april.kpis.returningShare.value).toBe(0);
    const a = await ok<OverviewActivity>('overview.activity', { client: 'wa' });
    expect(a.totals).toEqual({ interactions: 3, inbound: 2, outbound: 1, messages: 3 });
    expect(a.openWeek).toBe('2017-05-08');
    const groups = await ok<SourceGroup[]>('overview.sources', { client: 'wa' });
    expect(groups.map((g) => [g.by, g.files])).toEqual([['file', 1]]);
    expect(groups[0]!.label).toMatch(/index_test_chatExample\.txt$/);
    expect(groups[0]!.lacks).toContain('reactions');
    // The client's summary lists its files only when asked: the app's frame does not, `cercle stats` does.
    const frame = await ok<StatsSummary>('stats.summary', { client: 'wa' });
    const withFiles = await ok<StatsSummary>('stats.summary', { client: 'wa', files: true });
    expect(frame.sources).toBeUndefined();
    expect(frame.coverage).toBeUndefined();
    expect(withFiles.sources!.map((x) => [x.format, x.records])).toEqual([['whatsapp.txt', 3]]);
    expect(withFiles.coverage![0]!.lacks).toContain('reactions');
    expect({ ...withFiles, sources: undefined, coverage: undefined }).toEqual({ ...frame, sources: undefined, coverage: undefined });
    const bad = await dispatch(handlers, 'contents.interactions', { client: 'wa', contentId: 1 });
    expect(bad).toMatchObject({ ok: false, code: 'user', error: 'no post with id 1 in this client' });
  });
});
