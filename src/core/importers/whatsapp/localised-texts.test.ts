import { describe, expect, it } from 'vitest';
import { systemLineEvents } from './body';
import { LOCALE_CODES, WHATSAPP_TEXTS } from './localised-texts';
import { isDeletedNotice, isGroupEvent, isMediaPlaceholder, isNotice } from './system-text-match';

/** An entry as WhatsApp would write it: wildcards filled, names put in. */
const fill = (entry: string, who = 'Bob Martin') => entry.replace(/\*/g, 'Zed').replace('{by}', 'Ann Lee').replace('{who}', who);
/** As an iOS export shows it: a U+200E mark first, another inside, and a final dot. */
const marked = (s: string) => `\u200E${s.replace(' ', ' \u200E')}.`;

describe('WhatsApp localised texts', () => {
  for (const lang of LOCALE_CODES) {
    const t = WHATSAPP_TEXTS[lang];
    describe(lang, () => {
      it('has every list', () => {
        for (const list of [t.media, t.fileAttached, t.attachedLabel, t.deleted, t.notices, t.events, t.joins, t.leaves, t.you])
          expect(list.length).toBeGreaterThan(0);
        expect(t.and).not.toBe('');
        // A notice is matched on any author's line: starting with a name would catch members' words.
        expect(t.notices.filter((n) => n.startsWith('*'))).toEqual([]);
        expect([...t.joins, ...t.leaves].filter((j) => !j.includes('{who}'))).toEqual([]);
      });

      it('recognises each entry after normalisation (marks, trailing dot, case)', () => {
        for (const m of t.media) expect(isMediaPlaceholder(marked(m.charAt(0).toUpperCase() + m.slice(1))), m).toBe(true);
        for (const d of t.deleted) expect(isDeletedNotice(marked(fill(d))), d).toBe(true);
        for (const n of t.notices) expect(isNotice(marked(fill(n))), n).toBe(true);
        for (const e of t.events) expect(isGroupEvent(marked(fill(e))), e).toBe(true);
      });

      it('reads no media placeholder, deletion, notice or group event as a join or a leave', () => {
        for (const line of [...t.media, ...t.deleted, ...t.notices, ...t.events].map((e) => fill(e)))
          expect(systemLineEvents(line), line).toEqual([]);
      });

      it('reads each join and leave with the member it names, whatever the other lists hold', () => {
        for (const [kind, list] of [
          ['join', t.joins],
          ['leave', t.leaves],
        ] as const) {
          for (const entry of list) expect(systemLineEvents(`\u200E${fill(entry)}`), entry).toEqual([{ kind, who: 'Bob Martin' }]);
        }
      });

      it('records no join or leave of the phone owner ("you")', () => {
        for (const entry of [...t.joins, ...t.leaves]) {
          for (const you of t.you) expect(systemLineEvents(fill(entry, you)), `${entry} / ${you}`).toEqual([]);
        }
      });
    });
  }
});
