import type { ReportSectionId } from '../contract/reports';
import { coverageText } from '../domain/coverage-fr';
import type { ReportBlock } from './model';
import type { SectionContext } from './section-context';

/**
 * An export as the client knows it: its file name, or the archive and the path inside it, without the
 * folders of the consultant's machine it was imported from (which say nothing to the client).
 */
export function exportName(label: string): string {
  const archive = /([^/\\]+\.zip)([/\\].*)?$/i.exec(label);
  if (archive) return archive[1]! + (archive[2] ?? '');
  return label.split(/[/\\]/).pop() || label;
}

/** The appendix: sources and their periods, what they cannot show, definitions, settings, rules, time zone. */
export function methodology({ d, f, t, pseudo }: SectionContext, sectionsShown: readonly ReportSectionId[]): ReportBlock[] {
  const periodOf = new Map(d.sourcePeriods.map((p) => [p.file, p]));
  const rows = d.sources.map((g) => {
    const ps = g.sources.map((s) => periodOf.get(s.file)).filter((p) => p !== undefined);
    const froms = ps
      .map((p) => p.from)
      .filter((x) => x !== null)
      .sort();
    const tos = ps
      .map((p) => p.to)
      .filter((x) => x !== null)
      .sort();
    // A file is often named after a chat's other party: pseudonymised like a quote.
    return [
      pseudo.text(exportName(g.label)),
      g.platforms.map(t.platform).join(', '),
      g.files,
      ps.reduce((n, p) => n + p.interactions, 0),
      froms[0] ? f.shortDay(froms[0]) : '–',
      tos.length ? f.shortDay(tos[tos.length - 1]!) : '–',
    ];
  });
  // What each kind of export cannot show, once per format. The store keeps the importers' English lines;
  // the report says them in its language (a line of another version, unknown here, stays as stored).
  const lacks = new Map<string, string[]>();
  for (const g of d.sources)
    for (const s of g.sources)
      if (!lacks.has(s.format) && s.lacks.length) lacks.set(s.format, [...new Set(s.lacks.map((l) => coverageText(l, f.lang)))]);
  const s = d.settings;
  const list = (o: Record<string, number>, names: Record<string, string>) =>
    Object.entries(o)
      .map(([k, v]) => `${names[k] ?? k} ${f.num(v, 2)}`)
      .join(', ');
  const settings = [
    t.settings.conversationGapMinutes(f.int(s.conversationGapMinutes)),
    t.settings.threadGapHours(f.int(s.threadGapHours)),
    t.settings.detailedWords(f.int(s.detailedWords)),
    t.settings.depthWeights(list(s.depthWeights, t.weightNames)),
    t.settings.onion(f.pct(s.onion.core), f.pct(s.onion.regular)),
    t.settings.recurring(f.int(s.recurring.minWeeks), f.int(s.recurring.minConversations)),
    t.settings.conversationMinMessages(f.int(s.conversationMinMessages)),
    t.settings.conversionWindowDays(f.int(s.conversionWindowDays)),
    t.settings.responseWindowHours(f.num(s.responseWindowHours)),
    t.settings.responseScope(s.responseScope === 'addressed'),
    t.settings.businessHours(s.businessHours.days.join(', '), s.businessHours.start, s.businessHours.end),
    t.settings.ambassadorWeights(list(s.ambassadorWeights, t.weightNames)),
    t.settings.ambassadorMinAdvocacy(f.int(s.ambassadorMinAdvocacy)),
  ];
  const leads: Record<string, string> = {
    glance: t.leads.glance(d.kpis.period?.weeks ?? 0),
    funnel: t.leads.funnel(d.metrics.funnelWindowDays),
    recurrence: t.leads.recurrence,
    responsiveness: t.leads.responsiveness(d.metrics.responsiveness.windowHours),
    ambassadors: t.leads.ambassadors,
    content: t.leads.content,
  };
  const definitions = sectionsShown.filter((id) => leads[id]).map((id) => ({ term: t.sections[id], text: leads[id]! }));
  // The analytics' own definitions are written in English (metrics --json); the English report quotes them.
  if (f.lang === 'en') for (const [term, text] of Object.entries(d.metrics.definitions)) definitions.push({ term, text });
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: t.methodology.timezone(d.timezone) },
    {
      type: 'table',
      table: {
        id: 'sources',
        title: t.titles.sources,
        columns: [
          { label: t.tables.source, kind: 'text', wrap: true },
          { label: t.tables.platform, kind: 'text' },
          { label: t.tables.files, kind: 'int' },
          { label: t.tables.interactions, kind: 'int' },
          { label: t.tables.from, kind: 'text' },
          { label: t.tables.to, kind: 'text' },
        ],
        rows,
      },
    },
    { type: 'heading', text: t.titles.cannotShow },
  ];
  blocks.push({ type: 'definitions', items: [...lacks].map(([format, items]) => ({ term: format, text: items.join(' · ') })) });
  blocks.push({ type: 'heading', text: t.titles.definitions }, { type: 'definitions', items: definitions });
  blocks.push({ type: 'paragraph', text: t.methodology.partialPeriods, muted: true });
  blocks.push({ type: 'heading', text: t.titles.settings }, { type: 'list', items: settings });
  blocks.push({ type: 'heading', text: t.titles.rules }, { type: 'list', items: t.methodology.rules });
  if (d.metrics.coverage.notes.length)
    blocks.push({ type: 'heading', text: t.titles.notes }, { type: 'list', items: d.metrics.coverage.notes });
  return blocks;
}
