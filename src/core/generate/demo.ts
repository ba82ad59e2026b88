import type { Db } from '../db/db';
import { refreshDerived } from '../analytics/derived/refresh-derived';
import { transaction } from '../db/db';
import type { InteractionKind, Platform } from '../domain/kinds';
import type { IdentityRef } from '../domain/records';
import { ImportWriter } from '../ingest/writer';
import { rebuildAggregates } from '../stats/aggregates';
import { BRAND_NAMES, clientTimezone, setJsonSetting } from '../settings/settings';
import { BRAND_REPLIES, FIRST_NAMES, LAST_NAMES, THEMES } from './phrases';
import { logNormalMs, pareto, pick, rng } from './random';
import { addMs, asUtcMs, type UtcMs } from '../util/time-keys';

const DAY = 86_400_000;
export const DEMO_BRAND = 'Maison Lumière';

export interface DemoOptions {
  seed?: number;
  members?: number;
  /** Last day of activity (UTC ms); the community spans the 365 days before it. */
  end?: number;
  now: () => number;
}

interface Member {
  ref: IdentityRef;
  lang: 'fr' | 'en';
  weight: number;
  start: UtcMs;
  lifespan: number;
  platforms: Platform[];
}

const PLATFORM_KINDS: Record<string, InteractionKind[]> = {
  instagram: ['comment', 'comment', 'like', 'like', 'like', 'save', 'share', 'dm', 'story_reply'],
  whatsapp: ['message'],
  discord: ['message', 'message', 'reaction'],
  linkedin: ['comment', 'reaction'],
};

/**
 * A plausible community for the demo client: a year of activity on four platforms, heavy-tailed
 * member activity, French and English texts on planted themes, and a brand that answers most
 * questions with realistic delays. Written through the same writer as real imports.
 */
export function generateDemo(db: Db, opts: DemoOptions): { interactions: number } {
  const r = rng(opts.seed ?? 42);
  const end = asUtcMs(opts.end ?? Date.UTC(2026, 9, 31, 18));
  const start = addMs(end, -365 * DAY);
  const nMembers = opts.members ?? 320;
  const tz = clientTimezone(db);
  const platforms = Object.keys(PLATFORM_KINDS) as Platform[];
  const members: Member[] = [];
  for (let i = 0; i < nMembers; i++) {
    const name = `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`;
    const handle = `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/é/g, 'e')}${i}`;
    const p1 = pick(r, platforms);
    const ps: Platform[] = r() < 0.25 ? [p1, pick(r, platforms)] : [p1];
    members.push({
      ref: { handle, name },
      lang: r() < 0.6 ? 'fr' : 'en',
      weight: pareto(r),
      start: addMs(start, Math.floor(r() * 330) * DAY),
      lifespan: r() < 0.35 ? 7 * DAY : (30 + r() * 300) * DAY,
      platforms: [...new Set(ps)],
    });
  }
  const themes = Object.keys(THEMES);
  let total = 0;
  transaction(db, () => {
    setJsonSetting(db, BRAND_NAMES, [DEMO_BRAND]);
    for (const platform of platforms) {
      db.run(
        "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone, warnings, shows, lacks) VALUES (?, ?, 'demo', ?, ?, 0, 0, ?, '[]', ?, '[]')",
        [`demo/${platform}`, `demo-${platform}-${opts.seed ?? 42}`, platform, opts.now(), tz, JSON.stringify(['generated demonstration data'])],
      );
      const sourceId = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
      const w = new ImportWriter(db, platform, sourceId, tz, [DEMO_BRAND]);
      const brand: IdentityRef = { handle: DEMO_BRAND, name: DEMO_BRAND };
      w.declareBrand(brand);
      const posts = Array.from({ length: 52 }, (_, k) => ({ key: `${platform}-post-${k}`, at: addMs(start, k * 7 * DAY) }));
      for (const p of posts) w.content({ key: p.key, kind: platform === 'instagram' ? 'post' : 'thread', at: p.at, author: brand, title: `Post ${p.key}` });
      const channel = platform === 'whatsapp' || platform === 'discord' ? { key: `${platform}-community`, kind: 'group' as const, name: 'Communauté Lumière' } : undefined;
      let n = 0;
      for (const m of members.filter((x) => x.platforms.includes(platform))) {
        const count = Math.max(1, Math.round(m.weight * 3));
        const memberEnd = Math.min(end, m.start + m.lifespan);
        if (platform === 'instagram') {
          w.interaction({ key: `follow-${m.ref.handle}`, kind: 'follow', at: m.start, author: m.ref });
          n++;
        }
        for (let k = 0; k < count; k++) {
          const at = addMs(m.start, Math.floor(r() * Math.max(DAY, memberEnd - m.start)));
          const kind = pick(r, PLATFORM_KINDS[platform]!);
          const theme = pick(r, themes);
          const texts = THEMES[theme]![m.lang];
          const speaks = !['like', 'reaction', 'save', 'share', 'follow'].includes(kind);
          const text = speaks ? pick(r, texts) + (r() < 0.2 ? ' ' + pick(r, texts) : '') : undefined;
          const post = posts.filter((p) => p.at <= at).pop() ?? posts[0]!;
          const thread = kind === 'dm' || kind === 'story_reply' ? `dm-${m.ref.handle}` : channel ? `${channel.key}-${Math.floor(at / DAY)}` : `${post.key}-${m.ref.handle}-${k}`;
          const key = `${platform}-${m.ref.handle}-${k}`;
          w.interaction({ key, kind, at, author: m.ref, text, channel, contentKey: channel ? undefined : post.key, threadKey: thread, target: speaks ? brand : undefined });
          n++;
          // The brand answers most of what people say, typically within a few hours.
          if (speaks && r() < 0.72) {
            const replyAt = addMs(at, Math.max(60_000, logNormalMs(r, 2.5 * 3_600_000, 1.2)));
            if (replyAt < end) {
              w.interaction({
                key: `${key}-reply`,
                kind: kind === 'dm' || kind === 'story_reply' ? 'dm' : kind === 'message' ? 'message' : 'reply',
                at: replyAt,
                author: brand,
                text: pick(r, BRAND_REPLIES[m.lang]),
                channel,
                contentKey: channel ? undefined : post.key,
                threadKey: thread,
                replyToKey: key,
                target: m.ref,
              });
              n++;
              if (r() < 0.3) {
                w.interaction({ key: `${key}-back`, kind: kind === 'comment' ? 'reply' : kind, at: addMs(replyAt, logNormalMs(r, 3_600_000)), author: m.ref, text: pick(r, THEMES.recommendation![m.lang]), channel, contentKey: channel ? undefined : post.key, threadKey: thread, replyToKey: `${key}-reply`, target: brand });
                n++;
              }
            }
          }
        }
      }
      for (const p of posts) {
        if (platform !== 'instagram') break;
        const reach = 800 + Math.floor(r() * 4000);
        for (const [metric, share] of [['reach', 1], ['likes', 0.08], ['comments', 0.012], ['saves', 0.01], ['shares', 0.006], ['replies', 0.004]] as const) {
          w.contentMetric({ contentKey: p.key, metric, value: Math.round(reach * share * (0.6 + r() * 0.8)) });
        }
      }
      db.run('UPDATE sources SET records = ?, added = ? WHERE id = ?', [w.counts.records, w.counts.records, sourceId]);
      w.close();
      total += n;
    }
    rebuildAggregates(db);
    refreshDerived(db);
  });
  return { interactions: total };
}
