import type { Handlers } from '../../../core/contract';
import { searchIndexState, updateSearchIndex } from '../../../core/analytics/derived/message-search';
import { searchConversations } from '../../../core/analytics/metrics/conversation-list';
import { readConversation } from '../../../core/analytics/metrics/conversation-thread';
import { resolveFilter } from '../../../core/analytics/metrics/filter';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import { transaction } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { ensureDerivedFresh } from './fresh-read';

type ConversationsMethod = Extract<keyof Handlers, `conversations.${string}`>;

/**
 * The conversations screen: the list and the reading view read the analytics tables (rebuilt first if
 * an import or a change left them stale, as the metrics do) and, for a text search, the full-text
 * index, brought up to date on the first search after an import (saved with the client, so it is
 * built once).
 */
export function conversationsHandlers(ws: Workspace): Pick<Handlers, ConversationsMethod> {
  const prepare = async (client: string, text: boolean) => {
    await ensureDerivedFresh(ws, client);
    if (text && !(await ws.read(client, (db) => searchIndexState(db).current)))
      await ws.write(client, (db) => transaction(db, () => updateSearchIndex(db)));
  };
  return {
    'conversations.search': async ({ client, filter, ...input }) => {
      await prepare(client, Boolean(input.q?.trim()));
      return ws.read(client, (db) => searchConversations(db, resolveFilter(db, filter), loadAnalyticsSettings(db), input));
    },
    'conversations.read': async ({ client, id, q, signal }) => {
      await prepare(client, Boolean(q?.trim()));
      return ws.read(client, (db) => readConversation(db, loadAnalyticsSettings(db), id, { q, signal }));
    },
    'conversations.searchIndex': ({ client }) =>
      ws.read(client, (db) => {
        const state = searchIndexState(db);
        return { ready: state.current, pending: state.pending };
      }),
  };
}
