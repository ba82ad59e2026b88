import { BRAND, chatText, simulateChat, type ChatEvent } from './chat-sim';
import { chatVenueFor, countChat, type ChatFormatSpec } from './chat-format';
import { numericId } from './people';
import { rngFor } from './sampling';
import { pad, wallParts } from './text-format';
import type { FormatGenerator, GenContext } from './types';

export const WHATSAPP_SPEC: ChatFormatSpec = {
  format: 'whatsapp',
  salt: 22,
  channels: [{ name: 'Club', weight: 1 }],
  joins: true,
  leaves: true,
  reactionsMean: 0,
  memberReplyRate: 0.25,
  announcementsPerWeek: 1,
  welcomeRate: 0.25,
  attachmentRate: 0.06,
  rootsPerMember: 10,
  mentions: false,
  threaded: false,
};

/**
 * A WhatsApp group export as a French Android phone writes it: `dd/mm/yyyy HH:MM - Author: text`,
 * multi-line messages, French system lines (encryption notice, joins by link, added by the brand,
 * departures), `<Médias omis>`, deleted and edited markers, and members not in the exporting
 * phone's contacts shown by phone number. WhatsApp caps real exports near 40k messages; this one
 * does not, so that the importer can be measured at any size.
 */
export function whatsappGenerator(ctx: GenContext, roots: number): FormatGenerator {
  const v = chatVenueFor(ctx, WHATSAPP_SPEC, roots);
  const tz = ctx.cal.timezone;
  const group = `Club ${ctx.brand.name}`;
  const label = v.members.map((m) => {
    const r = rngFor(ctx.seed, 0x3a, m.person.id);
    if (r() >= 0.22) return m.person.name;
    const d = numericId(ctx.seed, 0x7e1, m.person.id, 8);
    return `+33 ${r() < 0.5 ? 6 : 7} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`;
  });
  const who = (a: number) => (a === BRAND ? ctx.brand.name : label[a]!);
  const header = (ms: number) => {
    const p = wallParts(ms, tz);
    return `${pad(p.d)}/${pad(p.mo)}/${p.y} ${pad(p.h)}:${pad(p.mi)} - `;
  };

  const line = (ev: ChatEvent): string => {
    const h = header(ev.at);
    if (ev.kind === 'join') {
      const r = rngFor(ctx.seed, 0x3b, ev.seq);
      return r() < 0.7
        ? `${h}${who(ev.author)} a rejoint ce groupe via le lien d'invitation`
        : `${h}${ctx.brand.name} a ajouté ${who(ev.author)}`;
    }
    if (ev.kind === 'leave') return `${h}${who(ev.author)} est parti(e)`;
    const r = rngFor(ctx.seed, 0x3c, ev.seq);
    let body: string;
    if (ev.attachment !== 0) body = '<Médias omis>';
    else if (ev.author !== BRAND && r() < 0.004) body = 'Ce message a été supprimé';
    else body = chatText(v, ev) + (ev.editedAt ? ' <Ce message a été modifié>' : '');
    return `${h}${who(ev.author)}: ${body}`;
  };

  return {
    format: 'whatsapp',
    *files() {
      yield {
        path: `WhatsApp Chat with ${group}.txt`,
        *chunks() {
          // The group existed before the period the export covers.
          const first = ctx.cal.dayStart(0) - 3 * 86_400_000 + 9 * 3_600_000;
          yield `${header(first)}Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de ce chat, pas même WhatsApp, ne peut les lire ou les écouter.\n`;
          yield `${header(first)}${ctx.brand.name} a créé le groupe « ${group} »\n`;
          for (const ev of simulateChat(v)) yield `${line(ev)}\n`;
        },
      };
    },
    count: () => countChat(v, WHATSAPP_SPEC),
  };
}
