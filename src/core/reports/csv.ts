import type { ReportModel, ReportTable } from './model';

/**
 * Every table of the report as CSV, with raw numbers (shares as 0–1, minutes as minutes), the way the
 * app's table exports write them: commas and decimal points in English, semicolons and decimal commas in French.
 */
export function reportTablesCsv(m: ReportModel): { name: string; csv: string }[] {
  const tables: ReportTable[] = m.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
  const sep = m.lang === 'fr' ? ';' : ',';
  const cell = (v: string | number | null) => {
    if (v === null) return '';
    const s = typeof v === 'number' ? (m.lang === 'fr' ? String(v).replace('.', ',') : String(v)) : v;
    return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return tables.map((t) => ({
    name: t.id,
    csv: [t.columns.map((c) => cell(c.label)), ...t.rows.map((r) => r.map(cell))].map((r) => r.join(sep)).join('\r\n') + '\r\n',
  }));
}
