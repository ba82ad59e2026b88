import { AnalyticsSettings } from '../../core/contract/analytics-settings';

export const RULES = ['question', 'purchase', 'complaint', 'praise', 'thanks'] as const;
export type RuleKey = (typeof RULES)[number];

/**
 * The metrics settings as the form edits them: numbers as typed (a French decimal comma is welcome),
 * rules one per line. Every number of the settings has its dotted path (`depthWeights.dm`).
 */
export interface Draft {
  numbers: Record<string, string>;
  scope: AnalyticsSettings['responseScope'];
  days: number[];
  start: string;
  end: string;
  rules: Record<RuleKey, string>;
}

/** What is wrong with a draft, for the screen to say in its language: the first problem only. */
export type DraftProblem =
  | { kind: 'number' | 'integer' | 'time' | 'invalid'; path: string }
  | { kind: 'min' | 'above'; path: string; min: number }
  | { kind: 'max' | 'below' | 'tooMany'; path: string; max: number }
  | { kind: 'badRule'; path: string; pattern: string }
  | { kind: 'shares' | 'hours'; path: string };

/** The dotted paths of every number in the settings (not the business days, a list). */
export function numberPaths(s: AnalyticsSettings): string[] {
  const out: string[] = [];
  const walk = (o: object, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number') out.push(prefix + k);
      else if (v && typeof v === 'object' && !Array.isArray(v)) walk(v, `${prefix}${k}.`);
    }
  };
  walk(s, '');
  return out;
}

const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], o);

function set(o: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = o;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
}

export function toDraft(s: AnalyticsSettings, decimal: '.' | ','): Draft {
  return {
    numbers: Object.fromEntries(numberPaths(s).map((p) => [p, String(get(s, p)).replace('.', decimal)])),
    scope: s.responseScope,
    days: [...s.businessHours.days],
    start: s.businessHours.start,
    end: s.businessHours.end,
    rules: {
      question: s.intentRules.question.join('\n'),
      purchase: s.intentRules.purchase.join('\n'),
      complaint: s.intentRules.complaint.join('\n'),
      praise: s.intentRules.praise.join('\n'),
      thanks: s.thanksRules.join('\n'),
    },
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A number as typed: spaces out, a decimal comma read as a point; anything else is not a number (NaN). */
export function readNumber(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? NaN : Number(t);
}

/** The settings a draft stands for (checked by checkDraft before it is sent). */
export function fromDraft(d: Draft, base: AnalyticsSettings): AnalyticsSettings {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [path, text] of Object.entries(d.numbers)) set(out, path, readNumber(text));
  const s = out as unknown as AnalyticsSettings;
  s.responseScope = d.scope;
  s.businessHours = { days: [...d.days].sort((a, b) => a - b), start: d.start, end: d.end };
  s.intentRules = {
    question: lines(d.rules.question),
    purchase: lines(d.rules.purchase),
    complaint: lines(d.rules.complaint),
    praise: lines(d.rules.praise),
  };
  s.thanksRules = lines(d.rules.thanks);
  return s;
}

const RULE_PATHS: Record<string, RuleKey> = {
  'intentRules.question': 'question',
  'intentRules.purchase': 'purchase',
  'intentRules.complaint': 'complaint',
  'intentRules.praise': 'praise',
  thanksRules: 'thanks',
};

/**
 * The first problem of the settings, checked as the core will (the contract's schema, the regular
 * expressions, the onion shares, the order of business hours) so the screen can say it in the user's
 * language before anything is sent; the core checks again.
 */
export function checkDraft(s: AnalyticsSettings): DraftProblem | null {
  const parsed = AnalyticsSettings.safeParse(s);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // A rule's index is not a field: the rule list is.
    const path = issue.path.filter((k) => typeof k === 'string').join('.');
    switch (issue.code) {
      case 'invalid_type':
        return { kind: issue.expected === 'int' ? 'integer' : 'number', path };
      case 'too_small':
        return { kind: issue.inclusive === false ? 'above' : 'min', path, min: Number(issue.minimum) };
      case 'too_big':
        return RULE_PATHS[path]
          ? { kind: 'tooMany', path, max: Number(issue.maximum) }
          : { kind: issue.inclusive === false ? 'below' : 'max', path, max: Number(issue.maximum) };
      case 'invalid_format':
        return { kind: 'time', path };
      default:
        return { kind: 'invalid', path };
    }
  }
  for (const [path, list] of [
    ...Object.entries(s.intentRules).map(([k, v]) => [`intentRules.${k}`, v] as const),
    ['thanksRules', s.thanksRules] as const,
  ]) {
    for (const pattern of list) {
      try {
        new RegExp(pattern, 'u');
      } catch {
        return { kind: 'badRule', path, pattern };
      }
    }
  }
  if (s.onion.core + s.onion.regular >= 1) return { kind: 'shares', path: 'onion.regular' };
  if (s.businessHours.end <= s.businessHours.start) return { kind: 'hours', path: 'businessHours.end' };
  return null;
}

export const ruleOfPath = (path: string): RuleKey | undefined => RULE_PATHS[path];
