/**
 * A table as CSV text (RFC 4180: fields with the delimiter, a quote or a line break are quoted, quotes
 * doubled). French spreadsheets split on semicolons, so the caller picks the delimiter; the UTF-8 byte
 * order mark makes Excel read accents right.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  delimiter: ',' | ';' = ',',
): string {
  const field = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    const s = typeof v === 'number' ? (delimiter === ';' ? String(v).replace('.', ',') : String(v)) : v;
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (cells: readonly (string | number | null | undefined)[]) => cells.map(field).join(delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
