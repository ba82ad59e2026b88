import { depthClass, depthMedians } from '../charts/content-depth';
import type { ReportData } from './collect';
import type { ReportFormat } from './format';
import type { ReportMessages } from './messages';
import type { Finding } from './model';

/** Thresholds of the rules (printed in the appendix, messages.methodology.rules: change both together). */
export const RULES = {
  unansweredAbove: 0.2,
  slowerThanMinutes: 240,
  retentionBelow: 0.4,
  praiseAnsweredBelow: 0.5,
  complaintsAnsweredBelow: 0.9,
  spokeBelow: 0.3,
  minPostsPerFormat: 5,
  maxFindings: 7,
};

/** What the rules read, computed once from the data. */
export interface Signals {
  brandKnown: boolean;
  responseRate: number | null;
  medianMinutes: number | null;
  windowHours: number;
  activeMembers: number | null;
  activeChange: number | null;
  spoke: number | null;
  deep: number | null;
  comesBack: number | null;
  wauMau: number | null;
  ambassadors: number;
  ranked: number;
  recommendations: number;
  praise: { count: number; rate: number | null };
  complaints: { count: number; rate: number | null };
  discussed: number;
  likedIgnored: number;
  bestFormat: string | null;
  topTheme: { label: string; share: number } | null;
  themesComputed: boolean;
}

export function readSignals(d: ReportData): Signals {
  const m = d.metrics;
  const step = (name: string) => m.funnel.find((s) => s.step === name)?.overallConversion ?? null;
  const posts = m.contentFunnel.posts;
  const medians = depthMedians(posts);
  const classes = posts.map((p) => depthClass(p, medians));
  const formats = m.contentFunnel.byFormat.filter((f) => f.posts >= RULES.minPostsPerFormat && f.microEngagementRate !== null);
  const best = formats.sort((a, b) => b.microEngagementRate! - a.microEngagementRate!)[0];
  const champions = m.ambassadors.filter((a) => a.ambassador);
  const top = d.themes.top[0]?.row;
  const active = d.kpis.kpis.activeMembers;
  return {
    brandKnown: d.kpis.brandKnown,
    responseRate: m.responsiveness.responseRate,
    medianMinutes: m.responsiveness.medianFirstResponseMinutes,
    windowHours: m.responsiveness.windowHours,
    activeMembers: active.value,
    activeChange: active.comparison?.change ?? null,
    spoke: step('spoke'),
    deep: step('deep'),
    comesBack: m.retention.curve.find((c) => c.n === 1)?.value ?? null,
    wauMau: m.stickiness.wauMau,
    ambassadors: d.kpis.kpis.ambassadors.value ?? champions.length,
    ranked: champions.length,
    recommendations: champions.reduce((n, a) => n + a.evidence.recommendations, 0),
    praise: { count: m.intent.praise.count, rate: m.intent.praise.responseRate },
    complaints: { count: m.intent.complaint.count, rate: m.intent.complaint.responseRate },
    discussed: classes.filter((c) => c === 'discussed').length,
    likedIgnored: classes.filter((c) => c === 'liked-ignored').length,
    bestFormat: best ? best.format : null,
    topTheme: top ? { label: top.label, share: top.share } : null,
    themesComputed: d.themes.metrics.computedAt !== null,
  };
}

/** The executive summary: 5–7 sentences written from the numbers, the most telling first. */
export function findings(s: Signals, f: ReportFormat, t: ReportMessages): Finding[] {
  const out: Finding[] = [];
  if (!s.brandKnown || s.responseRate === null) out.push({ text: t.findings.noBrand, tone: 'warn' });
  else {
    const unanswered = 1 - s.responseRate;
    out.push(
      unanswered > RULES.unansweredAbove || (s.medianMinutes ?? 0) > RULES.slowerThanMinutes
        ? { text: t.findings.unanswered(f.pct(unanswered), f.duration(s.medianMinutes)), tone: 'warn' }
        : { text: t.findings.answeredWell(f.pct(s.responseRate), f.duration(s.medianMinutes)), tone: 'good' },
    );
  }
  if (s.activeMembers !== null)
    out.push(
      s.activeChange === null
        ? { text: t.findings.activeNoChange(f.int(s.activeMembers)), tone: 'neutral' }
        : {
            text: t.findings.active(f.int(s.activeMembers), f.signedPct(s.activeChange)),
            tone: s.activeChange >= 0 ? 'good' : 'warn',
          },
    );
  if (s.spoke !== null && s.deep !== null)
    out.push({ text: t.findings.ladder(f.pct(s.spoke), f.pct(s.deep)), tone: s.spoke < RULES.spokeBelow ? 'warn' : 'good' });
  if (s.comesBack !== null)
    out.push({ text: t.findings.retention(f.pct(s.comesBack)), tone: s.comesBack < RULES.retentionBelow ? 'warn' : 'good' });
  out.push(
    s.ambassadors > 0
      ? { text: t.findings.ambassadors(f.int(s.ambassadors), f.int(s.ranked), f.int(s.recommendations)), tone: 'good' }
      : { text: t.findings.noAmbassadors, tone: 'warn' },
  );
  if (s.praise.count > 0 && s.praise.rate !== null && s.praise.rate < RULES.praiseAnsweredBelow)
    out.push({ text: t.findings.praise(f.pct(s.praise.rate)), tone: 'warn' });
  else if (s.complaints.count > 0 && s.complaints.rate !== null)
    out.push({
      text: t.findings.complaints(f.int(s.complaints.count), f.pct(s.complaints.rate)),
      tone: s.complaints.rate < RULES.complaintsAnsweredBelow ? 'warn' : 'good',
    });
  if (s.topTheme) out.push({ text: t.findings.theme(s.topTheme.label, f.pct(s.topTheme.share)), tone: 'neutral' });
  if (s.discussed + s.likedIgnored > 0) out.push({ text: t.findings.content(f.int(s.discussed), f.int(s.likedIgnored)), tone: 'neutral' });
  if (s.wauMau !== null) out.push({ text: t.findings.stickiness(f.pct(s.wauMau)), tone: 'neutral' });
  return out.slice(0, RULES.maxFindings);
}

/** Recommendations from the gaps found, each naming its number. */
export function recommendations(s: Signals, f: ReportFormat, t: ReportMessages): string[] {
  const out: string[] = [];
  if (!s.brandKnown) out.push(t.recos.brand);
  if (s.brandKnown && s.responseRate !== null && 1 - s.responseRate > RULES.unansweredAbove)
    out.push(t.recos.answer(f.pct(1 - s.responseRate)));
  if (s.brandKnown && s.medianMinutes !== null && s.medianMinutes > RULES.slowerThanMinutes)
    out.push(t.recos.faster(f.duration(s.medianMinutes), Math.min(4, s.windowHours)));
  if (s.complaints.count > 0 && s.complaints.rate !== null && s.complaints.rate < RULES.complaintsAnsweredBelow)
    out.push(t.recos.complaints(f.pct(s.complaints.rate)));
  if (s.praise.count > 0 && s.praise.rate !== null && s.praise.rate < RULES.praiseAnsweredBelow)
    out.push(t.recos.praise(f.pct(s.praise.rate)));
  if (s.comesBack !== null && s.comesBack < RULES.retentionBelow) out.push(t.recos.welcome(f.pct(s.comesBack)));
  if (s.spoke !== null && s.spoke < RULES.spokeBelow) out.push(t.recos.conversation(f.pct(s.spoke)));
  out.push(s.ambassadors > 0 ? t.recos.ambassadors(f.int(s.ambassadors)) : t.recos.findAmbassadors);
  if (s.bestFormat) out.push(t.recos.discussed(s.bestFormat));
  if (!s.themesComputed) out.push(t.recos.themes);
  return out;
}
