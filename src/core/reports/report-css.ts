import { lightPalette as p } from '../charts/palette';

/** A CSS string literal, quotes included, its text escaped. */
export type CssString = `"${string}"`;

/**
 * The report's stylesheet: A4 pages, the agency's two colours as custom properties, the rest from the
 * app's light palette. Blocks that must not split (a KPI row, a chart, a table row, a quote) say so, and a
 * heading stays with what follows it. The page footer is drawn in the page's margin boxes (Chromium ≥ 131,
 * so Electron 45's Chromium 142 too), not by the printer's footer template, so the cover can go without it;
 * pages are counted from the cover, so a printed number is also the PDF viewer's page.
 */
export function reportCss(primary: string, accent: string, footer: { left: CssString; pageWord: CssString }): string {
  const box = `font-family: 'Inter', sans-serif; font-size: 7.5pt; color: ${p.muted}; vertical-align: middle;`;
  return `
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: ${footer.left}; ${box} }
  @bottom-right { content: ${footer.pageWord} counter(page) " / " counter(pages); ${box} text-align: right; white-space: nowrap; }
}
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
:root { --primary: ${primary}; --accent: ${accent}; --text: ${p.text}; --text2: ${p.textSecondary}; --muted: ${p.muted};
  --border: ${p.border}; --soft: ${p.surfaceSubtle}; --ok: ${p.ok}; --ok-soft: ${p.okSoft}; --warn: ${p.warn}; --warn-soft: ${p.warnSoft}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Inter', 'Noto Color Emoji', sans-serif; font-size: 9.5pt; line-height: 1.45; color: var(--text); }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 0 12mm; background: #fff; } }
h1, h2, h3 { font-weight: 700; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 18pt; color: var(--primary); margin: 0 0 4pt; }
h2 .num { color: var(--accent); margin-right: 6pt; }
h3 { font-size: 11pt; margin: 14pt 0 6pt; color: var(--text); }
p { margin: 0 0 8pt; }
.muted { color: var(--muted); }
.lead { color: var(--text2); border-bottom: 1.5pt solid var(--accent); padding-bottom: 8pt; margin-bottom: 12pt; }
.cover { page: cover; height: 297mm; display: flex; flex-direction: column; break-after: page; }
.cover .band { background: var(--primary); color: #fff; padding: 28mm 20mm 18mm; }
.cover .band h1 { font-size: 30pt; margin: 0 0 8pt; }
.cover .band .subtitle { font-size: 14pt; opacity: 0.92; margin: 0; }
.cover .band .by { font-size: 11pt; margin: 14pt 0 0; opacity: 0.85; }
.cover .logos { display: flex; justify-content: space-between; align-items: center; padding: 14mm 20mm 0; min-height: 30mm; }
.cover .logos img { max-height: 22mm; max-width: 70mm; }
.cover .facts { padding: 14mm 20mm; font-size: 12pt; flex: 1; }
.cover .facts dt { color: var(--muted); font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; margin-top: 10pt; }
.cover .facts dd { margin: 2pt 0 0; font-weight: 700; }
.cover .foot { padding: 0 20mm 16mm; color: var(--muted); font-size: 9pt; }
.toc { break-after: page; }
.toc h2 { margin-bottom: 14pt; }
.toc ol { list-style: none; padding: 0; margin: 0; font-size: 12pt; }
.toc li { border-bottom: 0.5pt solid var(--border); padding: 7pt 0; }
.toc a { color: var(--text); text-decoration: none; display: flex; align-items: baseline; }
.toc .entry { flex: 1; }
.toc .page { flex: none; width: 28pt; text-align: right; color: var(--text2); font-variant-numeric: tabular-nums; }
.toc .num { color: var(--accent); font-weight: 700; display: inline-block; width: 22pt; }
section.report-section { break-before: page; }
.findings { list-style: none; padding: 0; margin: 0; }
.findings li { padding: 9pt 12pt; margin: 0 0 8pt; border-left: 3pt solid var(--muted); background: var(--soft); break-inside: avoid; font-size: 10.5pt; }
.findings li.good { border-color: var(--ok); background: var(--ok-soft); }
.findings li.warn { border-color: var(--warn); background: var(--warn-soft); }
.kpis { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; margin-bottom: 12pt; break-inside: avoid; }
.kpi { border: 0.75pt solid var(--border); border-radius: 4pt; padding: 8pt 10pt; }
.kpi .label { color: var(--muted); font-size: 8.5pt; }
.kpi .value { font-size: 17pt; font-weight: 700; color: var(--primary); }
.kpi .change { font-size: 8pt; color: var(--muted); }
.kpi .change.good { color: var(--ok); }
.kpi .change.warn { color: var(--warn); }
figure { margin: 0 0 12pt; break-inside: avoid; }
figure .title, .table-title { font-weight: 700; font-size: 10.5pt; margin: 10pt 0 4pt; }
figure svg { display: block; max-width: 100%; height: auto; }
figure svg text { font-family: 'Inter', 'Noto Color Emoji', sans-serif !important; }
figcaption { color: var(--muted); font-size: 8pt; }
.table-block { margin-bottom: 12pt; }
.table-title { break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
th { text-align: left; font-weight: 700; color: var(--text2); border-bottom: 1pt solid var(--accent); padding: 4pt 5pt; vertical-align: bottom; }
td { border-bottom: 0.5pt solid var(--border); padding: 3.5pt 5pt; vertical-align: top; }
/* A long unbroken token (a file name, a URL in a quote) wraps: wider than the page, it made Chromium
   shrink the whole report to fit (20 pages printed as 18, in smaller type). In tables only the columns
   made for such tokens: elsewhere "anywhere" lets the table squeeze a column and cut its words. */
td.w, blockquote p, ul.plain li, dl.defs dd, p { overflow-wrap: anywhere; }
tr { break-inside: avoid; page-break-inside: avoid; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-note { color: var(--muted); font-size: 8pt; margin-top: 3pt; }
.keep { break-inside: avoid; }
blockquote { margin: 0 0 8pt; padding: 6pt 10pt; border-left: 2pt solid var(--accent); background: var(--soft); break-inside: avoid; }
blockquote p { margin: 0 0 3pt; white-space: pre-line; }
blockquote footer { color: var(--muted); font-size: 8pt; }
ul.plain { padding-left: 14pt; margin: 0 0 8pt; }
ul.plain li { margin-bottom: 4pt; break-inside: avoid; }
/* A list's last item, or a table's last row, does not start a page alone. */
ul.plain li:last-child:not(:first-child), tbody tr:last-child:not(:first-child) { break-before: avoid; }
dl.defs { margin: 0 0 8pt; }
dl.defs dt { font-weight: 700; margin-top: 6pt; break-after: avoid; }
dl.defs dd { margin: 1pt 0 0 0; color: var(--text2); break-inside: avoid; }
`;
}
