import type { IdentityRef } from '../../../domain/records';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { LABELS } from './aliases';
import { archiveRoot, decodeEntities, siblings, slugOfName, threadFolder, threadSlug } from './archive';
import { entryFromJson, field } from './entries';
import { isObject, str } from './json-input';
import { fixMojibake, fixMojibakeDeep } from './mojibake';
import { isRequestHeader } from '../messages/request-marks';

export type Family = 'instagram' | 'facebook';

/** Who exported the archive, as far as its files tell. */
export interface OwnerInfo {
  username?: string | undefined;
  displayName?: string | undefined;
  /** Other names the owner goes by in the same export (a DM display name that differs from the profile's). */
  aliases?: string[] | undefined;
  how: string;
}

const MAX_THREADS = 200;
const cache = new WeakMap<readonly InputFile[], Map<string, Promise<OwnerInfo | undefined>>>();

/**
 * Finds the archive owner once per import and archive: the profile file if the export has one
 * (personal_information.json, flat profile.json, Facebook profile_information.json), else the one
 * participant common to the DM threads (a single 1:1 thread is settled by its folder slug or title,
 * which name the *other* party), else, for Facebook, the author of the comments/reactions files.
 */
export function ownerFromArchive(file: InputFile, ctx: ImportContext, family: Family): Promise<OwnerInfo | undefined> {
  let byRoot = cache.get(ctx.files);
  if (!byRoot) {
    byRoot = new Map();
    cache.set(ctx.files, byRoot);
  }
  const key = `${family}:${archiveRoot(file)}`;
  let hit = byRoot.get(key);
  if (!hit) {
    hit = findOwner(siblings(file, ctx.files.includes(file) ? ctx.files : [...ctx.files, file]), family);
    byRoot.set(key, hit);
  }
  return hit;
}

async function findOwner(files: InputFile[], family: Family): Promise<OwnerInfo | undefined> {
  const profile = await fromProfile(files, family);
  const fromThreads = await fromDmThreads(files, family);
  if (profile) {
    const dmName = fromThreads?.displayName;
    return dmName && dmName !== profile.displayName && dmName !== profile.username ? { ...profile, aliases: [dmName] } : profile;
  }
  if (fromThreads) return fromThreads;
  if (family === 'facebook') return fromActivityAuthors(files);
  return undefined;
}

async function fromProfile(files: InputFile[], family: Family): Promise<OwnerInfo | undefined> {
  const pattern =
    family === 'instagram'
      ? /(^|\/)personal_information\/personal_information\.(json|html)$/i
      : /(^|\/)profile_information\/profile_information\.json$/i;
  // The 2018–20 profile.json sits at the archive root, not inside any category folder.
  const flat = (x: InputFile) =>
    family === 'instagram' &&
    /(^|\/)profile\.json$/i.test(x.innerPath) &&
    archiveRoot(x) === x.path.slice(0, Math.max(0, x.path.lastIndexOf('/')));
  const f = files.find((x) => pattern.test(x.innerPath)) ?? files.find(flat);
  if (!f) return undefined;
  const head = await f.head();
  if (/\.html$/i.test(f.innerPath)) {
    const cell = (aliases: readonly string[]) => {
      for (const a of aliases) {
        const m = new RegExp(`_a6_q">${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<div><div>([^<]*)<`, 'i').exec(head);
        if (m) return decodeEntities(m[1]!).trim();
      }
      return undefined;
    };
    const username = cell(LABELS.username);
    return username ? { username, displayName: cell(LABELS.name), how: 'profile page' } : undefined;
  }
  let root: unknown;
  try {
    root = fixMojibakeDeep(JSON.parse(head));
  } catch {
    return undefined;
  }
  if (!isObject(root)) return undefined;
  if (family === 'facebook') {
    const p = isObject(root.profile_v2) ? root.profile_v2 : isObject(root.profile) ? root.profile : undefined;
    const name = p && isObject(p.name) ? str(p.name.full_name) : undefined;
    return name ? { displayName: name, how: 'profile_information.json' } : undefined;
  }
  if (typeof root.username === 'string') return { username: root.username, displayName: str(root.name), how: 'profile.json' };
  const user = Array.isArray(root.profile_user) ? root.profile_user[0] : undefined;
  if (!isObject(user)) return undefined;
  const e = entryFromJson(user);
  const username = field(e, LABELS.username)?.value;
  return username ? { username, displayName: field(e, LABELS.name)?.value, how: 'personal_information.json' } : undefined;
}

const THREAD_FILE = /(^|\/)(inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover)\/[^/]+\/message_\d+\.(json|html)$/i;

/**
 * Instagram and Messenger threads share one JSON shape (and both now carry is_geoblocked_for_viewer),
 * so the path decides: the activity folder of 2023+ exports, else the ZIP or top folder name Meta
 * gives downloads (`instagram-<user>-<date>`, `facebook-<user>-<date>`). Only a bare path falls back
 * on content: Messenger's `"type": "Generic"` messages.
 */
export function threadFamily(path: string, head: string): Family {
  const p = path.toLowerCase();
  if (p.includes('your_instagram_activity/')) return 'instagram';
  if (/your_facebook_activity\/|your_activity_across_facebook\//.test(p)) return 'facebook';
  if (/(^|[/_-])instagram([/_-]|\.zip)/.test(p)) return 'instagram';
  if (/(^|[/_-])(facebook|messenger)([/_-]|\.zip)/.test(p)) return 'facebook';
  if (/"type"\s*:\s*"(Generic|Share|Call|Subscribe|Unsubscribe)"/.test(head)) return 'facebook';
  return 'instagram';
}

interface ThreadNames {
  names: Set<string>;
  /** The other party, known from the folder slug or the page title of a 1:1 thread. */
  other: Set<string>;
}

function threadNames(f: InputFile, head: string): ThreadNames | undefined {
  const names = new Set<string>();
  const other = new Set<string>();
  if (/\.html$/i.test(f.innerPath)) {
    const title = /<h1[^>]*>([^<]*)<\/h1>/i.exec(head)?.[1];
    for (const m of head.matchAll(/<h2 class="[^"]*_a6-h[^"]*">([^<]*)<\/h2>/gi)) {
      const name = decodeEntities(m[1]!).trim();
      // A request page's status heading is on every request page: never a participant.
      if (!isRequestHeader(name)) names.add(name);
    }
    if (title) {
      const t = decodeEntities(title).trim();
      if (names.has(t) || names.size <= 1) {
        names.add(t);
        other.add(t);
      }
    }
  } else {
    const m = /"participants"\s*:\s*(\[[^\]]*\])/.exec(head);
    if (!m) return undefined;
    try {
      for (const p of JSON.parse(m[1]!) as unknown[]) {
        const n = isObject(p) ? str(p.name) : str(p);
        if (n) names.add(fixMojibake(n));
      }
    } catch {
      return undefined;
    }
    const slug = threadSlug(threadFolder(f.innerPath) ?? '');
    for (const n of names) if (slug !== '' && slugOfName(n) === slug) other.add(n);
  }
  return names.size > 0 ? { names, other } : undefined;
}

async function fromDmThreads(files: InputFile[], family: Family): Promise<OwnerInfo | undefined> {
  const threads: ThreadNames[] = [];
  for (const f of files) {
    if (threads.length >= MAX_THREADS) break;
    if (!THREAD_FILE.test(f.innerPath) || !/message_1\.(json|html)$/i.test(f.innerPath)) continue;
    const head = await f.head();
    if (threadFamily(f.path, head) !== family) continue;
    const t = threadNames(f, head);
    if (t) threads.push(t);
  }
  if (threads.length === 0) return undefined;
  const pick = (useOther: boolean): string | undefined => {
    const counts = new Map<string, number>();
    for (const t of threads) for (const n of t.names) if (!(useOther && t.other.has(n))) counts.set(n, (counts.get(n) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (!top) return undefined;
    const needed = threads.length === 1 ? 1 : Math.max(2, Math.ceil(threads.length * 0.8));
    return top[1] >= needed && (!second || second[1] < top[1]) ? top[0] : undefined;
  };
  const name = pick(false) ?? pick(true);
  return name ? { displayName: name, how: `the participant common to ${threads.length} DM thread(s)` } : undefined;
}

/** Facebook comments and reactions files list the owner as every record's author/actor. */
async function fromActivityAuthors(files: InputFile[]): Promise<OwnerInfo | undefined> {
  for (const f of files) {
    if (!/\.json$/i.test(f.innerPath)) continue;
    const head = await f.head();
    if (!/"(comments_v2|reactions_v2|group_comments_v2)"/.test(head)) continue;
    const m = /"(?:author|actor)"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head);
    if (m) return { displayName: fixMojibake(JSON.parse(`"${m[1]}"`) as string), how: 'the author of the comments/reactions files' };
  }
  return undefined;
}

/**
 * The owner as this importer should write it: the archive's owner, else a name from the file that
 * the user named with --brand, else a placeholder (with a warning) so outbound records still have an
 * author. `is()` tells whether a name or handle seen in a record is the owner.
 */
export class Owner {
  private cached: IdentityRef | undefined;
  constructor(
    private info: OwnerInfo | undefined,
    private readonly sink: ImportSink,
  ) {}

  get known(): boolean {
    return this.info !== undefined;
  }

  get username(): string | undefined {
    return this.info?.username;
  }

  is(nameOrHandle: string | undefined): boolean {
    if (!nameOrHandle) return false;
    const x = nameOrHandle.trim().replace(/^@/, '').toLowerCase();
    if (this.info?.username && this.info.username.toLowerCase() === x) return true;
    if (this.info?.displayName && this.info.displayName.trim().toLowerCase() === x) return true;
    if (this.info?.aliases?.some((a) => a.trim().toLowerCase() === x)) return true;
    return this.sink.isBrand({ handle: nameOrHandle, name: nameOrHandle });
  }

  /** Adopts a name from the records as the owner when the archive did not say (a --brand match). */
  learn(candidates: Iterable<string>): void {
    if (this.info) return;
    for (const c of candidates) {
      if (this.sink.isBrand({ handle: c, name: c })) {
        this.info = { displayName: c, how: '--brand' };
        return;
      }
    }
  }

  adopt(info: OwnerInfo): void {
    if (!this.info) this.info = info;
  }

  /** The owner's identity, declared as the brand's. */
  ref(): IdentityRef {
    if (this.cached) return this.cached;
    let ref: IdentityRef;
    if (this.info) {
      ref = this.info.username
        ? { handle: this.info.username, name: this.info.displayName ?? this.info.username }
        : { handle: this.info.displayName!, name: this.info.displayName };
    } else {
      this.sink.warn(
        'the account owner could not be identified (no profile file, no DM threads, no --brand match): their records are attributed to "account owner"',
      );
      ref = { handle: 'account owner', name: 'Account owner' };
    }
    this.sink.declareBrand(ref);
    this.cached = ref;
    return ref;
  }
}

export async function resolveOwner(file: InputFile, ctx: ImportContext, sink: ImportSink, family: Family): Promise<Owner> {
  return new Owner(await ownerFromArchive(file, ctx, family), sink);
}
