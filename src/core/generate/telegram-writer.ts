import { BRAND, chatText, simulateChat, type ChatEvent } from './chat-sim';
import { chatVenueFor, countChat, type ChatFormatSpec } from './chat-format';
import { numericId, type Person } from './people';
import { pick, rngFor } from './sampling';
import { localIso } from './text-format';
import type { FormatGenerator, GenContext } from './types';

export const TELEGRAM_SPEC: ChatFormatSpec = {
  format: 'telegram',
  salt: 33,
  channels: [{ name: 'Club', weight: 1 }],
  joins: true,
  leaves: true,
  reactionsMean: 0.25,
  memberReplyRate: 0.25,
  announcementsPerWeek: 1.5,
  welcomeRate: 0.2,
  attachmentRate: 0.05,
  rootsPerMember: 10,
  mentions: false,
  threaded: true,
};

const NOT_INCLUDED = '(File not included. Change data exporting settings to download.)';
const REACTIONS = ['❤', '👍', '🔥', '😍', '🙏', '👏'];

type Entity = { type: string; text: string };

/** Splits text into Telegram's entity list: hashtags, @mentions and links become typed parts. */
function entities(text: string): Entity[] {
  const out: Entity[] = [];
  const re = /(#[\p{L}\p{N}_]+|@[A-Za-z0-9_.]+|https?:\/\/\S+)/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) out.push({ type: 'plain', text: text.slice(last, m.index) });
    const t = m[0];
    out.push({ type: t.startsWith('#') ? 'hashtag' : t.startsWith('@') ? 'mention' : 'link', text: t });
    last = m.index! + t.length;
  }
  if (last < text.length) out.push({ type: 'plain', text: text.slice(last) });
  return out;
}

/**
 * Telegram Desktop's single-chat result.json of a private supergroup: one-space indentation, local
 * `date` without zone beside `date_unixtime` as a string, `text` as a string or as an array mixing
 * strings and entity objects, `reply_to_message_id`, reactions with their recent reactors, service
 * messages for joins (by link or added) and departures, media not included.
 */
export function telegramGenerator(ctx: GenContext, roots: number): FormatGenerator {
  const v = chatVenueFor(ctx, TELEGRAM_SPEC, roots);
  const tz = ctx.cal.timezone;
  const chatId = Number(numericId(ctx.seed, 0x7e6, 0, 10));
  const brand: Person = { id: -1, first: ctx.brand.name, last: '', name: ctx.brand.name, username: ctx.brand.username, lang: 'fr' };
  const person = (a: number) => (a === BRAND ? brand : v.members[a]!.person);
  const fromId = (a: number) => `user${a === BRAND ? numericId(ctx.seed, 0x7e7, 0, 10) : numericId(ctx.seed, 0x7e8, person(a).id, 10)}`;
  const msgId = (ev: ChatEvent) => ev.seq + 2;
  const when = (ms: number) => ({ date: localIso(ms, tz), date_unixtime: String(Math.floor(ms / 1000)) });

  const message = (ev: ChatEvent): object => {
    const r = rngFor(ctx.seed, 0x7e9, ev.seq);
    if (ev.kind === 'join') {
      const byLink = r() < 0.75;
      return byLink
        ? {
            id: msgId(ev),
            type: 'service',
            ...when(ev.at),
            actor: person(ev.author).name,
            actor_id: fromId(ev.author),
            action: 'join_group_by_link',
            inviter: 'Group',
            text: '',
            text_entities: [],
          }
        : {
            id: msgId(ev),
            type: 'service',
            ...when(ev.at),
            actor: ctx.brand.name,
            actor_id: fromId(BRAND),
            action: 'invite_members',
            members: [person(ev.author).name],
            text: '',
            text_entities: [],
          };
    }
    if (ev.kind === 'leave') {
      return {
        id: msgId(ev),
        type: 'service',
        ...when(ev.at),
        actor: person(ev.author).name,
        actor_id: fromId(ev.author),
        action: 'remove_members',
        members: [person(ev.author).name],
        text: '',
        text_entities: [],
      };
    }
    const out: Record<string, unknown> = { id: msgId(ev), type: 'message', ...when(ev.at) };
    if (ev.editedAt) Object.assign(out, { edited: localIso(ev.editedAt, tz), edited_unixtime: String(Math.floor(ev.editedAt / 1000)) });
    out.from = person(ev.author).name;
    out.from_id = fromId(ev.author);
    if (ev.replyTo) out.reply_to_message_id = msgId(ev.replyTo);
    let text = chatText(v, ev);
    if (ev.attachment === 1) {
      Object.assign(out, { photo: NOT_INCLUDED, width: 1280, height: 960 });
      if (r() < 0.5) text = '';
    } else if (ev.attachment === 2) {
      Object.assign(out, {
        file: NOT_INCLUDED,
        thumbnail: NOT_INCLUDED,
        media_type: 'sticker',
        sticker_emoji: pick(r, ['😍', '🕯', '👋', '❤️']),
        width: 512,
        height: 512,
      });
      text = '';
    }
    if (ev.addressee !== undefined && ev.addressee >= 0 && ev.intent === 'welcome' && r() < 0.5)
      text = `${text} @${person(ev.addressee).username}`;
    const ents = entities(text);
    out.text = ents.some((e) => e.type !== 'plain') ? ents.map((e) => (e.type === 'plain' ? e.text : e)) : text;
    out.text_entities = ents;
    if (ev.reactors.length > 0) {
      const byEmoji = new Map<string, number[]>();
      for (const who of ev.reactors) {
        const e = r() < 0.55 ? REACTIONS[0]! : pick(r, REACTIONS);
        byEmoji.set(e, [...(byEmoji.get(e) ?? []), who]);
      }
      out.reactions = [...byEmoji].map(([emoji, users]) => ({
        type: 'emoji',
        count: users.length,
        emoji,
        recent: users.map((u) => ({
          from: person(u).name,
          from_id: fromId(u),
          date: localIso(ev.at + 60_000 + Math.floor(r() * 3_600_000), tz),
        })),
      }));
    }
    return out;
  };

  const indent = (json: string) => json.replace(/\n/g, '\n  ');
  return {
    format: 'telegram',
    *files() {
      yield {
        path: `ChatExport_${localIso(ctx.exportedAt, tz).slice(0, 10)}/result.json`,
        *chunks() {
          yield `{\n "name": ${JSON.stringify(`Club ${ctx.brand.name}`)},\n "type": "private_supergroup",\n "id": ${chatId},\n "messages": [`;
          // The group's creation opens the history, as in a real export of a group made by the brand.
          const created = {
            id: 1,
            type: 'service',
            ...when(ctx.cal.dayStart(0) - 3 * 86_400_000 + 9 * 3_600_000),
            actor: ctx.brand.name,
            actor_id: fromId(BRAND),
            action: 'create_group',
            title: `Club ${ctx.brand.name}`,
            members: [],
            text: '',
            text_entities: [],
          };
          yield `\n  ${indent(JSON.stringify(created, null, 1))}`;
          for (const ev of simulateChat(v)) yield `,\n  ${indent(JSON.stringify(message(ev), null, 1))}`;
          yield '\n ]\n}\n';
        },
      };
    },
    count: () => countChat(v, TELEGRAM_SPEC),
  };
}
