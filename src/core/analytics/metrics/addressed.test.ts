import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { setJsonSetting, BRAND_NAMES } from '../../settings/settings';
import { refreshDerived } from '../derived/refresh-derived';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { resolveFilter } from './filter';
import { responsiveness } from './responsiveness';

const group = { key: 'wa-club', kind: 'group' as const };
const wa = (who: string, at: string, text: string): Ev => ({ who, kind: 'message', at, platform: 'whatsapp', channel: group, text });

async function rate(events: Ev[]) {
  const db = await memoryClientDb();
  setJsonSetting(db, BRAND_NAMES, ['Maison Lumière']);
  buildCommunity(db, events);
  refreshDerived(db);
  return responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
}

/** metrics.md "inbound thread": whether the brand was expected to answer is judged from the opening messages. */
describe('a conversation addressed to the brand', () => {
  it('includes a complaint or a purchase question without a question mark', async () => {
    const complaint = await rate([wa('zoe', '2026-03-02 10:00', "Ma commande n'est toujours pas arrivée, c'est long..."), wa(BRAND, '2026-03-02 10:20', 'Bonjour Zoé, je regarde tout de suite.')]);
    expect(complaint).toMatchObject({ inboundConversations: 1, answered: 1, medianFirstResponseMinutes: 20 });
    const purchase = await rate([wa('yan', '2026-03-02 10:00', 'Bonjour, je voudrais commander la bougie figue'), wa('zoe', '2026-03-02 10:02', 'moi aussi'), wa(BRAND, '2026-03-02 10:30', 'Avec plaisir !')]);
    expect(purchase).toMatchObject({ inboundConversations: 1, answered: 1, medianFirstResponseMinutes: 30 });
  });

  it('is not decided by what members say after the brand has spoken', async () => {
    // Members chatting, the brand joining in, a member thanking it by name: nobody asked the brand anything.
    const r = await rate([wa('yan', '2026-03-02 14:00', 'on se retrouve samedi au marché'), wa(BRAND, '2026-03-02 14:10', 'Nous y serons aussi !'), wa('yan', '2026-03-02 14:12', 'Merci Maison Lumière, à samedi')]);
    expect(r).toMatchObject({ inboundConversations: 0, answered: 0 });
  });
});
