import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interval, InterInteraction, Retention, Stickiness } from '../../core/contract/metrics';
import { useBackend } from '../api/backend-context';
import { useLoad, type Load } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { Card, PageHeader } from '../ui/card';
import { Folded } from '../ui/folded';
import { LoadSlot } from '../ui/load-slot';
import { CohortHeatmap, GapsChart, LifecycleChart, RetentionCurve, StickinessChart } from './recurrence-charts';
import { CohortTable, LifecycleTable } from './recurrence-tables';

/**
 * Do members come back: the unbounded retention curve, the cohort matrix, the lifecycle of each
 * period, stickiness month by month and the time between visits, for the filters of the URL. Each
 * card loads on its own; cohort cells and lifecycle bars open their members.
 */
export function RecurrenceScreen() {
  const { t } = useTranslation('recurrence');
  const q = useClientQuery();
  const { api } = useBackend();
  const query = { client: q.client, filter: q.filter, interval: q.interval };
  const retention = useLoad(() => api['metrics.retention'](query), `retention:${q.key}`);
  const lifecycle = useLoad(() => api['metrics.lifecycle'](query), `lifecycle:${q.key}`);
  const stickiness = useLoad(() => api['metrics.stickiness'](query), `stickiness:${q.key}`);
  const series = useLoad(() => api['recurrence.stickinessSeries']({ client: q.client, filter: q.filter }), `series:${q.key}`);
  const gaps = useLoad(() => api['metrics.interInteraction'](query), `gaps:${q.key}`);
  const [unbounded, setUnbounded] = useState(false);
  const interval = q.interval;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Kpis retention={retention.load} stickiness={stickiness.load} gaps={gaps.load} interval={interval} />
      <Card title={t('curve.title')} subtitle={t(`curve.subtitle.${interval}`)}>
        <LoadSlot load={retention.load} reload={retention.reload}>
          {(r) =>
            r.curve.length <= 1 ? <p className="muted">{t('curve.empty')}</p> : <RetentionCurve curve={r.curve} interval={interval} />
          }
        </LoadSlot>
      </Card>
      <Card
        title={t('cohorts.title')}
        subtitle={t(`cohorts.subtitle.${interval}`)}
        actions={
          <div className="toggle-group" role="group" aria-label={t('cohorts.mode')}>
            {([false, true] as const).map((u) => (
              <button
                key={String(u)}
                type="button"
                className="toggle-group__button"
                aria-pressed={unbounded === u}
                onClick={() => setUnbounded(u)}
                data-testid={u ? 'cohorts-unbounded' : 'cohorts-classic'}
              >
                {u ? t('cohorts.unbounded') : t('cohorts.classic')}
              </button>
            ))}
          </div>
        }
      >
        <LoadSlot load={retention.load} reload={retention.reload}>
          {(r) => {
            const cohorts = unbounded ? r.unbounded : r.cohorts;
            if (cohorts.length === 0) return <p className="muted">{t('cohorts.empty')}</p>;
            return (
              <>
                <CohortHeatmap cohorts={cohorts} interval={interval} unbounded={unbounded} />
                <p className="card__footnote muted">
                  {t('cohorts.footnote')}
                  {unbounded && ` ${t('cohorts.unboundedNote')}`}
                </p>
                <Folded summary={t('cohorts.table')}>
                  {() => <CohortTable cohorts={cohorts} interval={interval} unbounded={unbounded} />}
                </Folded>
              </>
            );
          }}
        </LoadSlot>
      </Card>
      <Card title={t('lifecycle.title')} subtitle={t(`lifecycle.subtitle.${interval}`)}>
        <LoadSlot load={lifecycle.load} reload={lifecycle.reload}>
          {(rows) => (
            <>
              <LifecycleChart rows={rows} interval={interval} />
              <p className="card__footnote muted">{t('lifecycle.footnote')}</p>
              <Folded summary={t('lifecycle.table')}>{() => <LifecycleTable rows={rows} interval={interval} />}</Folded>
            </>
          )}
        </LoadSlot>
      </Card>
      <div className="grid-2">
        <Card title={t('stickiness.title')} subtitle={t('stickiness.subtitle')}>
          <LoadSlot load={series.load} reload={series.reload}>
            {(s) => <StickinessChart months={s.months} />}
          </LoadSlot>
          <WholeStickiness load={stickiness.load} />
        </Card>
        <Card title={t('gaps.title')} subtitle={t('gaps.subtitle')}>
          <LoadSlot load={gaps.load} reload={gaps.reload}>
            {(g) => (
              <>
                <GapsChart histogram={g.histogram} />
                <GapsSummary gaps={g} />
              </>
            )}
          </LoadSlot>
        </Card>
      </div>
    </>
  );
}

function WholeStickiness({ load }: { load: Load<Stickiness> }) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  if (load.state !== 'ready') return <p className="card__footnote muted">&nbsp;</p>;
  return <p className="card__footnote muted">{t('stickiness.whole', { value: f.percent(load.data.wauMau) })}</p>;
}

function GapsSummary({ gaps }: { gaps: InterInteraction }) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  const days = (d: number | null) => (d === null ? '—' : t('gaps.day', { count: d }));
  return (
    <p className="card__footnote muted" data-testid="gaps-summary">
      {t('gaps.summary', { gaps: f.int(gaps.gaps), median: days(gaps.medianDays), p90: days(gaps.p90Days) })}
    </p>
  );
}

/** The headline numbers: coming back after one interval and after several, WAU/MAU, repeat members, time away. */
function Kpis({
  retention,
  stickiness,
  gaps,
  interval,
}: {
  retention: Load<Retention>;
  stickiness: Load<Stickiness>;
  gaps: Load<InterInteraction>;
  interval: Interval;
}) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  const later = interval === 'week' ? 4 : 3;
  const point = (n: number) => (retention.state === 'ready' ? retention.data.curve[n] : undefined);
  const back = (n: number) => {
    const p = point(n);
    if (retention.state !== 'ready') return { value: '…', hint: '' };
    return { value: f.percent(p?.value ?? null), hint: p ? t('kpi.backHint', { members: f.int(p.members) }) : t('kpi.notYet') };
  };
  const s = stickiness.state === 'ready' ? stickiness.data : undefined;
  const active = s ? s.distribution.reduce((sum, d) => sum + d.members, 0) : 0;
  const repeat = s ? s.distribution.filter((d) => d.intervals >= 2).reduce((sum, d) => sum + d.members, 0) : 0;
  const g = gaps.state === 'ready' ? gaps.data : undefined;
  const dayCount = (d: number | null) => (d === null ? '—' : t('kpi.gapValue', { count: d }));
  return (
    <div className="kpis" data-testid="recurrence-kpis">
      <Kpi id="back1" label={t(`kpi.back1.${interval}`)} {...back(1)} />
      <Kpi id="back-later" label={t(`kpi.backLater.${interval}`)} {...back(later)} />
      <Kpi
        id="wau-mau"
        label={t('kpi.wauMau')}
        value={s ? f.percent(s.wauMau) : '…'}
        hint={
          s && s.averageWeeklyActive !== null && s.averageMonthlyActive !== null
            ? t('kpi.wauMauHint', { weekly: f.decimal(s.averageWeeklyActive), monthly: f.decimal(s.averageMonthlyActive) })
            : ''
        }
      />
      <Kpi
        id="repeat"
        label={t(`kpi.repeat.${interval}`)}
        value={s ? f.percent(active > 0 ? repeat / active : null) : '…'}
        hint={s ? t('kpi.repeatHint', { repeat: f.int(repeat), members: f.int(active) }) : ''}
      />
      <Kpi
        id="gap"
        label={t('kpi.gap')}
        value={g ? dayCount(g.medianDays) : '…'}
        hint={g ? t('kpi.gapHint', { p90: dayCount(g.p90Days) }) : ''}
      />
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
      <span className="kpi__hint">{hint || '\u00a0'}</span>
    </div>
  );
}
