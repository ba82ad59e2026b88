import { depthClass, depthMedians } from '../charts/content-depth';
import type { ContentFunnel } from '../contract/metrics';
import type { ReportBlock, ReportTable } from './model';
import type { SectionContext } from './section-context';

/** Posts each list names: enough to learn from, few enough to read. */
const LISTED = 5;
/** A caption is cut here: the table names the post, the app shows it whole. */
const TITLE_CHARS = 70;

type Post = ContentFunnel['posts'][number];

/**
 * The posts behind the depth chart, named: the most discussed ones, and the ones liked but not
 * discussed (content-depth's classes against the period's medians), so the consultant can say which
 * posts to make more of and which only collect likes. Only posts reaching at least the median reach
 * are listed.
 */
export function postLists({ d, f, t, pseudo }: SectionContext): ReportBlock[] {
  const posts = d.metrics.contentFunnel.posts;
  const m = depthMedians(posts);
  if (m.likeRate === null || m.microEngagementRate === null) return [];
  // rates of posts seen by a handful are noise: the lists name posts reaching at least the median reach
  const reaches = posts.map((p) => p.reach).sort((a, b) => a - b);
  const minReach = reaches[Math.floor((reaches.length - 1) / 2)] ?? 0;
  const of = (cls: 'discussed' | 'liked-ignored') => posts.filter((p) => p.reach >= minReach && depthClass(p, m) === cls);
  const discussed = of('discussed').sort((a, b) => b.microEngagementRate! - a.microEngagementRate! || b.reach - a.reach);
  const liked = of('liked-ignored').sort((a, b) => b.likeRate! - a.likeRate! || b.reach - a.reach);
  const name = (p: Post) => {
    const title = p.title?.replace(/\s+/g, ' ').trim();
    if (!title) return `${p.format} · ${t.platform(p.platform)}`;
    return pseudo.text(title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title);
  };
  const table = (id: string, title: string, list: Post[]): ReportTable => ({
    id,
    title,
    columns: [
      { label: t.tables.post, kind: 'text', wrap: true },
      { label: t.tables.date, kind: 'text' },
      { label: t.tables.reach, kind: 'int' },
      { label: t.tables.likeRate, kind: 'pct' },
      { label: t.tables.microRate, kind: 'pct' },
    ],
    // the date on one line (no-break spaces): the caption's column takes the room
    rows: list
      .slice(0, LISTED)
      .map((p) => [name(p), p.at ? f.shortDay(p.at).replace(/ /g, '\u00a0') : '–', p.reach, p.likeRate, p.microEngagementRate]),
  });
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: t.content.classes(f.pct(m.likeRate, 1), f.pct(m.microEngagementRate, 1)), muted: true },
  ];
  if (discussed.length) blocks.push({ type: 'table', table: table('posts-discussed', t.titles.discussedPosts, discussed) });
  if (liked.length) blocks.push({ type: 'table', table: table('posts-liked-not-discussed', t.titles.likedIgnored, liked) });
  return blocks.length > 1 ? blocks : [];
}
