import type { InputFile } from '../../types';
import { ImportError } from '../../../errors';
import { fixMojibakeDeep } from './mojibake';

/**
 * Integers of 16+ digits (Meta post ids, thread ids) lose precision as JSON numbers: quote them before
 * parsing so they arrive as exact strings (formats.md §0.4). Strings are matched first so digits inside
 * them are never touched; timestamps (10 or 13 digits) stay numbers.
 */
const STRING_OR_BIG_INT = /"(?:[^"\\]|\\.)*"|-?\d{16,}(?![.\deE])/g;

export function quoteBigIntegers(text: string): string {
  if (!/\d{16}/.test(text)) return text;
  return text.replace(STRING_OR_BIG_INT, (m) => (m.charCodeAt(0) === 34 ? m : `"${m}"`));
}

/** Parses a Meta JSON export file: big ids as strings, mojibake fixed, one-line errors naming the file. */
export async function readMetaJson(file: InputFile): Promise<unknown> {
  const text = await file.text();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError('import.empty-is', { file: file.path });
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoteBigIntegers(body));
  } catch (err) {
    const msg = (err as Error).message.replace(/\s+/g, ' ').slice(0, 120);
    throw new ImportError('import.json-damaged', { file: file.path, detail: msg });
  }
  return fixMojibakeDeep(parsed);
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The first top-level key of a JSON object text, read from the head of a file (for detection). */
export function firstJsonKey(head: string): string | undefined {
  const m = /^\uFEFF?\s*\{\s*"((?:[^"\\]|\\.)*)"/.exec(head);
  return m ? m[1] : undefined;
}
