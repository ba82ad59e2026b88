import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi, OverviewKpis } from '../../core/contract/overview';
import { useClientSearch } from '../app/client-context';
import { ConversationsLink, MembersLink } from '../app/evidence-link';
import type { ClientSearch, ConversationsSearch, MembersSearch } from '../app/search';
import { useFormat, type Format } from '../i18n/format';

type KpiKey = keyof OverviewKpis['kpis'];

interface CardSpec {
  id: string;
  key: KpiKey;
  label: string;
  hint: (k: Kpi) => string;
  /** Lower is better (a response time). */
  lowerIsBetter?: boolean;
  evidence: ReactNode;
}

/** The period's days as the evidence screens take them: the overview's whole weeks, within the data. */
function periodSearch(k: OverviewKpis, shared: ClientSearch): ClientSearch {
  const s: ClientSearch = { platforms: shared.platforms, segment: shared.segment, interval: shared.interval };
  if (k.period && k.firstDataDay && k.lastDataDay) {
    s.from = k.period.from < k.firstDataDay ? k.firstDataDay : k.period.from;
    s.to = k.period.to > k.lastDataDay ? k.lastDataDay : k.period.to;
  }
  return s;
}

function valueText(f: Format, k: Kpi): string {
  if (k.value === null) return '—';
  if (k.unit === 'share') return f.percent(k.value);
  if (k.unit === 'minutes') return f.minutes(k.value);
  return f.int(k.value);
}

/**
 * The KPI cards of the overview. Each says its number, how it changed against the previous period of
 * the same length (or why it cannot), whether the last week is still running, and opens its evidence:
 * the members or the conversations behind it, with the period as whole weeks.
 */
export function KpiCards({ k }: { k: OverviewKpis }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  const shared = useClientSearch();
  const base = periodSearch(k, shared);
  const members = (search: Partial<MembersSearch>, label: string, id: string) => (
    <MembersLink search={{ ...base, active: true, ...search }} testId={`kpi-${id}-evidence`}>
      {label}
    </MembersLink>
  );
  const conversations = (search: Partial<ConversationsSearch>, label: string, id: string) => (
    <ConversationsLink search={{ ...base, ...search }} testId={`kpi-${id}-evidence`}>
      {label}
    </ConversationsLink>
  );
  const withinWindow = f.percent(k.responseWithinWindow.rate);
  const cards: CardSpec[] = [
    {
      id: 'members',
      key: 'activeMembers',
      label: t('kpi.members'),
      hint: () => t('kpi.membersHint'),
      evidence: members({}, t('evidence.members'), 'members'),
    },
    {
      id: 'deep',
      key: 'deepShare',
      label: t('kpi.deep'),
      hint: (x) => t('kpi.deepHint', { n: f.int(x.count), of: f.int(x.of ?? 0) }),
      evidence: members({ deep: true }, t('evidence.deep'), 'deep'),
    },
    {
      id: 'returning',
      key: 'returningShare',
      label: t('kpi.returning'),
      hint: (x) => (x.value === null ? t('kpi.returningNoHistory') : t('kpi.returningHint', { n: f.int(x.count), of: f.int(x.of ?? 0) })),
      evidence: members({ returning: true }, t('evidence.returning'), 'returning'),
    },
    {
      id: 'response-rate',
      key: 'responseRate',
      label: t('kpi.responseRate'),
      hint: (x) =>
        k.brandKnown
          ? t('kpi.responseRateHint', {
              n: f.int(x.count),
              of: f.int(x.of ?? 0),
              within: withinWindow,
              hours: k.responseWithinWindow.windowHours,
            })
          : t('kpi.responseRateNoBrand'),
      evidence: conversations({ answered: false }, t('evidence.unanswered'), 'response-rate'),
    },
    {
      id: 'response-time',
      key: 'medianFirstResponse',
      label: t('kpi.responseTime'),
      lowerIsBetter: true,
      hint: (x) => (k.brandKnown ? t('kpi.responseTimeHint', { count: x.count, n: f.int(x.count) }) : t('kpi.responseRateNoBrand')),
      evidence: conversations({ answered: true }, t('evidence.answered'), 'response-time'),
    },
    {
      id: 'ambassadors',
      key: 'ambassadors',
      label: t('kpi.ambassadors'),
      hint: () => t('kpi.ambassadorsHint'),
      evidence: members({ segment: 'ambassadors' }, t('evidence.ambassadors'), 'ambassadors'),
    },
  ];
  return (
    <div className="kpis kpis--metrics" data-testid="overview-kpis">
      {cards.map((c) => (
        <KpiCard key={c.id} spec={c} kpi={k.kpis[c.key]} k={k} />
      ))}
    </div>
  );
}

function KpiCard({ spec, kpi, k }: { spec: CardSpec; kpi: Kpi; k: OverviewKpis }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  const open = k.partial === 'end' || k.partial === 'both';
  return (
    <div className="kpi kpi--metric" data-testid={`kpi-${spec.id}`}>
      <span className="kpi__label">{spec.label}</span>
      <span className="kpi__value" data-testid={`kpi-${spec.id}-value`}>
        {valueText(f, kpi)}
      </span>
      <Change kpi={kpi} k={k} lowerIsBetter={spec.lowerIsBetter ?? false} testId={`kpi-${spec.id}-change`} />
      <span className="kpi__hint">
        {kpi.value === null && kpi.count === 0 && kpi.of === 0 && k.brandKnown ? t('kpi.noneYet') : spec.hint(kpi)}
      </span>
      {open && k.period && (
        <span
          className="kpi__note"
          title={t('change.openWeekTitle', { week: f.day(weekOf(k.period.to)), last: f.day(k.lastDataDay!) })}
          data-testid={`kpi-${spec.id}-open`}
        >
          {t('change.openWeek')}
        </span>
      )}
      <span className="kpi__evidence">{spec.evidence}</span>
    </div>
  );
}

/** The Monday of the week ending on `sunday`. */
const weekOf = (sunday: string) => new Date(Date.parse(`${sunday}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);

function Change({ kpi, k, lowerIsBetter, testId }: { kpi: Kpi; k: OverviewKpis; lowerIsBetter: boolean; testId: string }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  if (!kpi.comparison) {
    const why = k.noComparison === 'no-complete-week' ? t('change.noCompleteWeek') : t('change.noPrevious');
    return (
      <span className="kpi__change kpi__change--none" data-testid={testId}>
        {k.period ? why : ''}
      </span>
    );
  }
  const { change, previous } = kpi.comparison;
  const weeks = k.compared?.previous.weeks ?? 0;
  const text =
    change === null
      ? '—'
      : kpi.unit === 'share'
        ? t('change.points', {
            value: new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change * 100),
          })
        : new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change);
  const direction = change === null || Math.abs(change) < 0.005 ? 'flat' : change > 0 ? 'up' : 'down';
  const good = direction === 'flat' ? 'flat' : (direction === 'up') !== lowerIsBetter ? 'good' : 'bad';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '=';
  return (
    <span
      className={`kpi__change kpi__change--${good}`}
      data-testid={testId}
      title={t('change.previous', { value: valueText(f, { ...kpi, ...previous }) })}
    >
      <span aria-hidden="true">{arrow} </span>
      {text} <span className="kpi__change-vs">{t('change.vs', { count: weeks })}</span>
    </span>
  );
}
