import { parseCsv } from './csv-parser';

/** Splits one physical line as CSV, for sniffing headers in a file's first bytes (no error on a cut-off quote). */
export function splitCsvLine(line: string, delimiter = ','): string[] {
  try {
    return parseCsv(line.replace(/\r?\n$/, ''), { delimiter })[0]?.fields ?? [];
  } catch {
    return line.split(delimiter);
  }
}

/** Header cell as compared against alias tables: BOM, quotes, case and spacing removed. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * Header cell as compared loosely: also without spaces, underscores and punctuation, so that the
 * spellings of one column across export versions and tools meet ("Share Link" = "ShareLink" = "share_link").
 */
export function looseHeader(cell: string): string {
  return normaliseHeader(cell).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The first lines of a head, without the possibly cut-off last one. */
export function headLines(head: string, max = 40): string[] {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lines = text.split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  return lines.slice(0, max);
}
