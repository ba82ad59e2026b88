import { asUtcMs, type UtcMs } from '../../util/time-keys';
/** The fields of a Telegram Desktop export message Cercle reads (formats.md §9). */
export interface TgMessage {
  id: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  from?: string | null;
  from_id?: string;
  actor?: string | null;
  actor_id?: string;
  action?: string;
  members?: (string | null)[];
  text?: TgText;
  reply_to_message_id?: number;
  reactions?: TgReaction[];
}

export type TgText = string | (string | { type?: string; text?: string })[];

export interface TgReaction {
  type?: string;
  count?: number;
  emoji?: string;
  document_id?: string;
  recent?: { from?: string | null; from_id?: string; date?: string; date_unixtime?: string }[];
}

/** Plain text of a message: a string, or an array mixing strings and entity objects ({type, text}). */
export function plainText(text: TgText | undefined): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  let out = '';
  for (const part of text) out += typeof part === 'string' ? part : typeof part?.text === 'string' ? part.text : '';
  return out;
}

/** `date` is the exporting computer's wall clock with no zone: as if UTC here, shifted by the caller. */
export function wallClock(date: string | undefined): number {
  return date && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(date) ? Date.parse(`${date}Z`) : Number.NaN;
}

/** The most a wall clock differs from UTC (UTC+14:00; the far side is UTC−12:00). */
const MAX_OFFSET_MS = 14 * 3600_000;

/**
 * `date_unixtime` (seconds, as a string), or NaN when it is missing or cannot be right: zero or not a
 * number (some tools rewriting exports write "0"), or more than any time zone's offset away from the
 * message's own `date`, which Telegram writes from the same instant. The caller then reads `date`.
 */
export function unixTime(s: string | undefined, wall: number = Number.NaN): UtcMs {
  const ms = s !== undefined && /^\d+$/.test(s) ? Number(s) * 1000 : Number.NaN;
  if (!(ms > 0)) return asUtcMs(Number.NaN);
  return asUtcMs(Number.isNaN(wall) || Math.abs(wall - ms) <= MAX_OFFSET_MS ? ms : Number.NaN);
}
