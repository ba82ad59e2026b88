import type { Calendar } from './calendar';
import { numericId } from './people';
import { pick, rngFor } from './sampling';
import { writeText } from './texts';

export interface BrandPost {
  at: number;
  /** 17–19 digit media id, as Meta writes them. */
  id: string;
  /** Instagram shortcode (the /p/<code>/ part of the permalink). */
  code: string;
  caption: string;
  type: 'IG image' | 'IG carousel' | 'IG reel';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** What the brand publishes: a few posts a week at office hours, a story most days. */
export function brandSchedule(seed: number, salt: number, cal: Calendar, perWeek: number): BrandPost[] {
  const r = rngFor(seed, 0xb0, salt);
  const out: BrandPost[] = [];
  for (let d = 0; d < cal.days; d++) {
    if (r() >= perWeek / 7) continue;
    const at = cal.dayStart(d) + Math.floor((9.5 + r() * 9) * 3_600_000);
    const id = numericId(seed, 0xb1 + salt, out.length, 17);
    let code = 'C';
    for (let i = 0; i < 10; i++) code += B64[Math.floor(r() * 64)];
    const lang = r() < 0.8 ? 'fr' : 'en';
    const caption =
      writeText(r, { intent: 'announcement', lang }) +
      (r() < 0.5 ? `\n\n${pick(r, ['#maisonlumiere', '#bougie #faitmain', '#candle #homedecor', '#cadeau #noel'])}` : '');
    out.push({ at, id, code, caption, type: pick(r, ['IG image', 'IG image', 'IG carousel', 'IG reel']) });
  }
  return out;
}
