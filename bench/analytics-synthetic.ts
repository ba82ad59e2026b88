import type { Db } from '../src/core/db/db';
import { transaction } from '../src/core/db/db';
import { BRAND_REPLIES, THEMES } from '../src/core/generate/phrases';
import { logNormalMs, pareto, pick, rng } from '../src/core/generate/random';
import type { InteractionKind, Platform } from '../src/core/domain/kinds';
import type { ChannelRecord, IdentityRef } from '../src/core/domain/records';
import { ImportWriter } from '../src/core/ingest/writer';
import { BRAND_NAMES, clientTimezone, setJsonSetting } from '../src/core/settings/settings';
import { addMs, asUtcMs } from '../src/core/util/time-keys';

const DAY = 86_400_000;
const BRAND = 'Scale Brand';
/** Everyday chat: most messages of a real community carry no intent signal (the planted themes do). */
const CHATTER = {
  fr: [
    'ok',
    'haha',
    'à demain',
    'bonne soirée tout le monde',
    'on se retrouve samedi ?',
    'je viens de rentrer',
    'trop drôle',
    'il fait beau aujourd hui',
    'bonne journée',
    'je regarde ça ce soir',
    'vu',
    'oui moi aussi',
  ],
  en: [
    'ok',
    'lol',
    'see you tomorrow',
    'good night everyone',
    'just got home',
    'same here',
    'the weather is nice today',
    'have a nice day',
    'will check tonight',
    'seen',
    'yes me too',
    'anyone around this weekend',
  ],
};

/**
 * A large community for profiling the analytics, written through the real ImportWriter: heavy-tailed
 * members over 18 months on four platforms with the thread conventions the importers use (Instagram
 * comment threads and DM threads, Discord reply chains and loose channel messages, one WhatsApp group
 * whose thread key is the chat), brand replies with log-normal delays, and content metrics per post.
 */
export function fillSynthetic(
  db: Db,
  opts: { interactions: number; seed?: number; end?: number; members?: number },
): { interactions: number; members: number } {
  const r = rng(opts.seed ?? 7);
  const end = asUtcMs(opts.end ?? Date.UTC(2026, 5, 30, 18));
  const start = addMs(end, -540 * DAY);
  const nMembers = opts.members ?? Math.max(20, Math.round(opts.interactions / 25));
  const tz = clientTimezone(db);
  const themes = Object.keys(THEMES);
  const brand: IdentityRef = { handle: BRAND, name: BRAND };
  const platforms: Platform[] = ['instagram', 'discord', 'whatsapp', 'facebook'];
  const kinds: Record<string, InteractionKind[]> = {
    instagram: ['comment', 'comment', 'like', 'like', 'like', 'like', 'save', 'share', 'dm', 'story_reply'],
    discord: ['message', 'message', 'message', 'reaction'],
    whatsapp: ['message'],
    facebook: ['comment', 'reaction', 'reaction', 'share'],
  };
  const members = Array.from({ length: nMembers }, (_, i) => {
    const p1 = pick(r, platforms);
    return {
      ref: { handle: `m${i}`, name: `Member ${i}` },
      lang: r() < 0.6 ? ('fr' as const) : ('en' as const),
      weight: pareto(r, 1.1),
      start: addMs(start, Math.floor(r() * 520) * DAY),
      life: r() < 0.4 ? 10 * DAY : (30 + r() * 500) * DAY,
      platforms: r() < 0.2 ? [...new Set([p1, pick(r, platforms)])] : [p1],
    };
  });
  const totalWeight = members.reduce((s, m) => s + m.weight * m.platforms.length, 0);
  // Brand replies and member follow-ups add about 20% on top of the members' own events.
  const perWeight = opts.interactions / 1.2 / totalWeight;
  let total = 0;
  transaction(db, () => {
    setJsonSetting(db, BRAND_NAMES, [BRAND]);
    for (const platform of platforms) {
      db.run(
        "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone) VALUES (?, ?, 'synthetic', ?, 0, 0, 0, ?)",
        [`synthetic/${platform}`, `synthetic-${platform}`, platform, tz],
      );
      const sourceId = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
      const w = new ImportWriter(db, platform, sourceId, tz, [BRAND]);
      w.declareBrand(brand);
      const posts = Array.from({ length: 78 }, (_, k) => ({ key: `${platform}-post-${k}`, at: addMs(start, k * 7 * DAY) }));
      for (const p of posts) w.content({ key: p.key, kind: k2kind(platform, p.key), at: p.at, author: brand });
      const group: ChannelRecord | undefined =
        platform === 'discord'
          ? { key: 'dc-general', kind: 'channel', name: 'general' }
          : platform === 'whatsapp'
            ? { key: 'wa-group', kind: 'group', name: 'Club' }
            : undefined;
      let lastDiscordRoot = '';
      for (const [mi, m] of members.entries()) {
        if (!m.platforms.includes(platform)) continue;
        const count = Math.max(1, Math.round(m.weight * perWeight));
        const mEnd = Math.min(end, m.start + m.life);
        for (let k = 0; k < count; k++) {
          const at = addMs(m.start, Math.floor(r() * Math.max(DAY, mEnd - m.start)));
          const kind = pick(r, kinds[platform]!);
          const speaks = kind === 'comment' || kind === 'message' || kind === 'dm' || kind === 'story_reply';
          const text = speaks ? (r() < 0.3 ? pick(r, THEMES[pick(r, themes)]![m.lang]) : pick(r, CHATTER[m.lang])) : undefined;
          const post = posts[Math.min(posts.length - 1, Math.max(0, Math.floor((at - start) / (7 * DAY))))]!;
          const key = `${platform}-${mi}-${k}`;
          let threadKey: string | undefined;
          let channel = group;
          if (kind === 'dm' || kind === 'story_reply') {
            channel = { key: `dm-${mi}`, kind: 'dm' };
            threadKey = channel.key;
          } else if (platform === 'whatsapp') threadKey = group!.key;
          else if (platform === 'discord') {
            if (r() < 0.3 && lastDiscordRoot) threadKey = lastDiscordRoot;
            else if (kind === 'message' && r() < 0.2) lastDiscordRoot = threadKey = key;
          } else if (kind === 'comment') threadKey = key;
          w.interaction({
            key,
            kind,
            at,
            author: m.ref,
            text,
            channel,
            contentKey: channel === group && group ? undefined : post.key,
            threadKey,
            target: speaks ? brand : undefined,
          });
          total++;
          if (speaks && r() < 0.45) {
            const replyAt = addMs(at, Math.max(60_000, logNormalMs(r, 2 * 3_600_000, 1.4)));
            if (replyAt >= end) continue;
            const rk = `${key}-r`;
            const replyKind: InteractionKind = kind === 'comment' ? 'reply' : kind === 'story_reply' ? 'dm' : kind;
            w.interaction({
              key: rk,
              kind: replyKind,
              at: replyAt,
              author: brand,
              text: pick(r, BRAND_REPLIES[m.lang]),
              channel,
              contentKey: channel === group && group ? undefined : post.key,
              threadKey,
              replyToKey: key,
              target: m.ref,
            });
            total++;
            if (r() < 0.35) {
              w.interaction({
                key: `${key}-b`,
                kind: replyKind === 'reply' ? 'reply' : replyKind,
                at: addMs(replyAt, logNormalMs(r, 1_800_000)),
                author: m.ref,
                text: r() < 0.3 ? pick(r, THEMES.recommendation![m.lang]) : pick(r, CHATTER[m.lang]),
                channel,
                contentKey: channel === group && group ? undefined : post.key,
                threadKey,
                replyToKey: rk,
                target: brand,
              });
              total++;
            }
          }
        }
      }
      if (platform === 'instagram' || platform === 'facebook') {
        for (const p of posts) {
          const reach = 1000 + Math.floor(r() * 9000);
          for (const [metric, share] of [
            ['reach', 1],
            ['likes', 0.07],
            ['comments', 0.01],
            ['saves', 0.008],
            ['shares', 0.005],
            ['replies', 0.003],
          ] as const) {
            w.contentMetric({ contentKey: p.key, metric, value: Math.round(reach * share * (0.5 + r())) });
          }
        }
      }
      w.close();
    }
  });
  return { interactions: total, members: nMembers };
}

function k2kind(platform: Platform, key: string): 'post' | 'reel' | 'thread' {
  if (platform === 'discord' || platform === 'whatsapp') return 'thread';
  return key.endsWith('3') || key.endsWith('7') ? 'reel' : 'post';
}
