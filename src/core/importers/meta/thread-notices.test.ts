import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { NOTICE_PATTERNS } from './messages/notice-patterns';
import { membersNamed, noticeOf } from './messages/notices';
import { count, exportFile, importInto, tally } from './test-helpers';

/**
 * Thread notices (messages/notice-patterns.ts) in the hand-written exports of notices_requests_2025
 * (Instagram, English and French, JSON and HTML) and messenger_notices_2025 (Messenger JSON).
 */
const IG = join(__dirname, '../../../../tests/fixtures/instagram/notices_requests_2025');
const FB = join(__dirname, '../../../../tests/fixtures/facebook/messenger_notices_2025');
const ACT = 'your_instagram_activity';
const ig = (inner: string) => exportFile(inner, readFileSync(join(IG, inner), 'utf8'), 'instagram-atelier.brume-2025.zip');
const fb = (inner: string) => exportFile(inner, readFileSync(join(FB, inner), 'utf8'), 'facebook-atelierbrume-2025.zip');
const profile = () => ig('personal_information/personal_information/personal_information.json');
const NOTICE_LINES = (n: number) =>
  `${n} notice line(s) ("Liked a message", reaction notices, calls, group events…) are not counted as messages`;

describe('thread notices, as words', () => {
  it('recognises group, poll, call and connection notices in English and French', () => {
    const cases: [string, string, string?][] = [
      ["Lina Ortega's poll has multiple updates.", 'poll'],
      ['This poll is no longer available.', 'poll'],
      ['Lina Ortega created a poll: Which day?', 'poll'],
      ['Basile Roux voted for "Saturday" in the poll.', 'poll'],
      ['Le sondage de Lina Ortega a plusieurs mises à jour.', 'poll'],
      ['Ce sondage n’est plus disponible.', 'poll'],
      ['Maëlle Quintin a voté pour « Samedi » dans le sondage.', 'poll'],
      ['Lina Ortega joined the group.', 'group', 'join'],
      ['Tomás Ferreira left the group.', 'group', 'leave'],
      ['You added Maëlle Quintin to the group.', 'group', 'join'],
      ['Lina Ortega a rejoint le groupe.', 'group', 'join'],
      ['Basile Roux a quitté le groupe.', 'group', 'leave'],
      ['Vous avez ajouté Maëlle Quintin et Céleste Morel au groupe.', 'group', 'join'],
      ['Lina a retiré Basile Roux du groupe.', 'group', 'leave'],
      ['Atelier Brume named the group Brume Club.', 'group'],
      ['Lina Ortega changed the group photo.', 'group'],
      ['Atelier Brume a nommé le groupe Club Brume.', 'group'],
      ['Lina Ortega a modifié la photo du groupe.', 'group'],
      ['A contact created the group.', 'group'],
      ['Missed call', 'call'],
      ['Missed video call', 'call'],
      ['Basile Roux started a call.', 'call'],
      ['The call ended.', 'call'],
      ['Appel manqué', 'call'],
      ['Céleste Morel a lancé un appel.', 'call'],
      ['L’appel est terminé.', 'call'],
      ['You are now connected on Messenger', 'connection'],
      ['Vous êtes maintenant connectés sur Messenger', 'connection'],
      ['Dites bonjour à votre nouvel ami Facebook, Basile.', 'connection'],
      // The rarer wordings, one per pattern of notice-patterns.ts
      ['Atelier Brume removed Tomás Ferreira from the group.', 'group', 'leave'],
      ['Say hi to your new Facebook friend, Lina.', 'connection'],
      ['Lina Ortega set the nickname for Basile Roux to Bas.', 'group'],
      ['Lina Ortega changed the theme to Lavender.', 'group'],
      ['Lina Ortega set the quick reaction to 🌫️.', 'group'],
      ['Lina Ortega pinned a message.', 'group'],
      ['Atelier Brume made Lina Ortega an admin.', 'group'],
      ['Lina Ortega a défini le surnom de Basile Roux : Bas.', 'group'],
      ['Lina Ortega a modifié le thème de la discussion en Lavande.', 'group'],
      ['Lina Ortega a épinglé un message.', 'group'],
      ['Atelier Brume a nommé Lina Ortega administratrice.', 'group'],
      ['Basile Roux changed their vote to "Sunday" in the poll.', 'poll'],
      ['Basile Roux a modifié son vote pour « Dimanche » dans le sondage.', 'poll'],
      ['Lina Ortega a créé un sondage : Quel jour ?', 'poll'],
      ['Lina Ortega started a video chat.', 'call'],
      ['You missed a call from Lina Ortega.', 'call'],
      ['Vous avez manqué un appel de Lina Ortega.', 'call'],
      ['Lina Ortega a rejoint l’appel vidéo.', 'call'],
      ["You're now friends on Facebook", 'connection'],
      ['You can now message and call each other and see info like Active Status.', 'connection'],
      ["This account can't receive your message because they don't allow new message requests from everyone.", 'connection'],
      ['Jordan Vale accepted your message request.', 'connection'],
      ['Vous pouvez maintenant vous envoyer des messages et vous appeler.', 'connection'],
      ['Ce compte ne peut pas recevoir votre message.', 'connection'],
      ['Jordan Vale a accepté votre demande de message.', 'connection'],
    ];
    for (const [text, topic, membership] of cases)
      expect([text, noticeOf(text)?.topic, noticeOf(text)?.membership]).toEqual([text, topic, membership]);
    const tried = new Set(cases.map(([text]) => NOTICE_PATTERNS.find((p) => p.re.test(text.trim()))));
    expect(NOTICE_PATTERNS.filter((p) => !tried.has(p)).map((p) => p.re.source)).toEqual([]);
    expect(NOTICE_PATTERNS.flatMap((p) => p.hints).filter((h) => h !== h.toLowerCase())).toEqual([]);
  });

  it("leaves members' own words alone, even when they sound like a notice", () => {
    for (const text of [
      'The call ended badly, my connection dropped 😅',
      'I left the group chat on mute, sorry!',
      'Il a voté pour le bleu',
      'J’ai quitté le groupe de l’an dernier',
      'Missed call? I was in the workshop',
      'Hello! So happy to be here',
      'I changed the theme of my shop, what do you think?',
      'He changed his vote in the election lol',
      'Elle a modifié le thème de son site',
    ]) {
      expect([text, noticeOf(text)]).toEqual([text, undefined]);
    }
  });

  it('names the members of a join or leave only when they can be told apart', () => {
    const participants = ['Atelier Brume', 'Maëlle Quintin', 'Céleste Morel', 'Tom and Jerry Shop'];
    expect(membersNamed('Maëlle Quintin et Céleste Morel', participants)).toEqual(['Maëlle Quintin', 'Céleste Morel']);
    expect(membersNamed('Tom and Jerry Shop', participants)).toEqual(['Tom and Jerry Shop']);
    expect(membersNamed('Tomás Ferreira', participants)).toEqual(['Tomás Ferreira']); // left since: named, not listed
    expect(membersNamed('Ana and Léo', participants)).toEqual([]); // two people or one? not told apart
    expect(membersNamed('You', participants)).toEqual([]);
    expect(membersNamed('Vous', participants)).toEqual([]);
  });
});

describe('thread notices in Instagram group threads', () => {
  it('English JSON: 13 notices are not messages; 3 joins and 1 leave are recorded', async () => {
    const { rows, warnings } = await importInto(await memoryClientDb(), [
      profile(),
      ig(`${ACT}/messages/inbox/brumeclub_5566778899001122/message_1.json`),
    ]);
    expect(tally(rows)).toEqual({ 'message/outbound': 2, 'message/inbound': 3, 'join/inbound': 3, 'leave/inbound': 1 });
    expect(rows.filter((r) => r.kind === 'message').map((r) => r.text)).toEqual([
      'Welcome to the Brume Club 🌫️',
      'Hello! So happy to be here',
      'The call ended badly, my connection dropped 😅',
      'I left the group chat on mute, sorry! Saturday works for me',
      'Perfect, see you all on Saturday',
    ]);
    expect(rows.filter((r) => r.kind === 'join' || r.kind === 'leave').map((r) => [r.kind, r.who, r.channel, r.channelKind])).toEqual([
      ['join', 'Lina Ortega', 'Brume Club', 'group'],
      ['join', 'Tomás Ferreira', 'Brume Club', 'group'],
      ['join', 'Maëlle Quintin', 'Brume Club', 'group'],
      ['leave', 'Tomás Ferreira', 'Brume Club', 'group'],
    ]);
    expect(warnings).toContain(NOTICE_LINES(13));
    expect(warnings).toContain(
      'thread notices left out of messages: 7 group event(s) (3 join(s) and 1 leave(s) recorded), 4 poll notice(s), 2 call notice(s)',
    );
  });

  it('French JSON: 14 notices are not messages; "Vous avez ajouté A et B" is two joins', async () => {
    const { rows, warnings } = await importInto(await memoryClientDb(), [
      profile(),
      ig(`${ACT}/messages/inbox/clubbrume_6677889900112233/message_1.json`),
    ]);
    expect(tally(rows)).toEqual({ 'message/outbound': 2, 'message/inbound': 1, 'join/inbound': 4, 'leave/inbound': 1 });
    expect(rows.filter((r) => r.kind === 'join' || r.kind === 'leave').map((r) => `${r.kind} ${r.who}`)).toEqual([
      'join Lina Ortega',
      'join Basile Roux',
      'join Maëlle Quintin',
      'join Céleste Morel',
      'leave Basile Roux',
    ]);
    expect(warnings).toContain(
      'thread notices left out of messages: 7 group event(s) (4 join(s) and 1 leave(s) recorded), 4 poll notice(s), 3 call notice(s)',
    );
  });

  it('French HTML: the notices are read from the page blocks the same way', async () => {
    const { rows, warnings } = await importInto(await memoryClientDb({ timezone: 'Europe/Paris' }), [
      profile(),
      ig(`${ACT}/messages/inbox/brumeteinture_4455667788990011/message_1.html`),
    ]);
    expect(rows.map((r) => `${r.kind} ${r.who}`)).toEqual([
      'message Céleste Morel',
      'join Céleste Morel',
      'join Lina Ortega',
      'leave Maëlle Quintin',
      'message Atelier Brume',
    ]);
    expect(warnings).toContain(
      'thread notices left out of messages: 4 group event(s) (2 join(s) and 1 leave(s) recorded), 1 poll notice(s), 1 call notice(s)',
    );
  });

  it('a re-import adds no join, leave or message twice', async () => {
    const db = await memoryClientDb();
    const files = () => [
      profile(),
      ig(`${ACT}/messages/inbox/brumeclub_5566778899001122/message_1.json`),
      ig(`${ACT}/messages/inbox/clubbrume_6677889900112233/message_1.json`),
    ];
    await runImport(db, files(), { now: () => 0 });
    const again = await runImport(
      db,
      files().map((f) => exportFile(f.innerPath, readFileSync(join(IG, f.innerPath), 'utf8'), 'instagram-later.zip')),
      { now: () => 0 },
    );
    expect(again.added.interactions).toBe(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM interactions WHERE kind IN ('join', 'leave')")).toBe(9);
  });
});

describe('thread notices in Messenger threads', () => {
  it('connection and call notices, English and French, are not messages', async () => {
    const files = [
      fb('your_facebook_activity/messages/inbox/linaortega_10161234567890123/message_1.json'),
      fb('your_facebook_activity/messages/inbox/basileroux_10169876543210987/message_1.json'),
    ];
    const { rows, outcome } = await importInto(await memoryClientDb(), files);
    expect(rows.map((r) => [r.kind, r.direction, r.text])).toEqual([
      ['dm', 'inbound', 'Hi! Is the shop open on Sunday?'],
      ['dm', 'inbound', 'Bonjour, il reste des places samedi ?'],
      ['dm', 'outbound', 'Oui, deux places !'],
      ['dm', 'outbound', 'Yes, from 10 to 4!'],
    ]);
    expect(outcome.sources.map((s) => s.warnings.find((w) => w.startsWith('thread notices')))).toEqual([
      'thread notices left out of messages: 4 call notice(s), 1 connection notice(s)',
      'thread notices left out of messages: 1 call notice(s), 2 connection notice(s)',
    ]);
  });
});
