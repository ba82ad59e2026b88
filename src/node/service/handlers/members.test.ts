import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/contract';
import { Workspace } from '../../store/workspace';
import { dispatch } from '../dispatch';
import { createHandlers } from '.';

async function demo() {
  const ws = new Workspace(mkdtempSync(join(tmpdir(), 'cercle-members-')));
  const handlers = createHandlers(ws, { now: () => Date.UTC(2026, 11, 8) });
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const res = await dispatch(handlers, method, input);
    if (!res.ok) throw new Error(res.error);
    return res.value as MethodOutput<M>;
  };
  await dispatch(handlers, 'clients.createDemo', { name: 'demo' });
  return { ws, ok };
}

/** The members methods over the contract (inputs parsed, outputs checked) on the demo client. */
describe('members handlers', () => {
  it('list every member of the overview, the members behind a funnel step, and merges as one row', async () => {
    const { ws, ok } = await demo();
    const client = 'demo';
    const all = await ok('members.list', { client });
    const summary = await ok('stats.summary', { client });
    expect(all.total).toBe(summary.members);
    expect(all.id).toHaveLength(summary.members);
    const funnel = await ok('metrics.funnel', { client, filter: { platforms: ['discord'] } });
    const deep = await ok('members.list', { client, filter: { platforms: ['discord'] }, evidence: { step: 'deep' } });
    expect(deep.id).toHaveLength(funnel.steps.find((s) => s.step === 'deep')!.members);

    // The same person twice in the grid until the suggestion is confirmed; rejecting another one sticks.
    const [first, second] = await ok('identities.suggest', { client });
    const ids = first!.identities.map((i) => i.identityId);
    await ok('identities.merge', { client, identityIds: ids });
    const merged = await ok('members.list', { client });
    expect(merged.total).toBe(all.total - (new Set(first!.identities.map((i) => i.personId)).size - 1));
    await ok('identities.reject', { client, identityIds: second!.identities.map((i) => i.identityId) });
    const left = await ok('identities.suggest', { client });
    expect(left.map((s) => s.identities[0]!.identityId)).not.toContain(second!.identities[0]!.identityId);
    expect(left.map((s) => s.identities[0]!.identityId)).not.toContain(ids[0]);

    // Split back from the member page: two rows again, and the pair is not suggested anew.
    const person = (await ok('members.get', { client, person: Math.min(...first!.identities.map((i) => i.personId)) })).identities;
    expect(person.map((i) => i.identityId).sort()).toEqual([...ids].sort());
    await ok('identities.split', { client, identityId: person[person.length - 1]!.identityId });
    expect((await ok('members.list', { client })).total).toBe(merged.total + 1);
    expect((await ok('identities.suggest', { client })).map((s) => s.identities[0]!.identityId)).not.toContain(ids[0]);
    await ws.closeAll();
  });

  it('refuses an unknown member in the user’s words', async () => {
    const { ws } = await demo();
    const res = await dispatch(createHandlers(ws), 'members.get', { client: 'demo', person: 999_999 });
    expect(res).toMatchObject({ ok: false, code: 'user', error: 'no member with id 999999: it may have been merged into another one' });
    await ws.closeAll();
  });
});
