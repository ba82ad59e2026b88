import type { Db } from '../db/db';
import { asDayNumber, type DayNumber, monthOfDay, type UtcMs, weekOfDay } from '../util/time-keys';

/**
 * The summary aggregates (migration 003) of the rows one import adds, counted in JavaScript as the
 * writer inserts them. The SQL alternative (aggregates.ts: a grouped scan of the new rows) cost ~2.2 s
 * after a 1.26M-row import, on the critical path; counted here, it runs while the writing thread waits
 * for the parser. It is exact only if every counted row stays as counted: `spoil()` is called when rows
 * are removed (bulk de-duplication) or changed (a brand declared after its rows), and the import then
 * falls back to SQL.
 */
export class AggregateTally {
  /** Key: ((day × 32 + platform) × 64 + kind) × 4 + direction × 2 + withText. */
  private readonly daily = new Map<number, number>();
  private readonly platforms: string[] = [];
  private readonly kinds: string[] = [];
  private readonly people = new Map<number, { n: number; first: UtcMs; last: UtcMs }>();
  private spoiled = false;
  private rebuild = false;

  add(day: DayNumber, platform: string, kind: string, outbound: boolean, withText: boolean, person: number, at: UtcMs): void {
    if (day < 0) this.spoiled = true; // the packed key holds days from 1970 on
    const key =
      ((day * 32 + this.code(this.platforms, platform)) * 64 + this.code(this.kinds, kind)) * 4 + (outbound ? 2 : 0) + (withText ? 1 : 0);
    this.daily.set(key, (this.daily.get(key) ?? 0) + 1);
    const p = this.people.get(person);
    if (!p) this.people.set(person, { n: 1, first: at, last: at });
    else {
      p.n++;
      if (at < p.first) p.first = at;
      if (at > p.last) p.last = at;
    }
  }

  /** `earlierRows`: rows stored before this import changed too, so only a full rebuild is right. */
  spoil(earlierRows = false): void {
    this.spoiled = true;
    if (earlierRows) this.rebuild = true;
  }

  get usable(): boolean {
    return !this.spoiled;
  }

  get needsRebuild(): boolean {
    return this.rebuild;
  }

  /** Adds the tally to the stored aggregates (upserts, in the caller's transaction). */
  write(db: Db): void {
    const daily = db.prepare(
      `INSERT INTO activity_daily (day, week, month, platform, kind, direction, with_text, n) VALUES (?,?,?,?,?,?,?,?)
       ON CONFLICT (day, platform, kind, direction, with_text) DO UPDATE SET n = n + excluded.n`,
    );
    const person = db.prepare(
      `INSERT INTO person_activity (person_id, n, first_at, last_at) VALUES (?,?,?,?)
       ON CONFLICT (person_id) DO UPDATE SET n = n + excluded.n, first_at = MIN(first_at, excluded.first_at), last_at = MAX(last_at, excluded.last_at)`,
    );
    try {
      for (const [key, n] of this.daily) {
        const withText = key % 2;
        const outbound = Math.floor(key / 2) % 2;
        const kind = Math.floor(key / 4) % 64;
        const platform = Math.floor(key / 256) % 32;
        const day = asDayNumber(Math.floor(key / 8192));
        daily.run([
          day,
          weekOfDay(day),
          monthOfDay(day),
          this.platforms[platform]!,
          this.kinds[kind]!,
          outbound ? 'outbound' : 'inbound',
          withText,
          n,
        ]);
      }
      for (const [id, p] of this.people) person.run([id, p.n, p.first, p.last]);
    } finally {
      daily.free();
      person.free();
    }
  }

  private code(list: string[], value: string): number {
    let i = list.indexOf(value);
    if (i < 0) {
      i = list.length;
      list.push(value);
    }
    return i;
  }
}
