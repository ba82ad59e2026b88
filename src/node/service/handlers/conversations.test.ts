import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConversationsPage, ConversationThread } from '../../../core/contract/conversations';
import { Workspace } from '../../store/workspace';
import { dispatch } from '../dispatch';
import { createHandlers } from '.';

const FIXTURE = join(__dirname, '../../../../tests/fixtures/whatsapp/index_test_chatExample.txt');

/** The WhatsApp sample: three messages months apart, one a question to the group nobody answered. */
describe('conversations handlers', () => {
  it('builds the search index on the first text search, keeps it in the client file, and reads a conversation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-conversations-'));
    const ws = new Workspace(dir);
    const handlers = createHandlers(ws, { now: () => Date.UTC(2024, 0, 1) });
    const ok = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await dispatch(handlers, method, input);
      if (!res.ok) throw new Error(res.error);
      return res.value as T;
    };
    await ws.create('wa', 'UTC');
    await ok('imports.start', { client: 'wa', paths: [FIXTURE], brands: ['TestBot'] });
    expect(await ok('conversations.searchIndex', { client: 'wa' })).toEqual({ ready: false, pending: 3 });
    // Without text the index is not needed, and not built.
    const all = await ok<ConversationsPage>('conversations.search', { client: 'wa' });
    expect(all).toMatchObject({ total: 3, page: 0, pageSize: 20 });
    expect(await ok('conversations.searchIndex', { client: 'wa' })).toMatchObject({ ready: false });
    const found = await ok<ConversationsPage>('conversations.search', { client: 'wa', q: 'alright' });
    expect(found).toMatchObject({ total: 1, matchingMessages: 1 });
    expect(found.rows[0]!.snippet.some((p) => p.hit && p.text === 'alright')).toBe(true);
    // Saved with the client: another process opening the file finds it ready.
    const again = createHandlers(new Workspace(dir));
    const status = await dispatch(again, 'conversations.searchIndex', { client: 'wa' });
    expect(status).toEqual({ ok: true, value: { ready: true, pending: 0 } });
    const unanswered = await ok<ConversationsPage>('conversations.search', { client: 'wa', signal: 'question', answered: false });
    expect(unanswered.total).toBe(1);
    const thread = await ok<ConversationThread>('conversations.read', { client: 'wa', id: unanswered.rows[0]!.id, q: 'alright' });
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ match: true, signals: ['question'], brand: false });
    expect(thread.before).toHaveLength(1);
    expect(thread.after.map((m) => m.brand)).toEqual([true]);
  });
});
