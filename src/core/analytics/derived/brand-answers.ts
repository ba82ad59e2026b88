import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { addMs, type UtcMs } from '../../util/time-keys';
import { businessMs } from '../model/business-hours';
import { normaliseForRules, SIGNAL_MASK } from '../model/intent-rules';
import type { ConversationRecord, ConversationsBuild } from './build-conversations';
import { type BuildContext, IS_ACTIVE } from './context';
import type { Rows } from './read-rows';

/**
 * In a group chat the brand often answers a member a while later, in a message of its own: « Oui Zoé,
 * de 10h à 13h ! » forty minutes after the question, past the 30-minute silence that ends a
 * conversation. Such a message answers the member's conversation when it replies to them, tags them,
 * or names them (a full name, a first name of three letters or more, a handle), within the response
 * window after their conversation opened. Measured on a generated community (`cercle generate --size
 * 60k --formats discord,telegram,whatsapp --seed 5`), with the other fixes of the same change, the
 * WhatsApp response rate went from 20.0 % to 43.2 %: most brand answers in a group come in a message of
 * their own.
 */
export function attributeBrandAnswers(
  db: Db,
  rows: Rows,
  ctx: BuildContext,
  s: AnalyticsSettings,
  tz: string,
  conv: ConversationsBuild,
): number {
  const windowMs = s.responseWindowHours * 3_600_000;
  const waiting = conv.conversations
    .map((c, i) => i)
    .filter((i) => {
      const c = conv.conversations[i]!;
      return !c.native && c.channel !== 0 && c.starter !== 0 && Number.isNaN(c.responseMs);
    });
  if (waiting.length === 0) return 0;
  const channels = new Set(waiting.map((i) => conv.conversations[i]!.channel));
  // The brand's messages in those chats, in time order per chat.
  const brandRows = new Map<number, number[]>();
  for (let r = 0; r < rows.n; r++) {
    if (!rows.outbound[r] || !IS_ACTIVE[rows.kind[r]!] || !channels.has(rows.channel[r]!)) continue;
    const list = brandRows.get(rows.channel[r]!) ?? [];
    brandRows.set(rows.channel[r]!, list);
    list.push(r);
  }
  for (const list of brandRows.values()) list.sort((a, b) => rows.at[a]! - rows.at[b]! || a - b);
  const names = readNames(db, new Set(waiting.map((i) => conv.conversations[i]!.starter)));
  const toStarter = (r: number, c: ConversationRecord) => rows.target[r] !== 0 && ctx.identityPerson.get(rows.target[r]!) === c.starter;
  // Only the texts that can decide: a starter's window up to the first message addressed to them (which
  // answers without its text), when the starter has a name to look for. Reading every brand message of
  // those chats took 0.9 s on the 1.14M synthetic client (163k messages).
  const deciding = new Set<number>();
  for (const i of waiting) {
    const c = conv.conversations[i]!;
    const list = brandRows.get(c.channel);
    if (!list || !names.get(c.starter)?.length) continue;
    for (let k = firstAfter(list, rows, c.lastAt); k < list.length; k++) {
      const r = list[k]!;
      if (rows.at[r]! - c.firstAt > windowMs || toStarter(r, c)) break;
      deciding.add(r);
    }
  }
  const texts = readTexts(db, rows, [...deciding]);
  let attributed = 0;
  for (const i of waiting) {
    const c = conv.conversations[i]!;
    const list = brandRows.get(c.channel);
    if (!list) continue;
    for (let k = firstAfter(list, rows, c.lastAt); k < list.length; k++) {
      const r = list[k]!;
      const wait = rows.at[r]! - c.firstAt;
      if (wait > windowMs) break;
      if (!toStarter(r, c) && !names.get(c.starter)?.some((n) => mentions(texts.get(r), n))) continue;
      c.responseMs = wait;
      c.responseBhMs = businessMs(tz, s.businessHours, c.firstAt, addMs(c.firstAt, wait));
      // The member's intent signals in that conversation are answered by the same message.
      for (let j = conv.segments[2 * i]!; j < conv.segments[2 * i + 1]!; j++) {
        const m = conv.order[j]!;
        if (rows.bits[m]! & SIGNAL_MASK && Number.isNaN(conv.responseMs[m]!)) conv.responseMs[m] = rows.at[r]! - rows.at[m]!;
      }
      attributed++;
      break;
    }
  }
  return attributed;
}

/** First index in time-sorted `list` whose message comes after `at`. */
function firstAfter(list: number[], rows: Rows, at: UtcMs): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows.at[list[mid]!]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A name as a whole word (or words) of the text: « zoe » in « oui zoe, de 10h », not in « zoey ». */
function mentions(text: string | undefined, name: string): boolean {
  if (!text) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = at + name.length >= text.length ? ' ' : text[at + name.length]!;
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

function readTexts(db: Db, rows: Rows, rowIndexes: number[]): Map<number, string> {
  const byId = new Map(rowIndexes.map((r) => [rows.id[r]!, r]));
  const out = new Map<number, string>();
  const ids = [...byId.keys()];
  for (let k = 0; k < ids.length; k += 500) {
    const chunk = ids.slice(k, k + 500);
    for (const t of db.all<{ id: number; text: string | null }>(
      `SELECT id, text FROM interactions WHERE id IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    )) {
      if (t.text) out.set(byId.get(Number(t.id))!, normaliseForRules(t.text));
    }
  }
  return out;
}

/** The names a member can be called by in a message, normalised like the texts. */
function readNames(db: Db, people: Set<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (p: number, n: string | null) => {
    const v = n ? normaliseForRules(n).trim() : '';
    // Two letters or a phone number name nobody: « Jo » is in too many words, « +33 6… » is not said.
    if (v.length < 3 || /^[+\d\s().-]+$/.test(v)) return;
    const list = out.get(p) ?? [];
    out.set(p, list);
    if (!list.includes(v)) list.push(v);
  };
  for (const i of db.all<{ person_id: number; name: string | null; handle: string }>(
    'SELECT person_id, name, handle FROM identities WHERE is_brand = 0',
  )) {
    const p = Number(i.person_id);
    if (!people.has(p)) continue;
    add(p, i.name);
    add(p, i.name?.split(/\s+/)[0] ?? null);
    add(p, i.handle);
  }
  return out;
}
