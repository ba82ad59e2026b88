import { countInstagram, followAt, instagramModel, publicActs, type InstagramModel } from './instagram-model';
import { ascii, numericId } from './people';
import { pick, rngFor } from './sampling';
import { metaJson } from './text-format';
import { simulateThread, threadText, type ThreadMessage } from './thread-sim';
import { TOPIC_IDS } from './topics';
import { writeText } from './texts';
import { insightsCsvFiles } from './meta-insights-csv';
import type { FormatGenerator, GenContext, GeneratedFile } from './types';

/** Meta's JSON: two-space indentation, every non-ASCII byte escaped (the latin-1 mojibake of formats.md §0.1). */
export function metaStringify(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
    /[^\x00-\x7f]/.test(inner) ? metaJson(JSON.parse(whole) as string) : whole,
  );
}

const secs = (ms: number) => Math.floor(ms / 1000);
const MAX_PER_FILE = 10_000;

/**
 * The brand's own Instagram "Download your information" archive (JSON, 2024 Accounts Center layout)
 * plus the Meta Business Suite insights CSVs an agency downloads beside it. The archive holds what
 * Instagram gives an account about itself: followers with the date they followed, DM threads (inbox,
 * and message_requests for unanswered non-followers) newest first with story replies, shared posts,
 * reactions and the "Reacted ❤️ to your message" pseudo-lines, the comments the brand wrote (answers
 * to the community, "@user …"), the comments it liked, its posts and stories. Saves, shares and
 * story replies received per post come from the CSVs.
 */
export function instagramGenerator(ctx: GenContext, roots: number, silentFollowers = 0): FormatGenerator {
  const model = instagramModel(ctx, roots, silentFollowers);
  const { brand } = ctx;
  const date = new Date(ctx.exportedAt).toISOString().slice(0, 10);
  const archive = `instagram-${brand.username}-${date}-${numericId(ctx.seed, 0x1f, 0, 8)}.zip`;
  const file = (path: string, text: () => string): GeneratedFile => ({
    path,
    archive,
    *chunks() {
      yield text();
    },
  });
  return {
    format: 'instagram',
    *files() {
      yield file('personal_information/personal_information/personal_information.json', () => profileJson(model));
      yield { path: 'connections/followers_and_following/followers_1.json', archive, chunks: () => followersJson(model) };
      yield file('connections/followers_and_following/following.json', () => followingJson(model));
      yield file('your_instagram_activity/content/posts_1.json', () => postsJson(model));
      yield file('your_instagram_activity/content/stories.json', () => storiesJson(model));
      yield { path: 'your_instagram_activity/comments/post_comments_1.json', archive, chunks: () => actsJson(model, 'reply') };
      yield { path: 'your_instagram_activity/likes/liked_comments.json', archive, chunks: () => actsJson(model, 'like') };
      for (let i = 0; i < model.members.length; i++) yield* threadFiles(model, i, archive);
      yield* insightsCsvFiles(model);
    },
    count: () => countInstagram(model),
  };
}

function profileJson(model: InstagramModel): string {
  const { brand } = model.ctx;
  const v = (value: string) => ({ href: '', value, timestamp: 0 });
  return metaStringify({
    profile_user: [
      {
        media_map_data: {
          'Profile photo': {
            uri: `media/other/${numericId(model.ctx.seed, 0x20, 0, 9)}_n.jpg`,
            creation_timestamp: secs(model.ctx.cal.dayStart(0)),
            title: '',
          },
        },
        string_map_data: {
          Email: v(`hello@${ascii(brand.name).toLowerCase()}.fr`),
          'Phone Confirmed': v('False'),
          'Email Confirmed': v('True'),
          Username: v(brand.username),
          Name: v(brand.name),
          Bio: v('Bougies artisanales coulées à la main 🕯️ Atelier à Lyon'),
          Gender: v('Prefer not to say'),
          'Private Account': v('False'),
        },
      },
    ],
  });
}

function* followersJson(model: InstagramModel): Generator<string> {
  yield '[';
  let first = true;
  const row = (u: string, at: number) => {
    const out = `${first ? '' : ','}\n  ${metaStringify({ title: '', media_list_data: [], string_list_data: [{ href: `https://www.instagram.com/${u}`, value: u, timestamp: secs(at) }] }).replace(/\n/g, '\n  ')}`;
    first = false;
    return out;
  };
  for (let i = model.members.length - 1; i >= 0; i--)
    if (model.follows[i]) yield row(model.members[i]!.person.username, followAt(model, i));
  // The silent followers come last: importers read followers whatever their order.
  for (const s of model.silent) yield row(s.person.username, s.at);
  yield '\n]';
}

function followingJson(model: InstagramModel): string {
  const rows = model.members
    .map((m, i) => ({ m, i }))
    .filter(({ i }) => model.followedBack[i])
    .reverse()
    .map(({ m, i }) => ({
      title: '',
      string_list_data: [
        {
          href: `https://www.instagram.com/${m.person.username}`,
          value: m.person.username,
          timestamp: secs(followAt(model, i)) + 3600 * 30,
        },
      ],
    }));
  return metaStringify({ relationships_following: rows });
}

function postsJson(model: InstagramModel): string {
  return metaStringify(
    [...model.posts].reverse().map((p) => {
      const ym = new Date(p.at).toISOString().slice(0, 7).replace('-', '');
      return {
        media: [
          {
            uri: `media/posts/${ym}/${p.id}_n_${p.id.slice(0, 8)}.jpg`,
            creation_timestamp: secs(p.at),
            media_metadata: { photo_metadata: { exif_data: [{ iso: 200, focal_length: '35', source_type: 'library' }] } },
            title: p.caption,
            cross_post_source: { source_app: 'FB' },
          },
        ],
        title: p.caption,
        creation_timestamp: secs(p.at),
      };
    }),
  );
}

function storiesJson(model: InstagramModel): string {
  return metaStringify({
    ig_stories: [...model.stories].reverse().map((s, k) => {
      const ym = new Date(s.at).toISOString().slice(0, 7).replace('-', '');
      return {
        uri: `media/stories/${ym}/${s.id}.jpg`,
        creation_timestamp: secs(s.at),
        media_metadata: { photo_metadata: { exif_data: [{ source_type: 'camera' }] } },
        title: k % 4 === 0 ? 'Nouveautés en boutique ✨' : '',
        cross_post_source: { source_app: 'FB' },
      };
    }),
  });
}

/** The brand's comments (answers to members) or the comments it liked, newest first as Meta lists them. */
function* actsJson(model: InstagramModel, kind: 'reply' | 'like'): Generator<string> {
  const { brand } = model.ctx;
  const acts = [];
  for (let i = 0; i < model.members.length; i++) for (const a of publicActs(model, i)) if (a.kind === kind) acts.push(a);
  acts.sort((a, b) => b.at - a.at || a.member - b.member);
  yield kind === 'reply' ? '[' : '{\n  "likes_comment_likes": [';
  let first = true;
  for (const a of acts) {
    const m = model.members[a.member]!;
    const post = model.posts[a.post]!;
    let row: object;
    if (kind === 'reply') {
      const r = rngFor(model.ctx.seed, 0x21, a.member, a.seq);
      const text = writeText(r, {
        intent: 'brand',
        parentIntent: pick(r, ['praise', 'question', 'praise', 'purchase', 'complaint']),
        theme: pick(r, TOPIC_IDS),
        lang: m.person.lang,
        name: m.person.first,
      });
      row = {
        media_list_data: [{ uri: '' }],
        string_map_data: {
          Comment: { value: `@${m.person.username} ${text}` },
          'Media Owner': { value: brand.username },
          Time: { timestamp: secs(a.at) },
        },
      };
    } else {
      row = {
        title: m.person.username,
        string_list_data: [{ href: `https://www.instagram.com/p/${post.code}/`, value: '👍', timestamp: secs(a.at) }],
      };
    }
    const pad = kind === 'reply' ? '\n  ' : '\n    ';
    yield `${first ? '' : ','}${pad}${metaStringify(row).replace(/\n/g, pad)}`;
    first = false;
  }
  yield kind === 'reply' ? '\n]' : '\n  ]\n}';
}

function threadFiles(model: InstagramModel, i: number, archive: string): GeneratedFile[] {
  const msgs = simulateThread(model.dms, i);
  if (msgs.length === 0) return [];
  const { brand } = model.ctx;
  const p = model.members[i]!.person;
  const folder = msgs.some((x) => x.fromBrand) || model.follows[i] ? 'inbox' : 'message_requests';
  const slug = `${ascii(p.name).toLowerCase()}_${numericId(model.ctx.seed, 0x16, p.id, 16)}`;
  const rows: { at: number; row: Record<string, unknown> }[] = [];
  for (const m of msgs) rows.push(...messageRows(model, i, m));
  rows.sort((a, b) => b.at - a.at);
  const parts = Math.ceil(rows.length / MAX_PER_FILE);
  const out: GeneratedFile[] = [];
  for (let k = 0; k < parts; k++) {
    const slice = rows.slice(k * MAX_PER_FILE, (k + 1) * MAX_PER_FILE).map((x) => x.row);
    out.push({
      path: `your_instagram_activity/messages/${folder}/${slug}/message_${k + 1}.json`,
      archive,
      *chunks() {
        yield metaStringify({
          participants: [{ name: p.name }, { name: brand.name }],
          messages: slice,
          title: p.name,
          is_still_participant: true,
          thread_path: `${folder}/${slug}`,
          magic_words: [],
        });
      },
    });
  }
  return out;
}

function messageRows(model: InstagramModel, i: number, m: ThreadMessage): { at: number; row: Record<string, unknown> }[] {
  const { brand } = model.ctx;
  const p = model.members[i]!.person;
  const sender = m.fromBrand ? brand.name : p.name;
  const row: Record<string, unknown> = { sender_name: sender, timestamp_ms: m.at };
  if (m.kind === 'share') {
    const post = model.posts[m.ref]!;
    row.content = `${p.first} sent an attachment.`;
    row.share = { link: `https://www.instagram.com/p/${post.code}/`, share_text: post.caption, original_content_owner: brand.username };
  } else {
    row.content = threadText(model.dms, i, m);
    if (m.kind === 'story_reply') row.share = { link: `https://instagram.com/stories/${brand.username}/${model.stories[m.ref]!.id}` };
  }
  const out = [{ at: m.at, row }];
  if (m.reacted) {
    row.reactions = [{ reaction: '❤', actor: m.fromBrand ? p.name : brand.name }];
    // Instagram also writes the member's reaction as a line of its own in the thread.
    if (m.fromBrand)
      out.push({
        at: m.reactedAt,
        row: { sender_name: p.name, timestamp_ms: m.reactedAt, content: 'Reacted ❤️ to your message ', is_geoblocked_for_viewer: false },
      });
  }
  row.is_geoblocked_for_viewer = false;
  return out;
}
