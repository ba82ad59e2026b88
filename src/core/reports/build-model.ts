import { lightPalette, type Palette } from '../charts/palette';
import { REPORT_SECTIONS, type ReportBranding, type ReportLang, type ReportSectionId } from '../contract/reports';
import type { ReportData } from './collect';
import { reportFormat } from './format';
import { REPORT_MESSAGES } from './messages';
import { methodology } from './methodology';
import type { ReportBlock, ReportModel, ReportSection } from './model';
import { pseudonymizer } from './pseudonymize';
import { findings, readSignals, recommendations } from './rules';
import * as build from './sections';

export interface ReportOptions {
  lang: ReportLang;
  /** Absent = every section, in the report's order. */
  sections?: readonly ReportSectionId[];
  pseudonymize: boolean;
  branding: ReportBranding;
  /** The day the report is made (ISO date): passed in, the core reads no clock. */
  today: string;
}

/** The report's palette: the app's light one, with the agency's colour on the members' series. */
export function reportPalette(b: ReportBranding): Palette {
  return b.primaryColour ? { ...lightPalette, chartInbound: b.primaryColour } : lightPalette;
}

/** Builds the whole report from the client's data: pure, so the same data and options give the same report. */
export function buildReportModel(d: ReportData, o: ReportOptions): ReportModel {
  const f = reportFormat(o.lang);
  const t = REPORT_MESSAGES[o.lang];
  const pseudo = pseudonymizer(d.people, o.lang, o.pseudonymize);
  const ctx = { d, f, t, palette: reportPalette(o.branding), pseudo };
  const wanted = new Set(o.sections?.length ? o.sections : REPORT_SECTIONS);
  const ids = REPORT_SECTIONS.filter((id) => wanted.has(id));
  const read = readSignals(d);
  // a theme's label is made of the community's words: it may hold a member's name, masked like any text
  const signals = read.topTheme ? { ...read, topTheme: { ...read.topTheme, label: pseudo.text(read.topTheme.label) } } : read;
  const blocksOf: Record<ReportSectionId, () => ReportBlock[]> = {
    summary: () => [{ type: 'findings', items: findings(signals, f, t) }],
    glance: () => build.glance(ctx),
    funnel: () => build.funnel(ctx),
    recurrence: () => build.recurrence(ctx),
    themes: () => build.themes(ctx),
    responsiveness: () => build.responsiveness(ctx),
    ambassadors: () => build.ambassadors(ctx),
    content: () => build.content(ctx),
    recommendations: () => [{ type: 'list', items: recommendations(signals, f, t) }],
    methodology: () => methodology(ctx, ids),
  };
  const leads: Record<ReportSectionId, string> = {
    ...t.leads,
    glance: t.leads.glance(d.kpis.period?.weeks ?? 0),
    funnel: t.leads.funnel(d.metrics.funnelWindowDays),
    responsiveness: t.leads.responsiveness(d.metrics.responsiveness.windowHours),
  };
  const sections: ReportSection[] = ids.map((id) => ({ id, title: t.sections[id], lead: leads[id], blocks: blocksOf[id]() }));
  const { from, to } = d.metrics.applied;
  const platforms = d.metrics.applied.platforms;
  return {
    lang: o.lang,
    title: `${t.title} · ${d.client}`,
    client: d.client,
    branding: o.branding,
    period: { from, to, timezone: d.timezone },
    cover: {
      subtitle: t.subtitle(d.client),
      period: from && to ? t.period(f.day(from), f.day(to)) : t.noPeriod,
      platforms: platforms.length ? platforms.map(t.platform).join(', ') : t.allPlatforms,
      generated: t.generated(f.day(o.today)),
      preparedBy: o.branding.agencyName ? t.preparedBy(o.branding.agencyName) : null,
      notes: [t.timezone(d.timezone), ...(o.pseudonymize ? [t.pseudonymized] : [])],
    },
    pseudonymized: o.pseudonymize,
    sections,
  };
}
