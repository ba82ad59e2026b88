import { NOTICE_PATTERNS, type NoticeTopic } from './notice-patterns';

export interface Notice {
  topic: NoticeTopic;
  membership?: 'join' | 'leave' | undefined;
  /** The member(s) as the notice names them, for joins and leaves. */
  named?: string | undefined;
}

/** Notices are short: a longer text is a message, and is not run through every pattern. */
const MAX_NOTICE = 400;

/** Every hint of every pattern, in one regex: most messages hold none, and one scan tells. */
const ANY_HINT = new RegExp(
  [...new Set(NOTICE_PATTERNS.flatMap((p) => p.hints))].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/**
 * What a message is when it is a thread notice (notice-patterns.ts), else undefined. Trying every
 * anchored pattern, each backtracking over the name it opens with, cost 15 s per million messages: a
 * message holding no hint is ruled out by one scan (0.3 s per million), and a pattern is tried only on
 * a message holding one of its own hints (a few µs for the few messages that hold any).
 */
export function noticeOf(content: string | undefined): Notice | undefined {
  if (!content) return undefined;
  const t = content.trim();
  if (t.length > MAX_NOTICE) return undefined;
  const lower = t.toLowerCase();
  if (!ANY_HINT.test(lower)) return undefined;
  for (const p of NOTICE_PATTERNS) {
    if (!holdsAny(lower, p.hints)) continue;
    const m = p.re.exec(t);
    if (m) return { topic: p.topic, membership: p.membership, named: m.groups?.member?.trim() };
  }
  return undefined;
}

function holdsAny(text: string, hints: readonly string[]): boolean {
  for (const h of hints) if (text.includes(h)) return true;
  return false;
}

/** The account owner as notices name them ("You left the group.", « Vous avez quitté le groupe. »). */
const SELF = /^(?:you|vous)$/i;
const LIST = /\s*,\s*|\s+(?:and|et|&)\s+/i;

/**
 * The members a join or leave notice names, when they can be told apart: a participant's exact name,
 * a list whose every item is a participant, or one name without list separators (other importers keep
 * such names too). "You"/"Vous" is the owner: not a member joining or leaving the community.
 */
export function membersNamed(named: string | undefined, participants: readonly string[]): string[] {
  if (!named || SELF.test(named)) return [];
  const known = new Set(participants);
  if (known.has(named)) return [named];
  const items = named.split(LIST).filter((s) => s !== '');
  if (items.length === 1) return items;
  return items.every((s) => known.has(s)) ? items : [];
}
