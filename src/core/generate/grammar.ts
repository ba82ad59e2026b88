import type { Rand } from './sampling';

/** Slot name → its values in one language; a value may hold slots and alternatives of its own. */
export type Slots = Readonly<Record<string, readonly string[]>>;

const ALTERNATIVES = /\[([^[\]]*)\]/g;
const SLOT = /\{(\w+)\}/g;

/**
 * Expands one template of the phrase grammar: `[a|b|]` picks one alternative (an empty one makes the
 * part optional), `{slot}` a value of the slot, and values expand in turn (three levels at most), so a
 * few hundred parts compose thousands of distinct sentences. `{days}`, `{hours}`, `{n}` and `{order}`
 * are numbers; `{name}` is the addressee; an unknown slot stays as its name (a bug a test would see).
 */
export function expand(r: Rand, template: string, slots: Slots, name = ''): string {
  let s = template;
  for (let depth = 0; depth < 4 && (s.includes('{') || s.includes('[')); depth++) {
    s = s.replace(SLOT, (_, key: string) => {
      switch (key) {
        case 'name':
          return name;
        case 'days':
          return String(3 + Math.floor(r() * 13));
        case 'hours':
          return String(40 + 5 * Math.floor(r() * 7));
        case 'n':
          return String(2 + Math.floor(r() * 4));
        case 'order':
          return String(10_000 + Math.floor(r() * 89_999));
      }
      const list = slots[key];
      return list ? list[Math.floor(r() * list.length)]! : key;
    });
    // Innermost alternatives first, so `[a [b|c]|d]` nests.
    for (let guard = 0; guard < 8 && s.includes('['); guard++) {
      const next = s.replace(ALTERNATIVES, (_, body: string) => {
        const parts = body.split('|');
        return parts[Math.floor(r() * parts.length)]!;
      });
      if (next === s) break;
      s = next;
    }
  }
  return s
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim();
}
