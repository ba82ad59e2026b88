import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { LOCALE_CODES } from './localised-texts';

const FIX = join(__dirname, '../../../../tests/fixtures/whatsapp/locales');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

interface Row {
  name: string;
  at: number;
  text: string | null;
  kind: string;
}

async function importText(path: string, text: string) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(db, [memoryFile(path, text, 7)], { now: () => 0 });
  const rows = db.all<Row>(
    'SELECT p.name AS name, i.at AS at, i.text AS text, i.kind AS kind FROM interactions i JOIN people p ON p.id = i.person_id ORDER BY i.at, i.id',
  );
  const people = db.all<{ name: string }>('SELECT name FROM people ORDER BY name').map((p) => p.name);
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  return { db, outcome, rows, people, of };
}

/**
 * Every file in tests/fixtures/whatsapp/locales/<lang>_<ios|android>.txt tells the same story in its
 * language, as that phone writes it: the encryption notice (under the group's name on iOS, and on
 * some Android files too) and the group's creation; Ann adds Bob; Cy joins by the invite link; Ann
 * writes; Bob and Dee each send one photo or sticker exported without media (and nothing else); Cy's
 * message is deleted; Cy leaves; Ann removes Dee.
 */
describe('WhatsApp system lines, media and deletions in ten languages', () => {
  for (const lang of LOCALE_CODES) {
    for (const os of ['ios', 'android'] as const) {
      const file = `${lang}_${os}.txt`;
      // iOS names the archive "WhatsApp Chat - Club.zip" and the file in it _chat.txt.
      const path = os === 'ios' ? 'WhatsApp Chat - Club.zip/_chat.txt' : 'WhatsApp Chat with Club.txt';
      it(`reads ${file}`, async () => {
        const { people, of, db } = await importText(path, read(file));
        // Notices and the group's own lines create no member: the group "Club" is not one.
        expect(people).toEqual(['Ann', 'Bob', 'Cy', 'Dee']);
        // Media placeholders are messages of their authors, without text, so Bob and Dee, who only
        // send media, are members. The deleted message is Cy's message without text: a deletion shows
        // the member was active then, but the notice's words are WhatsApp's, not Cy's.
        const messages = of('message');
        expect(messages.map((r) => [r.name, r.text === null])).toEqual([
          ['Ann', false],
          ['Bob', true],
          ['Dee', true],
          ['Cy', true],
        ]);
        expect(new Date(messages[0]!.at).toISOString()).toBe('2024-01-15T10:03:00.000Z');
        expect(of('join').map((r) => r.name)).toEqual(['Bob', 'Cy']);
        expect(of('leave').map((r) => r.name)).toEqual(['Cy', 'Dee']);
        expect(db.get('SELECT kind FROM channels')).toEqual({ kind: 'group' });
      });
    }
  }
});

describe('WhatsApp lines the lists do not know', () => {
  it('reads an iOS line marked U+200E in an unknown wording as a media message of its author, and the group name as no member', async () => {
    // A Polish phone: no Polish list, so the members' placeholders and the group's system lines are
    // all unknown ‎-marked lines. The group's own lines come under the chat's name and stay out.
    const { people, of, outcome } = await importText('WhatsApp Chat - Klub.zip/_chat.txt', read('pl_ios_unknown_wordings.txt'));
    expect(people).toEqual(['Ann', 'Ewa']);
    expect(of('message').map((r) => [r.name, r.text])).toEqual([
      ['Ann', 'Cześć wszystkim'],
      ['Ewa', null],
      ['Ann', null],
      ['Ann', 'Do zobaczenia'],
    ]);
    expect(outcome.sources[0]!.warnings).toContain(
      '2 iOS line(s) in a wording Cercle does not know were counted as media messages of their authors',
    );
  });

  it('counts the unknown media of the other person in a chat with one person once they have written', async () => {
    // In a chat with one person, iOS writes the notices under that person's name, which is the chat's.
    const text = [
      '[15.01.2024, 10:00:00] Ewa: \u200EWiadomości i połączenia są szyfrowane end-to-end.',
      '[15.01.2024, 10:01:00] Ewa: Cześć',
      '\u200E[15.01.2024, 10:02:00] Ewa: \u200Eobraz pominięty',
      '[15.01.2024, 10:03:00] Ann: Super',
    ].join('\n');
    const { of } = await importText('WhatsApp Chat - Ewa.zip/_chat.txt', `${text}\n`);
    expect(of('message').map((r) => [r.name, r.text])).toEqual([
      ['Ewa', 'Cześć'],
      ['Ewa', null],
      ['Ann', 'Super'],
    ]);
  });

  it('does not make a member of the group whose name an Android encryption notice carries', async () => {
    const text = [
      '15/01/2024, 10:00 - Les Amis du Vélo: Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
      '15/01/2024, 10:01 - Ann: Hi',
    ].join('\n');
    const { people } = await importText('WhatsApp Chat with Les Amis du Vélo.txt', `${text}\n`);
    expect(people).toEqual(['Ann']);
  });

  it('reads no author before a colon inside „…“ or «…» quotes', async () => {
    const text = [
      '15/01/2024, 10:00 - Ann hat den Betreff von „A“ zu „Treff: Montag“ geändert',
      '15/01/2024, 10:01 - Ann a changé le sujet de « A » en « Rendez-vous : lundi »',
      '15/01/2024, 10:02 - Ann: Hallo',
    ].join('\n');
    const { people } = await importText('WhatsApp Chat with Club.txt', `${text}\n`);
    expect(people).toEqual(['Ann']);
  });

  it('records every member of an added list', async () => {
    const text = [
      '15/01/2024, 10:00 - Ann added Bob, Cy and Dee',
      '15/01/2024, 10:01 - Ann hat Eva, Finn und Gus hinzugefügt',
      '15/01/2024, 10:02 - Ann: Hi',
    ].join('\n');
    const { of } = await importText('WhatsApp Chat with Club.txt', `${text}\n`);
    expect(of('join').map((r) => r.name)).toEqual(['Bob', 'Cy', 'Dee', 'Eva', 'Finn', 'Gus']);
  });
});
