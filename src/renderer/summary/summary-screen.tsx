import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../../core/contract';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { Link } from '@tanstack/react-router';
import { useClient } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { useLabels } from '../ui/labels';
import { BarList } from '../ui/bar-list';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { CoverageTable, SourcesTable, TopMembersTable } from './summary-tables';
import { WeeklyChart } from './weekly-chart';

/** The client's home: what was imported, when, from where, and who is most active. */
export function SummaryScreen() {
  const client = useClient();
  const { t } = useTranslation('summary');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['stats.summary']({ client }), client);
  const importButton = (
    <Link className="btn btn--primary" to="/client/$client/import" params={{ client }}>
      {t('importData')}
    </Link>
  );
  if (load.state === 'loading') return <Spinner label={tc('loading')} />;
  if (load.state === 'error')
    return (
      <>
        <PageHeader title={client} />
        <ErrorLine message={load.error} onRetry={reload} />
      </>
    );
  const s = load.data;
  return (
    <>
      <PageHeader title={client} subtitle={t('subtitle', { tz: s.timezone, count: s.sources.length })} actions={importButton} />
      {s.interactions === 0 ? (
        <Card className="empty">
          <h2 className="empty__title">{t('emptyTitle')}</h2>
          <p className="empty__text">{t('emptyText')}</p>
          {importButton}
        </Card>
      ) : (
        <SummaryBody s={s} />
      )}
    </>
  );
}

const DAY = 86_400_000;

function SummaryBody({ s }: { s: StatsSummary }) {
  const { t } = useTranslation('summary');
  const f = useFormat();
  const labels = useLabels();
  const days = s.firstAt && s.lastAt ? Math.floor((Date.parse(s.lastAt) - Date.parse(s.firstAt)) / DAY) + 1 : 0;
  const sorted = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1]);
  return (
    <div className="stack">
      <div className="kpis">
        <Kpi id="members" label={t('kpi.members')} value={f.int(s.members)} hint={t('kpi.membersHint')} />
        <Kpi
          id="interactions"
          label={t('kpi.interactions')}
          value={f.int(s.interactions)}
          hint={t('kpi.interactionsHint', { inbound: f.int(s.byDirection.inbound ?? 0), outbound: f.int(s.byDirection.outbound ?? 0) })}
        />
        <Kpi id="messages" label={t('kpi.messages')} value={f.int(s.messages)} hint={t('kpi.messagesHint')} />
        <Kpi
          id="first"
          label={t('kpi.first')}
          value={f.date(s.firstAt, s.timezone)}
          hint={t('kpi.span', { count: days, days: f.int(days) })}
        />
        <Kpi id="last" label={t('kpi.last')} value={f.date(s.lastAt, s.timezone)} hint={s.timezone} />
      </div>
      <Card title={t('weeklyTitle')} subtitle={t('weeklySubtitle')}>
        <WeeklyChart weekly={s.weekly} />
      </Card>
      <div className="grid-2">
        <Card title={t('byPlatformTitle')}>
          <BarList entries={sorted(s.byPlatform)} label={labels.platform} testId="by-platform" />
          <h3 className="subhead">{t('byDirectionTitle')}</h3>
          <BarList entries={sorted(s.byDirection)} label={labels.direction} testId="by-direction" />
        </Card>
        <Card title={t('byKindTitle')}>
          <BarList entries={sorted(s.byKind)} label={labels.kind} testId="by-kind" />
        </Card>
      </div>
      <Card title={t('topTitle')} subtitle={t('topSubtitle')}>
        <TopMembersTable members={s.topMembers} />
      </Card>
      <Card title={t('sourcesTitle')} subtitle={t('sourcesSubtitle')}>
        <SourcesTable sources={s.sources} />
      </Card>
      <Card title={t('coverageTitle')} subtitle={t('coverageSubtitle')}>
        <CoverageTable coverage={s.coverage} />
      </Card>
    </div>
  );
}

function Kpi({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  return (
    <div className="kpi" data-testid={`kpi-${id}`}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value" data-testid={`kpi-${id}-value`}>
        {value}
      </span>
      <span className="kpi__hint">{hint}</span>
    </div>
  );
}
