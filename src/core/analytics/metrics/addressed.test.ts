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
    const complaint = await rate([
      wa('zoe', '2026-03-02 10:00', "Ma commande n'est toujours pas arrivée, c'est long..."),
      wa(BRAND, '2026-03-02 10:20', 'Bonjour Zoé, je regarde tout de suite.'),
    ]);
    expect(complaint).toMatchObject({ inboundConversations: 1, answered: 1, medianFirstResponseMinutes: 20 });
    const purchase = await rate([
      wa('yan', '2026-03-02 10:00', 'Bonjour, je voudrais commander la bougie figue'),
      wa('zoe', '2026-03-02 10:02', 'moi aussi'),
      wa(BRAND, '2026-03-02 10:30', 'Avec plaisir !'),
    ]);
    expect(purchase).toMatchObject({ inboundConversations: 1, answered: 1, medianFirstResponseMinutes: 30 });
  });

  it('is not decided by what members say after the brand has spoken', async () => {
    // Members chatting, the brand joining in, a member thanking it by name: nobody asked the brand anything.
    const r = await rate([
      wa('yan', '2026-03-02 14:00', 'on se retrouve samedi au marché'),
      wa(BRAND, '2026-03-02 14:10', 'Nous y serons aussi !'),
      wa('yan', '2026-03-02 14:12', 'Merci Maison Lumière, à samedi'),
    ]);
    expect(r).toMatchObject({ inboundConversations: 0, answered: 0 });
  });

  it('attributes a later brand message in a chat to the member it names, within the response window', async () => {
    const r = await rate([
      wa('zoe', '2026-03-02 10:00', 'Est-ce que la boutique est ouverte dimanche ?'),
      wa('yan', '2026-03-02 10:05', 'bonne question'),
      // 40 minutes later: past the 30-minute gap, so a conversation of its own, but it answers zoe.
      wa(BRAND, '2026-03-02 10:40', 'Oui Zoe, de 10h à 13h !'),
      wa('max', '2026-03-03 09:00', 'Vous faites des cartes cadeaux ?'),
      // Names someone else: no answer for max.
      wa(BRAND, '2026-03-03 10:00', 'Merci Yan pour la photo'),
      wa('lou', '2026-03-04 09:00', 'Je voudrais commander un coffret'),
      // Names lou, but 30 hours later: past the 24-hour window, not taken for an answer.
      wa(BRAND, '2026-03-05 15:00', 'Lou, votre coffret est prêt'),
    ]);
    expect(r).toMatchObject({ inboundConversations: 3, answered: 1, answeredWithinWindow: 1, medianFirstResponseMinutes: 40 });
  });
});
