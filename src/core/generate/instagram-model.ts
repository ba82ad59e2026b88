import { brandSchedule, type BrandPost } from './brand-content';
import { buildMembers, pickPeople, type VenueMember } from './community';
import { numericId, personOf, type Person } from './people';
import { logNormalMs, pickCumulative, rngFor } from './sampling';
import { simulateThread, type ThreadVenue } from './thread-sim';
import { addCount, emptyCounts, type FormatCounts, type GenContext } from './types';

export const IG_SALT = 44;

/** The brand's Instagram community: who follows, who writes in DMs, who comments in public. */
export interface InstagramModel {
  ctx: GenContext;
  members: VenueMember[];
  follows: boolean[];
  /** The brand follows back its ambassadors and a few regulars. */
  followedBack: boolean[];
  /** Public comments each member writes (only the brand's answers and likes appear in its export). */
  comments: number[];
  dms: ThreadVenue;
  posts: BrandPost[];
  stories: { at: number; id: string }[];
  /** Followers who never write, like or save anything: the silent majority of a real account's audience. */
  silent: { person: Person; at: number }[];
}

export interface PublicAct {
  member: number;
  seq: number;
  at: number;
  post: number;
  kind: 'reply' | 'like';
}

/**
 * `silentFollowers` adds that many followers per person of the community's pool who never do anything
 * else (people outside that pool): a brand's followers are mostly silent, several times more than
 * those who ever speak. They come on top of the requested size (planGeneration does not count them),
 * and 0 by default, so `cercle generate` sizes and counts stay as they were.
 */
export function instagramModel(ctx: GenContext, roots: number, silentFollowers = 0): InstagramModel {
  const n = Math.max(6, Math.round(roots / 5));
  const members = buildMembers(ctx.seed, IG_SALT, ctx.cal, pickPeople(ctx.seed, IG_SALT, ctx.pool, n), roots);
  const r = rngFor(ctx.seed, 0x1a, IG_SALT);
  const follows = members.map((m) => m.ambassador || r() < 0.78);
  const followedBack = members.map((m) => m.ambassador || (!m.oneOff && r() < 0.04));
  const comments: number[] = [];
  const dmMembers = members.map((m) => {
    // Members split what they do between DMs and public comments.
    const dm = m.budget <= 1 ? (r() < 0.6 ? m.budget : 0) : Math.round(m.budget * (0.5 + r() * 0.2));
    comments.push(m.budget - dm);
    return { ...m, budget: dm };
  });
  const posts = brandSchedule(ctx.seed, IG_SALT, ctx.cal, 3.5);
  const stories: { at: number; id: string }[] = [];
  for (let d = 0; d < ctx.cal.days; d++) {
    if (r() < 0.8)
      stories.push({ at: ctx.cal.dayStart(d) + Math.floor((8 + r() * 12) * 3_600_000), id: numericId(ctx.seed, 0x5707, d, 19) });
  }
  const dms: ThreadVenue = {
    seed: ctx.seed,
    salt: IG_SALT,
    cal: ctx.cal,
    members: dmMembers,
    storyReplyRate: 0.3,
    shareRate: 0.1,
    brandReactRate: 0.18,
    memberReactRate: 0.15,
    stories: stories.map((s) => s.at),
    posts: posts.map((p) => p.at),
    labels: ctx.labels,
  };
  const rs = rngFor(ctx.seed, 0x5117, IG_SALT);
  const silent = Array.from({ length: Math.round(silentFollowers * ctx.pool) }, (_, k) => ({
    person: personOf(ctx.seed, ctx.pool + k),
    at: ctx.cal.timeOn(rs, pickCumulative(rs, ctx.cal.cum, 0, ctx.cal.days - 1)),
  }));
  return { ctx, members, follows, followedBack, comments, dms, posts, stories, silent };
}

/** The brand's answers to a member's public comments and its likes on them, in time order. */
export function publicActs(model: InstagramModel, i: number): PublicAct[] {
  const m = model.members[i]!;
  const { cal } = model.ctx;
  const r = rngFor(model.ctx.seed, 0x1c, IG_SALT, i);
  const out: PublicAct[] = [];
  const times = model.dms.posts;
  for (let k = 0; k < model.comments[i]!; k++) {
    const at = cal.timeOn(r, pickCumulative(r, cal.cum, m.start, Math.max(m.start, m.end - 1)));
    let post = -1;
    for (let lo = 0, hi = times.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= at) {
        post = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (post < 0) continue;
    if (r() < 0.5) {
      const replyAt = cal.brandReplyAt(r, at);
      if (replyAt < cal.endUtc) out.push({ member: i, seq: out.length, at: replyAt, post, kind: 'reply' });
    }
    if (r() < 0.3) {
      const likeAt = at + Math.max(60_000, Math.round(logNormalMs(r, 5 * 3_600_000, 1)));
      if (likeAt < cal.endUtc) out.push({ member: i, seq: out.length, at: likeAt, post, kind: 'like' });
    }
  }
  return out;
}

export function followAt(model: InstagramModel, i: number): number {
  const m = model.members[i]!;
  return model.ctx.cal.timeOn(rngFor(model.ctx.seed, 0x1d, i), m.start);
}

/** What an importer of the archive should record, without writing it. */
export function countInstagram(model: InstagramModel): FormatCounts {
  const c = emptyCounts();
  c.ambassadors = model.members.filter((m) => m.ambassador).map((m) => m.person.name);
  for (let i = 0; i < model.members.length; i++) {
    const before = c.total;
    if (model.follows[i]) addCount(c, 'follow');
    if (model.followedBack[i]) addCount(c, 'follow');
    for (const a of publicActs(model, i)) addCount(c, a.kind);
    for (const msg of simulateThread(model.dms, i)) {
      addCount(c, msg.kind);
      if (msg.reacted) addCount(c, 'reaction');
      if (!msg.fromBrand && msg.theme) c.themes[msg.theme] = (c.themes[msg.theme] ?? 0) + 1;
    }
    // Someone whose only trace is an unanswered public comment is not in the brand's export.
    if (c.total > before) c.members++;
  }
  for (let k = 0; k < model.silent.length; k++) addCount(c, 'follow');
  c.members += model.silent.length;
  c.notes.silentFollowers = model.silent.length;
  c.notes.community = model.members.length;
  c.notes.posts = model.posts.length;
  c.notes.stories = model.stories.length;
  return c;
}
