import { brandSchedule } from './brand-content';
import { buildMembers, pickPeople, type VenueMember } from './community';
import { ascii, numericId, type Person } from './people';
import { logNormalMs, pick, pickCumulative, rngFor } from './sampling';
import { base64Ascii, csvRow, utcSql } from './text-format';
import { simulateThread, threadText, type ThreadVenue } from './thread-sim';
import { writeText } from './texts';
import { addCount, emptyCounts, type FormatCounts, type FormatGenerator, type GenContext, type GeneratedFile } from './types';

const SALT = 55;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const COMPANIES = [
  'Galeries Lafayette',
  'Le Bon Marché',
  'Maisons du Monde',
  'Sézane',
  'Etsy',
  'Freelance',
  'L Oréal',
  'Decathlon',
  'BNP Paribas',
  'Fnac Darty',
  'Printemps',
  'Nature & Découvertes',
];
const POSITIONS = [
  'Acheteuse',
  'Responsable boutique',
  'Chargée de communication',
  'Community manager',
  'Décoratrice d intérieur',
  'Journaliste lifestyle',
  'Fondatrice',
  'Chef de produit',
  'Étudiante',
  'Buyer',
];
const NOTES = `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n`;

interface LinkedInModel {
  ctx: GenContext;
  members: VenueMember[];
  /** Connected (Connections.csv) or a pending incoming invitation (Invitations.csv). */
  connected: boolean[];
  comments: number[];
  dms: ThreadVenue;
  posts: { at: number; id: string; text: string }[];
}

const profileUrl = (p: Person) =>
  `https://www.linkedin.com/in/${ascii(p.first).toLowerCase()}-${ascii(p.last).toLowerCase()}-${p.id.toString(16)}`;
const activityUrl = (id: string) => `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id}`;

function model(ctx: GenContext, roots: number): LinkedInModel {
  const n = Math.max(6, Math.round(roots / 4));
  const members = buildMembers(ctx.seed, SALT, ctx.cal, pickPeople(ctx.seed, SALT, ctx.pool, n), roots);
  const r = rngFor(ctx.seed, 0x11, SALT);
  const connected = members.map((m) => m.ambassador || r() < 0.88);
  const comments: number[] = [];
  const dmMembers = members.map((m) => {
    const dm = m.budget <= 1 ? (r() < 0.5 ? m.budget : 0) : Math.round(m.budget * 0.45);
    comments.push(m.budget - dm);
    return { ...m, budget: dm };
  });
  const posts = brandSchedule(ctx.seed, SALT, ctx.cal, 1.5).map((p) => ({
    at: p.at,
    id: String(7_100_000_000_000_000_000n + BigInt(p.id)).slice(0, 19),
    text: p.caption,
  }));
  const dms: ThreadVenue = {
    seed: ctx.seed,
    salt: SALT,
    cal: ctx.cal,
    members: dmMembers,
    storyReplyRate: 0,
    shareRate: 0,
    brandReactRate: 0,
    memberReactRate: 0,
    stories: [],
    posts: [],
    labels: ctx.labels,
  };
  return { ctx, members, connected, comments, dms, posts };
}

interface Act {
  member: number;
  seq: number;
  at: number;
  post: number;
  kind: 'reply' | 'reaction';
}

/** The brand's answers to members' comments on its posts, and its reactions to those comments. */
function acts(m: LinkedInModel, i: number): Act[] {
  const mem = m.members[i]!;
  const { cal } = m.ctx;
  const r = rngFor(m.ctx.seed, 0x12, SALT, i);
  const out: Act[] = [];
  for (let k = 0; k < m.comments[i]!; k++) {
    const at = cal.timeOn(r, pickCumulative(r, cal.cum, mem.start, Math.max(mem.start, mem.end - 1)));
    const post = m.posts.findLastIndex((p) => p.at <= at);
    if (post < 0) continue;
    if (r() < 0.5) {
      const t = cal.brandReplyAt(r, at);
      if (t < cal.endUtc) out.push({ member: i, seq: out.length, at: t, post, kind: 'reply' });
    }
    if (r() < 0.4) {
      const t = at + Math.max(60_000, Math.round(logNormalMs(r, 4 * 3_600_000, 1)));
      if (t < cal.endUtc) out.push({ member: i, seq: out.length, at: t, post, kind: 'reaction' });
    }
  }
  return out;
}

function connectedOn(m: LinkedInModel, i: number): number {
  return m.ctx.cal.timeOn(rngFor(m.ctx.seed, 0x13, i), m.members[i]!.start);
}

function countLinkedIn(m: LinkedInModel): FormatCounts {
  const c = emptyCounts();
  c.members = m.members.length;
  c.ambassadors = m.members.filter((x) => x.ambassador).map((x) => x.person.name);
  for (let i = 0; i < m.members.length; i++) {
    addCount(c, 'follow');
    for (const a of acts(m, i)) addCount(c, a.kind);
    for (const msg of simulateThread(m.dms, i)) {
      addCount(c, 'dm');
      if (!msg.fromBrand && msg.theme) c.themes[msg.theme] = (c.themes[msg.theme] ?? 0) + 1;
    }
  }
  c.notes.posts = m.posts.length;
  c.notes.invitations = m.connected.filter((x) => !x).length;
  return c;
}

/**
 * The LinkedIn member data export of the brand's account (a flat ZIP of CSVs, formats.md §6):
 * Connections.csv with its Notes preamble and `17 Jun 2021` dates, pending Invitations.csv
 * (`6/14/24, 5:57 AM`), messages.csv with `… UTC` dates, Shares.csv whose multi-line commentary has
 * every line wrapped in extra quotes, the brand's Comments.csv (answers that start with the member's
 * name, which the importer reads as replies to them) and Reactions.csv (on comments, with a commentUrn).
 */
export function linkedinGenerator(ctx: GenContext, roots: number): FormatGenerator {
  const m = model(ctx, roots);
  const d = new Date(ctx.exportedAt);
  const archive = `Basic_LinkedInDataExport_${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}-${d.getUTCFullYear()}.zip`;
  const f = (path: string, chunks: () => Iterable<string>): GeneratedFile => ({ path, archive, chunks });
  return {
    format: 'linkedin',
    *files() {
      yield f('Connections.csv', () => connections(m));
      yield f('Invitations.csv', () => invitations(m));
      yield f('messages.csv', () => messages(m));
      yield f('Shares.csv', () => shares(m));
      yield f('Comments.csv', () => brandActs(m, 'reply'));
      yield f('Reactions.csv', () => brandActs(m, 'reaction'));
    },
    count: () => countLinkedIn(m),
  };
}

function* connections(m: LinkedInModel): Generator<string> {
  yield `${NOTES}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n`;
  for (let i = m.members.length - 1; i >= 0; i--) {
    if (!m.connected[i]) continue;
    const p = m.members[i]!.person;
    const r = rngFor(m.ctx.seed, 0x14, i);
    const t = new Date(connectedOn(m, i));
    const on = `${String(t.getUTCDate()).padStart(2, '0')} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    yield csvRow([
      p.first,
      p.last,
      profileUrl(p),
      r() < 0.05 ? `${ascii(p.first).toLowerCase()}@example.com` : '',
      pick(r, COMPANIES),
      pick(r, POSITIONS),
      on,
    ]);
  }
}

function* invitations(m: LinkedInModel): Generator<string> {
  yield 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n';
  const brandUrl = `https://www.linkedin.com/in/${m.ctx.brand.username}`;
  for (let i = m.members.length - 1; i >= 0; i--) {
    if (m.connected[i]) continue;
    const p = m.members[i]!.person;
    const r = rngFor(m.ctx.seed, 0x15, i);
    const t = new Date(connectedOn(m, i));
    const h = t.getUTCHours();
    const sentAt = `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${String(t.getUTCFullYear()).slice(2)}, ${h % 12 === 0 ? 12 : h % 12}:${String(t.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
    const note = r() < 0.5 ? writeText(r, { intent: p.lang === 'fr' ? 'praise' : 'recommendation', theme: 'quality', lang: p.lang }) : '';
    yield csvRow([p.name, m.ctx.brand.name, sentAt, note, 'INCOMING', profileUrl(p), brandUrl]);
  }
}

function* messages(m: LinkedInModel): Generator<string> {
  yield 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';
  const brand = m.ctx.brand.name;
  const brandUrl = `https://www.linkedin.com/in/${m.ctx.brand.username}`;
  for (let i = 0; i < m.members.length; i++) {
    const msgs = simulateThread(m.dms, i);
    if (msgs.length === 0) continue;
    const p = m.members[i]!.person;
    const conv = `2-${base64Ascii(`${numericId(m.ctx.seed, 0x16, p.id, 12)}_${p.id}`)}`;
    for (const msg of [...msgs].reverse()) {
      const [from, fromUrl, to, toUrl] = msg.fromBrand
        ? [brand, brandUrl, p.name, profileUrl(p)]
        : [p.name, profileUrl(p), brand, brandUrl];
      yield csvRow([conv, '', from, fromUrl, to, toUrl, `${utcSql(msg.at)} UTC`, '', threadText(m.dms, i, msg), 'INBOX']);
    }
  }
}

function* shares(m: LinkedInModel): Generator<string> {
  yield 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n';
  for (const post of [...m.posts].reverse()) {
    // LinkedIn wraps each line of a multi-line commentary in its own pair of quotes.
    const lines = post.text.split('\n');
    const commentary =
      lines.length > 1 ? lines.map((l, k) => (k === 0 ? `${l}"` : k === lines.length - 1 ? `"${l}` : `"${l}"`)).join('\n') : post.text;
    yield csvRow([utcSql(post.at), activityUrl(post.id), commentary, '', '', 'MEMBER_NETWORK']);
  }
}

function* brandActs(m: LinkedInModel, kind: 'reply' | 'reaction'): Generator<string> {
  yield kind === 'reply' ? 'Date,Link,Message\n' : 'Date,Type,Link\n';
  const all: Act[] = [];
  for (let i = 0; i < m.members.length; i++) for (const a of acts(m, i)) if (a.kind === kind) all.push(a);
  all.sort((a, b) => b.at - a.at || a.member - b.member);
  for (const a of all) {
    const p = m.members[a.member]!.person;
    const post = m.posts[a.post]!;
    const r = rngFor(m.ctx.seed, 0x17, a.member, a.seq);
    const commentId = numericId(m.ctx.seed, 0x18, a.member * 1000 + a.seq, 19);
    if (kind === 'reply') {
      const text = writeText(r, {
        intent: 'brand',
        parentIntent: pick(r, ['praise', 'question', 'recommendation']),
        lang: p.lang,
        name: p.first,
      }).replace(/^(Bonjour|Hello|Hi) [^,!]+[,!]\s*/, '');
      yield csvRow([utcSql(a.at), activityUrl(post.id), `${p.name} ${text}`]);
    } else {
      const urn = `?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${post.id}%2C${commentId}%29`;
      yield csvRow([
        utcSql(a.at),
        pick(r, ['LIKE', 'LIKE', 'PRAISE', 'EMPATHY', 'APPRECIATION', 'INTEREST']),
        `${activityUrl(post.id)}${urn}`,
      ]);
    }
  }
}
