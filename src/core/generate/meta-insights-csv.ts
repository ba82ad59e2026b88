import type { InstagramModel } from './instagram-model';
import { numericId } from './people';
import { rngFor } from './sampling';
import { csvRow, pad, wallParts } from './text-format';
import { simulateThread } from './thread-sim';
import type { GeneratedFile } from './types';

const POSTS_HEADER =
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n';
const STORIES_HEADER =
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,"Profile visits",Replies,Navigation,"Link clicks","Sticker taps",Follows\n';

/** Meta Business Suite writes publish times as MM/DD/YYYY HH:MM, reportedly in Los Angeles time. */
function publishTime(ms: number): string {
  const p = wallParts(ms, 'America/Los_Angeles');
  return `${pad(p.mo)}/${pad(p.d)}/${p.y} ${pad(p.h)}:${pad(p.mi)}`;
}

/** Followers on a given day, for sizing reach: followers are sorted by when they followed. */
function followersAt(model: InstagramModel): (ms: number) => number {
  const days = model.members.filter((_, i) => model.follows[i]).map((m) => m.start);
  return (ms: number) => {
    const d = Math.floor((ms - model.ctx.cal.dayStart(0)) / 86_400_000);
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! <= d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * The post and story insights CSVs of Meta Business Suite (formats.md §3): a BOM, quoted multi-word
 * headers, multi-line captions, `Lifetime` in the Date column, numbers above 999 sometimes quoted
 * with a thousands separator. Story replies equal the story replies found in the DM threads.
 */
export function insightsCsvFiles(model: InstagramModel): GeneratedFile[] {
  const { ctx } = model;
  const accountId = numericId(ctx.seed, 0x1e, 0, 17);
  const followers = followersAt(model);
  const id = [accountId, ctx.brand.username, ctx.brand.name];
  const num = (r: () => number, n: number) => (n >= 1000 && r() < 0.3 ? n.toLocaleString('en-US') : n);
  const date = new Date(ctx.exportedAt).toISOString().slice(0, 10);
  return [
    {
      path: `${ctx.brand.username}-instagram-posts-${date}.csv`,
      *chunks() {
        yield `\ufeff${POSTS_HEADER}`;
        for (const p of model.posts) {
          const r = rngFor(ctx.seed, 0x1e1, Number(p.id.slice(-6)));
          const reach = Math.round((40 + followers(p.at)) * (0.35 + r() * 0.5));
          const f = (share: number) => Math.round(reach * share * (0.6 + r() * 0.8));
          const views = Math.round(reach * (1.4 + r()));
          yield csvRow([
            p.id,
            ...id,
            p.caption,
            p.type === 'IG reel' ? 15 + Math.floor(r() * 45) : 0,
            publishTime(p.at),
            `https://www.instagram.com/p/${p.code}/`,
            p.type,
            '',
            'Lifetime',
            num(r, views),
            num(r, reach),
            num(r, f(0.07)),
            f(0.006),
            f(0.002),
            f(0.011),
            f(0.012),
          ]);
        }
      },
    },
    {
      path: `${ctx.brand.username}-instagram-stories-${date}.csv`,
      *chunks() {
        const replies = new Int32Array(model.stories.length);
        for (let i = 0; i < model.members.length; i++)
          for (const m of simulateThread(model.dms, i)) if (m.kind === 'story_reply') replies[m.ref]!++;
        yield `\ufeff${STORIES_HEADER}`;
        for (let k = 0; k < model.stories.length; k++) {
          const s = model.stories[k]!;
          const r = rngFor(ctx.seed, 0x1e2, k);
          const reach = Math.round((30 + followers(s.at)) * (0.12 + r() * 0.2));
          const f = (share: number) => Math.round(reach * share * (0.6 + r() * 0.8));
          yield csvRow([
            s.id,
            ...id,
            '',
            0,
            publishTime(s.at),
            `https://www.instagram.com/stories/${ctx.brand.username}/${s.id}/`,
            'IG story',
            '',
            'Lifetime',
            num(r, Math.round(reach * 1.1)),
            num(r, reach),
            f(0.02),
            f(0.004),
            f(0.01),
            replies[k]!,
            f(0.9),
            f(0.004),
            f(0.006),
            f(0.001),
          ]);
        }
      },
    },
  ];
}
