import { ownCopy } from '../../util/text';
import type { CsvRecord } from './csv-parser';

/**
 * A column is shared through its map until it has this many distinct values and nearly one per row: a
 * Map entry costs about what a repeated string saves, so a column pays once a fifth of its values repeat.
 */
const MIN_DISTINCT = 1 << 16;

/**
 * Records made to be kept (a table an importer holds whole, as LinkedIn's messages.csv is): each field a
 * string of its own, so the text it was cut from can go, and each column's repeated values one shared
 * string. A LinkedIn conversation id, sender, recipient and their profile links repeat on every message
 * of a conversation; a date rarely repeats, so a column stops being shared once nearly every value is
 * new. The record's own text (`raw`) is kept only when asked.
 */
export class RecordCompactor {
  private readonly shared: (Map<string, string> | null | undefined)[] = [];
  private rows = 0;

  constructor(private readonly keepRaw = false) {}

  take(r: CsvRecord): CsvRecord {
    this.rows++;
    const fields = new Array<string>(r.fields.length);
    for (let i = 0; i < r.fields.length; i++) fields[i] = this.field(i, r.fields[i]!);
    const raw = r.raw === '' ? '' : this.keepRaw && r.raw !== undefined ? ownCopy(r.raw) : undefined;
    return { fields, line: r.line, raw };
  }

  /** Whether the column's repeated values are still shared (for tests). */
  shares(col: number): boolean {
    return this.shared[col] !== null;
  }

  private field(col: number, value: string): string {
    if (value === '') return '';
    let map = this.shared[col];
    if (map === null) return ownCopy(value);
    if (map === undefined) this.shared[col] = map = new Map();
    const hit = map.get(value);
    if (hit !== undefined) return hit;
    const own = ownCopy(value);
    map.set(own, own);
    if (map.size > MIN_DISTINCT && map.size > this.rows * 0.8) this.shared[col] = null;
    return own;
  }
}
