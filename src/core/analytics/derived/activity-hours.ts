import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { offsetMs } from '../../util/time-zone';
import { BulkInsert } from './bulk-insert';
import { type BuildContext, IS_ACTIVE, IS_ACTIVITY, PLATFORM_COUNT } from './context';
import type { Rows } from './read-rows';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Fills activity_hours from the rows already in memory: per platform, local day and hour of the
 * client's wall clock, the members' interactions, the members' messages and the brand's messages.
 * The hour is read from the instant with the zone's offset at that instant, so a message at 18:30 in
 * Paris counts at 18 in summer and in winter alike. The brand is its outbound rows and its people
 * (a brand account seen writing inbound in a group chat is still the brand). A time of exactly local
 * midnight on a platform whose other times carry seconds is a date without a time of day (LinkedIn
 * connections): left out, as the rhythm is about the hour. On platforms timed to the minute (WhatsApp)
 * nothing tells a date from a message at 00:00, which is kept.
 */
export function writeActivityHours(db: Db, rows: Rows, ctx: BuildContext, tz: string): void {
  // Platforms whose exports give seconds: there a time of exactly 00:00:00 is a date without a time.
  const seconds = new Uint8Array(PLATFORM_COUNT);
  for (let r = 0; r < rows.n; r++) if (rows.at[r]! % MINUTE !== 0) seconds[rows.platform[r]!] = 1;
  const counts = activityCounts(rows, ctx, tz, seconds);
  const out = new BulkInsert(
    db,
    'activity_hours',
    ['platform', 'day', 'weekday', 'hour', 'member_n', 'member_messages', 'brand_messages'],
    {
      platform: PLATFORMS,
    },
  );
  // In the order of the index, which is then built from sorted rows.
  const keys = [...counts.keys()].sort((a, b) => slotOf(a) - slotOf(b) || a - b);
  for (const key of keys) out.add([...slotKey(key), ...counts.get(key)!]);
  out.flush();
}

/**
 * Counts per (local day × 24 + hour) × platforms + platform: members' interactions, members' messages,
 * the brand's messages. `seconds` marks the platforms whose exports give seconds (over all their rows).
 */
export function activityCounts(rows: Rows, ctx: BuildContext, tz: string, seconds: Uint8Array): Map<number, [number, number, number]> {
  const counts = new Map<number, [members: number, messages: number, brand: number]>();
  for (let r = 0; r < rows.n; r++) {
    const kind = rows.kind[r]!;
    const brand = rows.outbound[r] === 1 || ctx.brandPeople.has(rows.person[r]!);
    if (brand ? !IS_ACTIVE[kind] : !IS_ACTIVITY[kind]) continue;
    const at = rows.at[r]!;
    const wall = at + offsetMs(tz, at);
    // A LinkedIn connection is dated, not timed: read at midnight, it would pile up at 00h.
    if (seconds[rows.platform[r]!] && wall % DAY === 0) continue;
    const day = Math.floor(wall / DAY);
    const hour = Math.floor((wall - day * DAY) / HOUR);
    const key = (day * 24 + hour) * PLATFORM_COUNT + rows.platform[r]!;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = [0, 0, 0]));
    if (brand) c[2]++;
    else {
      c[0]++;
      if (IS_ACTIVE[kind]) c[1]++;
    }
  }
  return counts;
}

/** [platform, day, weekday, hour] of a key of activityCounts. */
export function slotKey(key: number): [string, number, number, number] {
  const platform = key % PLATFORM_COUNT;
  const dayHour = (key - platform) / PLATFORM_COUNT;
  const hour = dayHour % 24;
  const day = (dayHour - hour) / 24;
  return [PLATFORMS[platform]!, day, weekdayOf(day), hour];
}

/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** weekday × 24 + hour of a packed key: the index's leading order. */
function slotOf(key: number): number {
  const dayHour = Math.floor(key / PLATFORM_COUNT);
  const hour = dayHour % 24;
  return weekdayOf((dayHour - hour) / 24) * 24 + hour;
}
