import { Interval, type MetricsResult, Segment } from '../../core/contract/metrics';
import { Platform } from '../../core/contract/schemas';
import type { Platform as PlatformName } from '../../core/domain/kinds';
import { CercleError, cliService } from '../context';
import { type Command, str, strs } from './types';

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, unit = '') => (x === null ? '-' : `${x}${unit}`);

function oneOf<T extends string>(
  schema: { safeParse(v: unknown): { success: boolean } },
  value: string | undefined,
  what: string,
  allowed: readonly string[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!schema.safeParse(value).success) throw new CercleError('cli.not-one-of', { what, value, allowed: allowed.join(', ') });
  return value as T;
}

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'community metrics: responsiveness, lifecycle, retention, funnel, ambassadors, intent signals',
  usage:
    'cercle metrics --client NAME [--interval week|month] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--platform P]... [--segment S] [--workspace DIR] [--json]',
  options: {
    client: { type: 'string' },
    interval: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    platform: { type: 'string', multiple: true },
    segment: { type: 'string' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'metrics', option: '--client NAME' });
    const interval = oneOf<Interval>(Interval, str(values.interval), 'interval', Interval.options) ?? 'week';
    const segment = oneOf<Segment>(Segment, str(values.segment), 'segment', Segment.options);
    const platforms = strs(values.platform).map((p) => oneOf<PlatformName>(Platform, p, 'platform', Platform.options)!);
    const filter = { from: str(values.from), to: str(values.to), platforms: platforms.length > 0 ? platforms : undefined, segment };
    const m = await cliService(str(values.workspace)).call('metrics.compute', { client, interval, filter });
    if (values.json) {
      io.out(JSON.stringify(m, null, 2));
      return 0;
    }
    for (const line of summary(m)) io.out(line);
    return 0;
  },
};

const PARTIAL = {
  none: '',
  start: ' (partial: the data begin inside it; not comparable)',
  end: ' (partial: not over at the end of the data; not comparable)',
  both: ' (partial at both ends; not comparable)',
} as const;

function summary(m: MetricsResult): string[] {
  const r = m.responsiveness;
  const a = m.applied;
  const lines = [
    `${a.from ?? '-'} to ${a.to ?? '-'} (${a.timezone}) · ${a.platforms.length ? a.platforms.join(', ') : 'all platforms'} · segment ${a.segment} · by ${a.interval}`,
    `conversations ${m.conversations.conversations} (${m.conversations.native} native threads, ${m.conversations.bySilence} cut by silence), ${m.conversations.inbound} opened by members`,
    `responsiveness: ${r.answered}/${r.inboundConversations} inbound conversations answered (${pct(r.responseRate)}; ${pct(r.responseRateWithinWindow)} within ${r.windowHours} h), first response median ${num(r.medianFirstResponseMinutes, ' min')}, p90 ${num(r.p90FirstResponseMinutes, ' min')}`,
    `funnel (${m.funnelWindowDays}-day window; ladder, each step implies the ones before): ${m.funnel.map((s) => `${s.step} ${s.members}`).join(' → ')}`,
    `  literal (did the step's own action): ${m.funnel.map((s) => `${s.step} ${s.literalMembers}`).join(' · ')}`,
    `  members with the whole window (${m.funnelFullWindow.entrants}; ${m.funnelRecentEntrants} entered too late): ${m.funnelFullWindow.steps.map((s) => `${s.step} ${s.members}`).join(' → ')}`,
    `comes back (unbounded retention): ${
      m.retention.curve
        .slice(0, 9)
        .map((c) => `${c.n}:${pct(c.value)}`)
        .join(' ') || '-'
    }`,
    `stickiness: WAU/MAU ${pct(m.stickiness.wauMau)}; gaps between active days: median ${num(m.interInteraction.medianDays, ' d')}, p90 ${num(m.interInteraction.p90Days, ' d')}`,
    `intent: ${Object.entries(m.intent)
      .map(([k, v]) => `${k} ${v.count} (${v.members} members, answered ${pct(v.responseRate)})`)
      .join(' · ')}`,
    `content: ${m.contentFunnel.totals.posts} posts, like rate ${pct(m.contentFunnel.totals.likeRate)}, micro-engagement rate ${pct(m.contentFunnel.totals.microEngagementRate)}`,
    'lifecycle (period: new / returning / resurrecting / dormant):',
    ...m.lifecycle
      .slice(-8)
      .map((l) => `  ${l.period}: ${l.new} / ${l.returning} / ${l.resurrecting} / -${l.dormant}${PARTIAL[l.partial ?? 'none']}`),
    'ambassadors:',
    ...m.ambassadors
      .slice(0, 10)
      .map(
        (x, i) =>
          `  ${i + 1}. ${x.member} ${x.score} (${x.tier}${x.ambassador ? ', ambassador' : ''}): ${x.evidence.recommendations} recommendations, helped ${x.evidence.helped}, ${x.evidence.weeksActive} weeks active${x.evidence.quotes[0] ? ` — "${x.evidence.quotes[0].text.slice(0, 80)}"` : ''}`,
      ),
    ...m.coverage.notes.map((n) => `note: ${n}`),
  ];
  return lines;
}
