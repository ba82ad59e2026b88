import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewActivity, OverviewKpis } from '../../core/contract/overview';
import { useBackend } from '../api/backend-context';
import { useLoad, type Load } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import type { ClientSearch } from '../app/search';
import { useExportName } from '../app/export-name';
import { useFormat } from '../i18n/format';
import { BarList } from '../ui/bar-list';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { KpiCards } from './kpi-cards';
import { CoverageGroupsTable, SourceGroupsTable, TopMembersTable } from './overview-tables';
import { WeeklyChart } from './weekly-chart';

const DAY = 86_400_000;

const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * The client's home: for the period and platforms of the filters, the KPIs with their change against
 * the previous period, the weekly activity, the platform mix and the most active members; then what
 * was imported, grouped by export, and what each export can show.
 */
export function OverviewScreen() {
  const { client, filter, key } = useClientQuery();
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const { api } = useBackend();
  const kpis = useLoad(() => api['overview.kpis']({ client, filter }), `kpis:${key}`);
  const activity = useLoad(() => api['overview.activity']({ client, filter }), `activity:${key}`);
  const sources = useLoad(() => api['overview.sources']({ client }), `sources:${client}`);
  const importButton = (
    <Link className="btn btn--primary" to="/client/$client/import" params={{ client }}>
      {t('importData')}
    </Link>
  );
  const k = kpis.load.state === 'ready' ? kpis.load.data : null;
  const noData = k !== null && k.lastDataDay === null;
  // The period's weeks within the data: a last week not over ends on the last day with data.
  const shownFrom = k?.period && k.firstDataDay && k.period.from < k.firstDataDay ? k.firstDataDay : k?.period?.from;
  const shownTo = k?.period && k.lastDataDay && k.period.to > k.lastDataDay ? k.lastDataDay : k?.period?.to;
  const subtitle = k ? (
    <>
      {k.period && shownFrom && shownTo
        ? `${t('period', { count: k.period.weeks, weeks: k.period.weeks, from: f.day(shownFrom), to: f.day(shownTo) })} · `
        : ''}
      {t('subtitle', { tz: k.timezone })}
    </>
  ) : undefined;
  return (
    <>
      <PageHeader title={client} subtitle={subtitle} actions={importButton} />
      {kpis.load.state === 'loading' && <Spinner label={tc('loading')} />}
      {kpis.load.state === 'error' && <ErrorLine message={kpis.load.error} onRetry={kpis.reload} />}
      <div className="stack">
        {noData && (
          <Card className="empty">
            <h2 className="empty__title">{t('emptyTitle')}</h2>
            <p className="empty__text">{t('emptyText')}</p>
            {importButton}
          </Card>
        )}
        {k && !noData && <PeriodNotes k={k} />}
        {k && k.period && <KpiCards k={k} />}
        {k && !noData && (
          <Section load={activity.load} reload={activity.reload}>
            {(a) => <ActivitySections a={a} k={k} />}
          </Section>
        )}
        <Card title={t('sourcesTitle')} subtitle={t('sourcesSubtitle')}>
          <Section load={sources.load} reload={sources.reload}>
            {(groups) => <SourceGroupsTable groups={groups} />}
          </Section>
        </Card>
        <Card title={t('coverageTitle')} subtitle={t('coverageSubtitle')}>
          <Section load={sources.load} reload={sources.reload}>
            {(groups) => <CoverageGroupsTable groups={groups} />}
          </Section>
        </Card>
      </div>
    </>
  );
}

/** One part of the screen that loads on its own: a spinner, its error with a retry, or its content. */
function Section<T>({ load, reload, children }: { load: Load<T>; reload: () => void; children: (data: T) => ReactNode }) {
  const { t: tc } = useTranslation();
  if (load.state === 'loading') return <Spinner label={tc('loading')} />;
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  return <>{children(load.data)}</>;
}

/** What the period is made of: whole weeks, a last week still running, a previous period or not. */
function PeriodNotes({ k }: { k: OverviewKpis }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  const navigate = useNavigate();
  const notes: { text: string; warn?: boolean; id: string; action?: ReactNode }[] = [];
  const first = k.firstDataDay ? f.day(k.firstDataDay) : '';
  const last = k.lastDataDay ? f.day(k.lastDataDay) : '';
  if (!k.period) notes.push({ id: 'no-period', text: t('noPeriod', { first, last }), warn: true });
  else {
    if (k.partial === 'end' || k.partial === 'both') {
      const monday = new Date(Date.parse(`${k.period.to}T00:00:00Z`) - 6 * DAY).toISOString().slice(0, 10);
      notes.push({ id: 'open-week', text: t('openWeek', { week: f.day(monday), last }), warn: true });
    }
    if (k.partial === 'start' || k.partial === 'both') notes.push({ id: 'late-start', text: t('lateStart', { first }) });
    if (k.compared) {
      const c = k.compared;
      notes.push({
        id: 'compared',
        text: t('compared', {
          count: c.current.weeks,
          weeks: c.current.weeks,
          from: f.day(c.current.from),
          prevFrom: f.day(c.previous.from),
          prevTo: f.day(c.previous.to),
        }),
      });
    } else if (k.noComparison === 'no-previous-period') {
      // The whole history has nothing before it: offer the comparison a consultant usually wants first.
      const lastDay = k.lastDataDay;
      const action = lastDay ? (
        <button
          type="button"
          className="btn btn--secondary notes__action"
          data-testid="compare-last-90"
          onClick={() =>
            void navigate({ to: '.', search: ((prev: ClientSearch) => ({ ...prev, from: addDays(lastDay, -89), to: lastDay })) as never })
          }
        >
          {t('compareLast90')}
        </button>
      ) : undefined;
      notes.push({ id: 'no-previous', text: t('noPreviousPeriod', { first }), action });
    } else if (k.noComparison === 'no-complete-week') notes.push({ id: 'no-complete', text: t('noCompleteWeek') });
    notes.push({ id: 'whole-weeks', text: t('wholeWeeks') });
  }
  return (
    <ul className="notes" data-testid="overview-notes">
      {notes.map((n) => (
        <li key={n.id} className={`notes__item${n.warn ? ' notes__item--warn' : ''}`} data-testid={`overview-note-${n.id}`}>
          {n.text}
          {n.action && <> {n.action}</>}
        </li>
      ))}
    </ul>
  );
}

function ActivitySections({ a, k }: { a: OverviewActivity; k: OverviewKpis }) {
  const { t } = useTranslation('overview');
  const exportName = useExportName();
  const f = useFormat();
  const labels = useLabels();
  const days = k.firstDataDay && k.lastDataDay ? Math.round((Date.parse(k.lastDataDay) - Date.parse(k.firstDataDay)) / DAY) + 1 : 0;
  const period =
    k.period && k.firstDataDay && k.lastDataDay
      ? {
          from: k.period.from < k.firstDataDay ? k.firstDataDay : k.period.from,
          to: k.period.to > k.lastDataDay ? k.lastDataDay : k.period.to,
        }
      : {};
  const byDirection: [string, number][] = (
    [
      ['inbound', a.totals.inbound],
      ['outbound', a.totals.outbound],
    ] as [string, number][]
  ).filter(([, n]) => n > 0);
  return (
    <>
      <div className="kpis kpis--facts" data-testid="overview-facts">
        <Fact
          id="interactions"
          label={t('kpi.interactions')}
          value={f.int(a.totals.interactions)}
          hint={t('kpi.interactionsHint', { inbound: f.int(a.totals.inbound), outbound: f.int(a.totals.outbound) })}
        />
        <Fact id="messages" label={t('kpi.messages')} value={f.int(a.totals.messages)} hint={t('kpi.messagesHint')} />
        <Fact
          id="first"
          label={t('kpi.first')}
          value={k.firstDataDay ? f.day(k.firstDataDay) : '—'}
          hint={t('kpi.span', { count: days, days: f.int(days) })}
        />
        <Fact id="last" label={t('kpi.last')} value={k.lastDataDay ? f.day(k.lastDataDay) : '—'} hint={k.timezone} />
      </div>
      <Card title={t('weeklyTitle')} subtitle={a.openWeek ? `${t('weeklySubtitle')} ${t('weeklyOpen')}` : t('weeklySubtitle')}>
        <WeeklyChart weekly={a.weekly} openWeek={a.openWeek} exportName={exportName(t('weeklyTitle'))} />
      </Card>
      <div className="grid-2">
        <Card title={t('mixTitle')} subtitle={t('mixSubtitle')}>
          <BarList entries={a.byPlatform.map((p) => [p.platform, p.interactions])} label={labels.platform} testId="by-platform" />
          <h3 className="subhead">{t('mixMembers')}</h3>
          <BarList
            entries={a.byPlatform.filter((p) => p.activeMembers > 0).map((p) => [p.platform, p.activeMembers])}
            label={labels.platform}
            testId="by-platform-members"
          />
          {a.byPlatform.length > 1 && <p className="muted card__footnote">{t('mixMembersNote')}</p>}
        </Card>
        <Card title={t('byKindTitle')}>
          <BarList entries={Object.entries(a.byKind)} label={labels.kind} testId="by-kind" />
          <h3 className="subhead">{t('byDirectionTitle')}</h3>
          <BarList entries={byDirection} label={labels.direction} testId="by-direction" />
        </Card>
      </div>
      <Card title={t('topTitle')} subtitle={t('topSubtitle')}>
        <TopMembersTable members={a.topMembers} period={period} />
      </Card>
    </>
  );
}

function Fact({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  return (
    <div className="kpi kpi--fact" data-testid={`kpi-${id}`}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value" data-testid={`kpi-${id}-value`}>
        {value}
      </span>
      <span className="kpi__hint">{hint}</span>
    </div>
  );
}
