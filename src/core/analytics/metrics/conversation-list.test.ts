import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { ConversationsPage } from '../../contract/conversations';
import type { MetricsFilter } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { updateSearchIndex } from '../derived/message-search';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { buildCommunity } from '../test-community';
import { CONVERSATION_EVENTS } from '../test-conversations';
import { type ConversationSearch, searchConversations } from './conversation-list';
import { CONVERSATION_OF_MESSAGE } from './conversation-rows';
import { resolveFilter } from './filter';
import { intent } from './intent';
import { responsiveness } from './responsiveness';

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, CONVERSATION_EVENTS);
  updateSearchIndex(db);
  return db;
}

const search = (db: Db, input: Partial<ConversationSearch> = {}, filter: MetricsFilter = {}): ConversationsPage =>
  searchConversations(db, resolveFilter(db, filter), loadAnalyticsSettings(db), { page: 0, pageSize: 20, ...input });
/** Each row as "starter@first time" (brand = "·"), the way the tests below name the conversations. */
const names = (p: ConversationsPage) => p.rows.map((r) => `${r.starter ?? '·'}@${r.firstAt.slice(5, 16)}`);
const snippetText = (p: ConversationsPage, i = 0) => p.rows[i]!.snippet.map((x) => (x.hit ? `[${x.text}]` : x.text)).join('');

describe('the conversations list', () => {
  it('ties every message to the one conversation that holds it, in every kind of group', async () => {
    const db = await setup();
    const mismatched = db.get<{ n: number; missing: number }>(
      `SELECT COUNT(*) AS n, SUM(m.n IS NULL OR m.n <> c.messages) AS missing FROM conversations c LEFT JOIN (
         SELECT cid, COUNT(*) AS n FROM (SELECT (${CONVERSATION_OF_MESSAGE}) AS cid FROM interactions i) GROUP BY cid) m ON m.cid = c.id`,
    )!;
    expect(mismatched).toEqual({ n: 9, missing: 0 });
  });

  it('lists conversations newest first, a page at a time', async () => {
    const db = await setup();
    const all = search(db);
    expect(all).toMatchObject({ total: 9, matchingMessages: null, hasMore: false, byMatch: false, timezone: 'UTC' });
    expect(names(all)).toEqual([
      'fay@03-14T09:00',
      'jo@03-07T10:00',
      '·@03-06T09:00',
      'hal@03-05T12:30',
      'hal@03-05T10:00',
      'gus@03-04T10:00',
      'fay@03-03T09:00',
      'cleo@03-02T12:30',
      'ana@03-02T10:00',
    ]);
    expect(all.rows[8]).toMatchObject({
      platform: 'whatsapp',
      // Test channels have no name; imported ones do ("Club Maison Lumière").
      place: { channel: null, channelKind: 'group', post: null, thread: false },
      messages: 4,
      members: 2,
      awaited: true,
      answered: true,
      responseMinutes: 20,
      snippetAuthor: 'ana',
    });
    expect(snippetText(all, 8)).toBe('Bonjour le club');
    // The comment thread on a post is a thread; the brand's lone reply is the brand's.
    expect(all.rows[5]!.place).toMatchObject({ thread: true, post: null });
    expect(all.rows[2]).toMatchObject({ starter: null, awaited: false, answered: null });
    const page = search(db, { page: 2, pageSize: 4 });
    expect(page).toMatchObject({ total: 9, hasMore: false });
    expect(names(page)).toEqual(['ana@03-02T10:00']);
    expect(search(db, { page: 0, pageSize: 4 }).hasMore).toBe(true);
  });

  it('keeps the answered and unanswered conversations the responsiveness metric counts', async () => {
    const db = await setup();
    const r = responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
    const unanswered = search(db, { answered: false });
    const answered = search(db, { answered: true });
    expect([answered.total, unanswered.total]).toEqual([r.answered, r.inboundConversations - r.answered]);
    expect(names(answered)).toEqual(['fay@03-03T09:00', 'ana@03-02T10:00']);
    // Hal's "Bonne journée" asks nothing of the brand: not awaited, so in neither list.
    expect(names(unanswered)).toEqual(['fay@03-14T09:00', 'jo@03-07T10:00', 'hal@03-05T10:00', 'gus@03-04T10:00', 'cleo@03-02T12:30']);
    saveAnalyticsSettings(db, { responseScope: 'all' });
    expect(search(db, { answered: false }).total).toBe(6);
  });

  it('finds the messages of a signal, answered or not, as the intent metric counts them', async () => {
    const db = await setup();
    const complaint = intent(db, resolveFilter(db), loadAnalyticsSettings(db)).complaint;
    expect([complaint.count, complaint.answered]).toEqual([2, 1]);
    const all = search(db, { signal: 'complaint' });
    expect(all).toMatchObject({ total: 2, matchingMessages: 2, byMatch: true });
    // Listed by their latest match: Cleo's unanswered complaint, then Bob's, answered 15 minutes later.
    expect(all.rows.map((r) => [r.starter, r.answered, r.matches, r.lastMatchAt])).toEqual([
      ['cleo', false, 1, '2026-03-02T12:30:00.000Z'],
      ['ana', true, 1, '2026-03-02T10:05:00.000Z'],
    ]);
    expect(all.rows[1]).toMatchObject({ snippetAuthor: 'bob' });
    const open = search(db, { signal: 'complaint', answered: false });
    expect(open).toMatchObject({ total: 1, matchingMessages: complaint.count - complaint.answered });
    expect(snippetText(open)).toBe('Le colis est arrivé cassé');
    // Fay's question in her DM is also a purchase question; the brand answered it.
    expect(search(db, { signal: 'purchase' }).rows.map((r) => [r.starter, r.answered])).toEqual([['fay', true]]);
  });

  it('searches what members and the brand wrote, accents aside, and marks the words found', async () => {
    const db = await setup();
    const p = search(db, { q: 'livraison' });
    expect(p).toMatchObject({ total: 4, matchingMessages: 4, ignoredQuery: false });
    expect(names(p)).toEqual(['jo@03-07T10:00', 'hal@03-05T10:00', 'fay@03-03T09:00', 'cleo@03-02T12:30']);
    // The brand's answer in Fay's DM is what matched there.
    expect(p.rows[2]).toMatchObject({ snippetAuthor: 'Brand', matches: 1 });
    expect(snippetText(p, 2)).toBe('Elle coûte 39 €, [livraison] offerte');
    expect(names(search(db, { q: 'ARRIVÉE' }))).toEqual(['ana@03-02T10:00']);
    expect(snippetText(search(db, { q: 'arrivee' }))).toBe("Ma commande n'est toujours pas [arrivée]");
    expect(search(db, { q: 'livr -retard' }).total).toBe(3);
    expect(search(db, { q: '"livraison offerte"' }).total).toBe(1);
    expect(search(db, { q: 'bougie OR photo' }).total).toBe(3);
  });

  it('combines text, signal, answer, period and platforms', async () => {
    const db = await setup();
    // Conversation-level answer with text: the unanswered among the four holding « livraison ».
    expect(names(search(db, { q: 'livraison', answered: false }))).toEqual(['jo@03-07T10:00', 'hal@03-05T10:00', 'cleo@03-02T12:30']);
    expect(search(db, { q: 'livraison', answered: false }).matchingMessages).toBe(3);
    expect(names(search(db, { q: 'commande', signal: 'complaint' }))).toEqual(['ana@03-02T10:00']);
    expect(search(db, { q: 'colis', signal: 'praise' }).total).toBe(0);
    expect(names(search(db, {}, { platforms: ['discord'] }))).toEqual(['hal@03-05T12:30', 'hal@03-05T10:00']);
    expect(names(search(db, {}, { from: '2026-03-05', to: '2026-03-06' }))).toEqual([
      '·@03-06T09:00',
      'hal@03-05T12:30',
      'hal@03-05T10:00',
    ]);
    // A message in the period counts even when its conversation began before it.
    expect(names(search(db, { q: 'merci' }, { from: '2026-03-14' }))).toEqual(['fay@03-14T09:00']);
    expect(search(db, { q: 'livraison' }, { platforms: ['whatsapp'] }).total).toBe(1);
  });

  it('walks many matches from the newest only as far as the page needs, each row still exact', async () => {
    const db = await setup();
    const walk = (input: Partial<ConversationSearch>) =>
      searchConversations(db, resolveFilter(db), loadAnalyticsSettings(db), { page: 0, pageSize: 2, ...input }, { exactUpTo: 1, batch: 1 });
    const first = walk({ q: 'livraison' });
    // Conversations are not all counted; the matching messages are, when no conversation test drops any.
    expect(first).toMatchObject({ total: null, matchingMessages: 4, hasMore: true });
    expect(names(first)).toEqual(['jo@03-07T10:00', 'hal@03-05T10:00']);
    expect(names(walk({ q: 'livraison', page: 1 }))).toEqual(['fay@03-03T09:00', 'cleo@03-02T12:30']);
    expect(walk({ q: 'livraison', page: 1 })).toMatchObject({ total: 4, hasMore: false });
    expect(walk({ q: 'livraison', answered: false, pageSize: 1 })).toMatchObject({ total: null, matchingMessages: null, hasMore: true });
    // Bob's conversation holds one complaint: its row says so, however far the walk went.
    const complaints = walk({ signal: 'complaint', pageSize: 1, page: 1 });
    expect(complaints.rows.map((r) => [r.starter, r.matches, r.answered])).toEqual([['ana', 1, true]]);
  });

  it('says when the text holds nothing to search for', async () => {
    const db = await setup();
    expect(search(db, { q: '?!' })).toMatchObject({ ignoredQuery: true, total: 9, byMatch: false });
    expect(search(db, { q: 'introuvable' })).toMatchObject({ total: 0, matchingMessages: 0, rows: [], hasMore: false });
  });
});
