import { BRAND, chatText, simulateChat, type ChatEvent, type ChatVenue } from './chat-sim';
import { chatVenueFor, countChat, type ChatFormatSpec } from './chat-format';
import { numericId, snowflake, type Person } from './people';
import { pick, rngFor } from './sampling';
import { escapeAstral, isoWithOffset } from './text-format';
import type { FormatGenerator, GenContext, GeneratedFile } from './types';

const REACTION_EMOJI = [
  { name: '❤️', code: 'heart', hex: '2764', w: 5 },
  { name: '👍', code: 'thumbsup', hex: '1f44d', w: 3 },
  { name: '😍', code: 'heart_eyes', hex: '1f60d', w: 2 },
  { name: '🔥', code: 'fire', hex: '1f525', w: 1.5 },
  { name: '🙏', code: 'pray', hex: '1f64f', w: 1 },
  { name: '🕯️', code: 'candle', hex: '1f56f', w: 1 },
  { name: '😂', code: 'joy', hex: '1f602', w: 0.8 },
];
const EMOJI_W = REACTION_EMOJI.reduce((s, e) => s + e.w, 0);

export function discordSpec(channels: number): ChatFormatSpec {
  const all = [
    { name: 'général', weight: 1, topic: 'Papotage, photos de vos bougies, bonne humeur 🕯️' },
    { name: 'support', weight: 0, support: true, topic: 'Une question sur une commande ? C est ici.' },
    { name: 'english', weight: 0, lang: 'en' as const, topic: 'For our English-speaking friends' },
  ];
  return {
    format: 'discord',
    salt: 11,
    channels: all.slice(0, Math.max(1, Math.min(3, channels))),
    joins: true,
    leaves: false,
    reactionsMean: 0.25,
    memberReplyRate: 0.22,
    announcementsPerWeek: 1.5,
    welcomeRate: 0.35,
    attachmentRate: 0.05,
    rootsPerMember: 12,
    threaded: true,
    mentions: true,
  };
}

/** A message of a lean file: its first sentence, at most 60 characters cut at a word (a quick chat line). */
function shortText(text: string): string {
  const first = /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
  if (first.length <= 60) return first;
  const cut = first.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return space > 20 ? cut.slice(0, space) : cut;
}

interface Ids {
  guild: string;
  category: string;
  channels: string[];
}

/**
 * DiscordChatExporter JSON, one file per channel, shaped like DCE's writer: two-space indentation,
 * local times with offset, full author objects with roles, reactions with their users, replies as
 * type "Reply" with a reference, joins as "GuildMemberJoin", astral characters escaped as .NET does.
 */
export function discordGenerator(ctx: GenContext, roots: number, opts: { channels?: number; lean?: boolean } = {}): FormatGenerator {
  const spec = discordSpec(opts.channels ?? 3);
  const v = chatVenueFor(ctx, spec, roots);
  const tz = ctx.cal.timezone;
  const t0 = ctx.cal.dayStart(0);
  const ids: Ids = {
    guild: snowflake(t0 - 400 * 86_400_000, 1),
    category: snowflake(t0 - 399 * 86_400_000, 2),
    channels: spec.channels.map((_, i) => snowflake(t0 - 398 * 86_400_000, 3 + i)),
  };
  const brandPerson: Person = { id: -1, first: ctx.brand.name, last: '', name: ctx.brand.name, username: ctx.brand.username, lang: 'fr' };
  const userId = (p: Person) => (p.id < 0 ? numericId(ctx.seed, 0xb4a, 0, 18) : numericId(ctx.seed, 0xd15c, p.id, 18));
  const personOf = (author: number) => (author === BRAND ? brandPerson : v.members[author]!.person);
  const role = (author: number) =>
    author === BRAND
      ? { id: snowflake(t0 - 300 * 86_400_000, 10), name: `Équipe ${ctx.brand.name}`, color: '#F1C40F', position: 5 }
      : v.members[author]!.ambassador
        ? { id: snowflake(t0 - 300 * 86_400_000, 11), name: 'Ambassadeur·rice', color: '#E67E22', position: 3 }
        : { id: snowflake(t0 - 300 * 86_400_000, 12), name: 'Membre', color: '#95A5A6', position: 1 };
  const user = (author: number, roles = false) => {
    const p = personOf(author);
    const id = userId(p);
    if (opts.lean) return { id, name: p.username, discriminator: '0000', nickname: p.name, isBot: false };
    const avatarUrl = `https://cdn.discordapp.com/embed/avatars/${Number(id.slice(-3)) % 6}.png`;
    const base = { id, name: p.username, discriminator: '0000', nickname: p.name, color: role(author).color, isBot: false };
    return roles ? { ...base, roles: [role(author)], avatarUrl } : { ...base, avatarUrl };
  };
  const msgId = (ev: ChatEvent) => snowflake(ev.at, ev.seq);

  const message = (ev: ChatEvent, channel: number) => {
    const r = rngFor(ctx.seed, 0xd1, ev.seq);
    const join = ev.kind === 'join';
    let content = join ? 'Joined the server.' : opts.lean ? shortText(chatText(v, ev)) : chatText(v, ev);
    const attachments: object[] = [];
    const stickers: object[] = [];
    if (ev.attachment === 1) {
      const id = snowflake(ev.at + 1, ev.seq);
      const fileName = `IMG_${isoWithOffset(ev.at, tz).slice(0, 10).replace(/-/g, '')}_${String(ev.seq % 10000).padStart(4, '0')}.jpg`;
      attachments.push({
        id,
        url: `https://cdn.discordapp.com/attachments/${ids.channels[channel]}/${id}/${fileName}`,
        fileName,
        fileSizeBytes: 150_000 + Math.floor(r() * 3_500_000),
      });
      if (r() < 0.4) content = '';
    } else if (ev.attachment === 2) {
      const id = snowflake(t0 - 200 * 86_400_000, 40 + Math.floor(r() * 5));
      stickers.push({
        id,
        name: pick(r, ['Wave', 'Candle', 'Heart', 'Cozy', 'Thanks']),
        format: 'Png',
        sourceUrl: `https://media.discordapp.net/stickers/${id}.png`,
      });
      content = '';
    }
    const byEmoji = new Map<(typeof REACTION_EMOJI)[number], number[]>();
    for (const who of ev.reactors) {
      let x = r() * EMOJI_W;
      const e = REACTION_EMOJI.find((em) => (x -= em.w) < 0) ?? REACTION_EMOJI[0]!;
      byEmoji.set(e, [...(byEmoji.get(e) ?? []), who]);
    }
    const reactions = [...byEmoji].map(([e, users]) => ({
      emoji: {
        id: '',
        name: e.name,
        code: e.code,
        isAnimated: false,
        imageUrl: `https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/${e.hex}.svg`,
      },
      count: users.length,
      users: users.map((u) => user(u)),
    }));
    const mentioned = ev.addressee ?? ev.replyTo?.author;
    const out: Record<string, unknown> = {
      id: msgId(ev),
      type: join ? 'GuildMemberJoin' : ev.replyTo ? 'Reply' : 'Default',
      timestamp: isoWithOffset(ev.at, tz),
      timestampEdited: ev.editedAt ? isoWithOffset(ev.editedAt, tz) : null,
      callEndedTimestamp: null,
      isPinned: ev.intent === 'announcement' && r() < 0.3,
      content,
      author: user(ev.author, true),
      attachments,
      embeds: [],
      stickers,
      reactions,
      mentions: mentioned !== undefined && !join ? [user(mentioned)] : [],
    };
    if (ev.replyTo) out.reference = { messageId: msgId(ev.replyTo), channelId: ids.channels[channel], guildId: ids.guild };
    out.inlineEmojis = [];
    return out;
  };

  const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);
  const written = (ev: ChatEvent, c: number) => {
    const m = message(ev, c);
    if (!opts.lean) return m;
    // A lean file: no edit or call times, pins, stickers or inline emojis, as a quiet server's export reads.
    const { timestampEdited: _e, callEndedTimestamp: _c, isPinned: _p, stickers: _s, inlineEmojis: _i, ...rest } = m;
    return rest;
  };
  const fileFor = (c: number): GeneratedFile => ({
    path: `${ctx.brand.name} - Communauté - ${spec.channels[c]!.name} [${ids.channels[c]}].json`,
    *chunks() {
      const head = {
        guild: { id: ids.guild, name: ctx.brand.name, iconUrl: `https://cdn.discordapp.com/icons/${ids.guild}/a_3f1c2b.png?size=512` },
        channel: {
          id: ids.channels[c],
          type: 'GuildTextChat',
          categoryId: ids.category,
          category: 'Communauté',
          name: spec.channels[c]!.name,
          topic: spec.channels[c]!.topic ?? null,
        },
        dateRange: { after: null, before: null },
        exportedAt: isoWithOffset(ctx.exportedAt, tz),
      };
      const open = escapeAstral(JSON.stringify(head, null, 2));
      yield `${open.slice(0, -2)},\n  "messages": [`;
      let n = 0;
      for (const ev of simulateChat(v)) {
        if (ev.channel !== c) continue;
        const body = indent(escapeAstral(JSON.stringify(written(ev, c), null, 2)), '    ');
        yield `${n === 0 ? '' : ','}\n    ${body}`;
        n++;
      }
      yield `${n === 0 ? '' : '\n  '}],\n  "messageCount": ${n}\n}`;
    },
  });

  return {
    format: 'discord',
    *files() {
      for (let c = 0; c < spec.channels.length; c++) yield fileFor(c);
    },
    count: () => countChat(v, spec),
  };
}

export type { ChatVenue };
