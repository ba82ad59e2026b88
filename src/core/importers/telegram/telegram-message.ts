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

export function unixTime(s: string | undefined): UtcMs {
  return asUtcMs(s !== undefined && /^\d+$/.test(s) ? Number(s) * 1000 : Number.NaN);
}
