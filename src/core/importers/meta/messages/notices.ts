import { NOTICE_PATTERNS, type NoticeTopic } from './notice-patterns';

export interface Notice {
  topic: NoticeTopic;
  membership?: 'join' | 'leave' | undefined;
  /** The member(s) as the notice names them, for joins and leaves. */
  named?: string | undefined;
}

/** Notices are short: a longer text is a message, and is not run through every pattern. */
const MAX_NOTICE = 400;
/**
 * Every notice holds one of these words: a text without any skips the pattern list in one linear
 * scan, so a thread of a million messages costs a million short scans, not forty regexes each.
 */
const HINT = /group|poll|sondage|vote|call|appel|chat|connect|friend|ami|message|admin|nickname|surnom|th[eè]me|[eé]moji|colou?r|couleur|r[eé]action|pinned|[ée]pingl/i;

/** What a message is when it is a thread notice (notice-patterns.ts), else undefined. */
export function noticeOf(content: string | undefined): Notice | undefined {
  if (!content) return undefined;
  const t = content.trim();
  if (t.length > MAX_NOTICE || !HINT.test(t)) return undefined;
  for (const p of NOTICE_PATTERNS) {
    const m = p.re.exec(t);
    if (m) return { topic: p.topic, membership: p.membership, named: m.groups?.member?.trim() };
  }
  return undefined;
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
