import type { EChartsCoreOption } from 'echarts/core';
import { lightPalette } from '../charts/palette';
import { reportFormat } from './format';
import { REPORT_MESSAGES } from './messages';
import type { Cell, ColumnKind, ReportBlock, ReportModel, ReportTable } from './model';
import { type CssString, reportCss } from './report-css';

/** What the shell provides: ECharts' server-side SVG renderer and the fonts as @font-face rules with data URIs. */
export interface HtmlAssets {
  renderSvg: (option: EChartsCoreOption, width: number, height: number) => string;
  fontCss: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const attr = esc;

/** A table cell in the report's language (the CSV keeps the raw number). */
export function formatCell(value: Cell, kind: ColumnKind, lang: ReportModel['lang']): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  const f = reportFormat(lang);
  switch (kind) {
    case 'int':
      return f.int(value);
    case 'pct':
      return f.pct(value, 1);
    case 'minutes':
      return f.duration(value);
    case 'num':
      return f.num(value, 1);
    default:
      return String(value);
  }
}

/** A table this short prints whole on one page (thirteen months of lifecycle, a dozen ambassadors): split, it left one or two rows alone on the next page. */
const KEEP_ROWS = 14;

function table(t: ReportTable, lang: ReportModel['lang']): string {
  const right = (k: ColumnKind) => (k === 'text' ? '' : ' class="n"');
  const cellClass = (c: ReportTable['columns'][number]) => (c.kind !== 'text' ? ' class="n"' : c.wrap ? ' class="w"' : '');
  const rows = t.printLast === undefined ? t.rows : t.rows.slice(-t.printLast);
  return `<div class="table-block${rows.length <= KEEP_ROWS ? ' keep' : ''}"><div class="table-title">${esc(t.title)}</div><table>
<thead><tr>${t.columns.map((c) => `<th${right(c.kind)}>${esc(c.label)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((v, i) => `<td${cellClass(t.columns[i]!)}>${esc(formatCell(v, t.columns[i]!.kind, lang))}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table>${t.note ? `<div class="table-note">${esc(t.note)}</div>` : ''}</div>`;
}

function block(b: ReportBlock, m: ReportModel, assets: HtmlAssets): string {
  switch (b.type) {
    case 'findings':
      return `<ul class="findings">${b.items.map((x) => `<li class="${x.tone}">${esc(x.text)}</li>`).join('')}</ul>`;
    case 'kpis':
      return `<div class="kpis">${b.items
        .map(
          (k) =>
            `<div class="kpi"><div class="label">${esc(k.label)}</div><div class="value">${esc(k.value)}</div>${
              k.change ? `<div class="change ${k.tone}">${esc(k.change)}</div>` : ''
            }</div>`,
        )
        .join('')}</div>`;
    case 'chart':
      return `<figure id="chart-${attr(b.chart.id)}"><div class="title">${esc(b.chart.title)}</div>${assets.renderSvg(
        b.chart.option,
        b.chart.width,
        b.chart.height,
      )}${b.chart.caption ? `<figcaption>${esc(b.chart.caption)}</figcaption>` : ''}</figure>`;
    case 'table':
      return table(b.table, m.lang);
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${esc(b.text)}</p>`;
    case 'heading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'quotes':
      return b.items.map((q) => `<blockquote><p>${esc(q.text)}</p><footer>${esc(q.who)} · ${esc(q.meta)}</footer></blockquote>`).join('');
    case 'list':
      return `<ul class="plain">${b.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
    case 'definitions':
      return `<dl class="defs">${b.items.map((x) => `<dt>${esc(x.term)}</dt><dd>${esc(x.text)}</dd>`).join('')}</dl>`;
  }
}

/** A heading is printed with the block after it when that block is short, so no heading ends a page alone. */
function blocks(list: readonly ReportBlock[], m: ReportModel, assets: HtmlAssets): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    const next = list[i + 1];
    if (
      b.type === 'heading' &&
      next &&
      (next.type === 'quotes' || next.type === 'paragraph' || (next.type === 'list' && next.items.length <= 4))
    ) {
      // Quotes keep only the first with the heading: a long run of quotes may then split between them.
      if (next.type === 'quotes' && next.items.length > 1) {
        out.push(`<div class="keep">${block(b, m, assets)}${block({ ...next, items: next.items.slice(0, 1) }, m, assets)}</div>`);
        out.push(block({ ...next, items: next.items.slice(1) }, m, assets));
      } else out.push(`<div class="keep">${block(b, m, assets)}${block(next, m, assets)}</div>`);
      i++;
    } else out.push(block(b, m, assets));
  }
  return out.join('\n');
}

/** The element of a section's line in the contents that shows its page number once the PDF is printed. */
export const contentsPageId = (sectionId: string) => `toc-page-${sectionId}`;

/**
 * The stylesheet that writes each section's page number into the contents: added to the page between a
 * first print, which tells on which page each section starts, and the second (src/node/reports/page-numbers.ts).
 * The numbers sit in a fixed-width slot of a contents page of its own, so writing them moves nothing else.
 */
export function contentsPagesCss(pages: ReadonlyMap<string, number>): string {
  return [...pages]
    .filter(([id, page]) => /^[a-z][a-z0-9-]*$/.test(id) && Number.isInteger(page))
    .map(([id, page]) => `#${contentsPageId(id)}::after { content: "${page}"; }`)
    .join('\n');
}

/** The text of a CSS string: quotes, backslashes, line breaks and "<" (the sheet sits in a <style>) escaped. */
export const cssString = (s: string): CssString => `"${s.replace(/["\\<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** One self-contained HTML file: styles, fonts, logos and charts inline; no request leaves it. */
export function renderReportHtml(m: ReportModel, assets: HtmlAssets): string {
  const t = REPORT_MESSAGES[m.lang];
  const primary = m.branding.primaryColour ?? lightPalette.accentStrong;
  const accent = m.branding.accentColour ?? lightPalette.warm;
  const logo = (uri: string | undefined, alt: string) => (uri ? `<img src="${attr(uri)}" alt="${attr(alt)}">` : '<span></span>');
  const cover = `<div class="cover">
<div class="band"><h1>${esc(t.title)}</h1><p class="subtitle">${esc(m.cover.subtitle)}</p>${
    m.cover.preparedBy ? `<p class="by">${esc(m.cover.preparedBy)}</p>` : ''
  }</div>
<div class="logos">${logo(m.branding.clientLogo, m.client)}${logo(m.branding.agencyLogo, m.branding.agencyName ?? '')}</div>
<dl class="facts">
<dt>${esc(t.coverPeriod)}</dt><dd>${esc(m.cover.period)}</dd>
<dt>${esc(t.coverPlatforms)}</dt><dd>${esc(m.cover.platforms)}</dd>
<dt>${esc(t.coverDate)}</dt><dd>${esc(m.cover.generated)}</dd>
</dl>
<div class="foot">${m.cover.notes.map((n) => `<div>${esc(n)}</div>`).join('')}</div>
</div>`;
  const toc = `<nav class="toc"><h2>${esc(t.contents)}</h2><ol>${m.sections
    .map(
      (s, i) =>
        `<li><a href="#${s.id}"><span class="num">${i + 1}</span><span class="entry">${esc(s.title)}</span><span class="page" id="${contentsPageId(s.id)}"></span></a></li>`,
    )
    .join('')}</ol></nav>`;
  const body = m.sections
    .map(
      (s, i) =>
        `<section class="report-section" id="${s.id}"><h2><span class="num">${i + 1}</span>${esc(s.title)}</h2><p class="lead">${esc(s.lead)}</p>\n${blocks(s.blocks, m, assets)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${m.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${esc(m.title)}</title>
<style>${assets.fontCss}
${reportCss(primary, accent, {
  left: cssString(`${m.branding.agencyName ? `${m.branding.agencyName} · ` : ''}${m.title}`),
  pageWord: cssString(`${t.page} `),
})}</style>
</head>
<body>
${cover}
${toc}
${body}
</body>
</html>
`;
}
