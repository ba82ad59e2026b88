import { BRAND, type Ev } from './test-community';

/**
 * A small community with a conversation of every kind of group, for the conversations screen's tests
 * (client time zone UTC). Nine conversations:
 *  - the WhatsApp club chat, cut by two hours of silence: club#1 (ana, bob's complaint, the brand's
 *    answer, bob's thanks) and club#2 (cleo's complaint nobody answers, dan);
 *  - Fay's Instagram DM: dm#1 (a price question the brand answers) and, 11 days later (past the 168-hour
 *    thread gap), dm#2 (her praise, unanswered);
 *  - an Instagram comment thread on post p1: t1 (Gus's praise);
 *  - a Discord channel without threads: general#1 (Hal's question, Ivy) and general#2 (Hal, 2 h later);
 *  - the brand's Instagram reply with no thread, channel or post: one conversation of its author;
 *  - a LinkedIn comment on a post, no thread: li1.
 */
export const CONVERSATION_EVENTS: Ev[] = [
  { who: 'ana', kind: 'message', at: '2026-03-02 10:00', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'Bonjour le club' },
  {
    who: 'bob',
    kind: 'message',
    at: '2026-03-02 10:05',
    platform: 'whatsapp',
    channel: 'club',
    thread: 'club',
    text: "Ma commande n'est toujours pas arrivée",
  },
  {
    who: BRAND,
    kind: 'message',
    at: '2026-03-02 10:20',
    platform: 'whatsapp',
    channel: 'club',
    thread: 'club',
    text: 'Désolés Bob, on regarde ça',
  },
  { who: 'bob', kind: 'message', at: '2026-03-02 10:25', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'merci' },
  {
    who: 'cleo',
    kind: 'message',
    at: '2026-03-02 12:30',
    platform: 'whatsapp',
    channel: 'club',
    thread: 'club',
    text: 'Le colis est arrivé cassé',
  },
  {
    who: 'dan',
    kind: 'message',
    at: '2026-03-02 12:40',
    platform: 'whatsapp',
    channel: 'club',
    thread: 'club',
    text: 'Pareil, livraison en retard',
  },
  { who: 'fay', kind: 'dm', at: '2026-03-03 09:00', channel: { key: 'dm-fay', kind: 'dm' }, text: 'Quel est le prix de la bougie ?' },
  { who: BRAND, kind: 'dm', at: '2026-03-03 11:00', channel: { key: 'dm-fay', kind: 'dm' }, text: 'Elle coûte 39 €, livraison offerte' },
  { who: 'fay', kind: 'dm', at: '2026-03-14 09:00', channel: { key: 'dm-fay', kind: 'dm' }, text: "J'adore la bougie, merci !" },
  { who: 'gus', kind: 'comment', at: '2026-03-04 10:00', post: 'p1', thread: 't1', text: 'Magnifique photo' },
  {
    who: 'hal',
    kind: 'message',
    at: '2026-03-05 10:00',
    platform: 'discord',
    channel: { key: 'general', kind: 'channel' },
    text: 'Qui vient samedi ?',
  },
  {
    who: 'ivy',
    kind: 'message',
    at: '2026-03-05 10:10',
    platform: 'discord',
    channel: { key: 'general', kind: 'channel' },
    text: 'Moi ! Livraison reçue hier',
  },
  {
    who: 'hal',
    kind: 'message',
    at: '2026-03-05 12:30',
    platform: 'discord',
    channel: { key: 'general', kind: 'channel' },
    text: 'Bonne journée',
  },
  { who: BRAND, kind: 'reply', at: '2026-03-06 09:00', text: 'Merci Gus !' },
  { who: 'jo', kind: 'comment', at: '2026-03-07 10:00', platform: 'linkedin', post: 'li1', text: "Très belle livraison d'idées" },
];
