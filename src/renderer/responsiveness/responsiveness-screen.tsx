import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayNames } from '../../core/charts/rhythm-heatmap-option';
import type { AnalyticsSettings } from '../../core/contract/analytics-settings';
import type { Responsiveness } from '../../core/contract/metrics';
import type { Unanswered } from '../../core/contract/responsiveness';
import { useBackend } from '../api/backend-context';
import { useLoad, type Load } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import { EvidenceLink } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { Card, PageHeader } from '../ui/card';
import { useLabels } from '../ui/labels';
import { LoadSlot } from '../ui/load-slot';
import { BreakdownTable, IntentTable, UnansweredTable } from './response-tables';

/** How many unanswered conversations the list shows (the oldest). */
const LIST_LIMIT = 500;

/**
 * Does the brand answer, and how fast: response rate and first-response times overall, by platform,
 * by first-time vs returning member and in business hours; what members ask for (intent signals); and
 * the conversations never answered, oldest first.
 */
export function ResponsivenessScreen() {
  const { t } = useTranslation('responsiveness');
  const q = useClientQuery();
  const { api } = useBackend();
  const query = { client: q.client, filter: q.filter, interval: q.interval };
  const resp = useLoad(() => api['metrics.responsiveness'](query), `responsiveness:${q.key}`);
  const intent = useLoad(() => api['metrics.intent'](query), `intent:${q.key}`);
  const unanswered = useLoad(
    () => api['responsiveness.unanswered']({ client: q.client, filter: q.filter, limit: LIST_LIMIT }),
    `unanswered:${q.key}`,
  );
  const settings = useLoad(() => api['metrics.settings.get']({ client: q.client }), `settings:${q.client}`);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ScopeLine resp={resp.load} settings={settings.load} unanswered={unanswered.load} />
      <Kpis load={resp.load} />
      <Card title={t('byPlatform')} subtitle={t('byPlatformSubtitle')}>
        <LoadSlot load={resp.load} reload={resp.reload} className="table-slot">
          {(r) => <ByPlatform r={r} />}
        </LoadSlot>
      </Card>
      <Card title={t('byMemberType')} subtitle={t('byMemberTypeSubtitle')}>
        <LoadSlot load={resp.load} reload={resp.reload} className="table-slot">
          {(r) => (
            <BreakdownTable
              rows={r.byMemberType.map((m) => ({ ...m, key: m.memberType, name: t(`memberType.${m.memberType}`) }))}
              first={t('columns.members')}
              label={t('byMemberType')}
              testId="by-member-type"
            />
          )}
        </LoadSlot>
      </Card>
      <Card title={t('intent.title')} subtitle={t('intent.subtitle')}>
        <LoadSlot load={intent.load} reload={intent.reload} className="table-slot">
          {(i) => <IntentTable intent={i} />}
        </LoadSlot>
      </Card>
      <UnansweredCard load={unanswered.load} reload={unanswered.reload} />
    </>
  );
}

function ByPlatform({ r }: { r: Responsiveness }) {
  const { t } = useTranslation('responsiveness');
  const labels = useLabels();
  return (
    <BreakdownTable
      rows={r.byPlatform.map((p) => ({ ...p, key: p.platform, name: labels.platform(p.platform) }))}
      first={t('columns.platform')}
      label={t('byPlatform')}
      testId="by-platform"
    />
  );
}

/** The response window, the conversations counted and the business hours in force, in one line. */
function ScopeLine({
  resp,
  settings,
  unanswered,
}: {
  resp: Load<Responsiveness>;
  settings: Load<AnalyticsSettings>;
  unanswered: Load<Unanswered>;
}) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const days = useMemo(() => {
    if (settings.state !== 'ready') return '';
    const names = weekdayNames(f.locale);
    const open = [...settings.data.businessHours.days].sort((a, b) => a - b);
    const consecutive = open.length > 2 && open.every((d, i) => i === 0 || d === open[i - 1]! + 1);
    return consecutive ? `${names[open[0]! - 1]}–${names[open[open.length - 1]! - 1]}` : open.map((d) => names[d - 1]).join(', ');
  }, [settings, f.locale]);
  if (resp.state !== 'ready' || settings.state !== 'ready')
    return (
      <p className="line-note" aria-hidden="true">
        &nbsp;
      </p>
    );
  const r = resp.data;
  const bh = settings.data.businessHours;
  return (
    <p className="line-note" data-testid="response-scope">
      {t(`scope.${r.scope}`, {
        window: f.minutes(r.windowHours * 60),
        days,
        start: bh.start,
        end: bh.end,
        tz: unanswered.state === 'ready' ? unanswered.data.timezone : '',
      })}
    </p>
  );
}

function Kpis({ load }: { load: Load<Responsiveness> }) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const r = load.state === 'ready' ? load.data : undefined;
  const pending = '…';
  const unanswered = r ? r.inboundConversations - r.answered : 0;
  const bh = r?.businessHours;
  return (
    <div className="kpis" data-testid="responsiveness-kpis">
      <Kpi
        id="rate"
        label={t('kpi.rate')}
        value={r ? f.percent(r.responseRate) : pending}
        hint={
          r && (
            <>
              <EvidenceLink
                to={{ screen: 'conversations', search: { answered: true } }}
                label={t('answeredLink', { n: f.int(r.answered) })}
              >
                {f.int(r.answered)}
              </EvidenceLink>{' '}
              / {f.int(r.inboundConversations)}
            </>
          )
        }
      />
      <Kpi
        id="within"
        label={t('kpi.within', { window: r ? f.minutes(r.windowHours * 60) : '' })}
        value={r ? f.percent(r.responseRateWithinWindow) : pending}
        hint={r && t('kpi.withinHint', { n: f.int(r.answeredWithinWindow) })}
      />
      <Kpi
        id="median"
        label={t('kpi.median')}
        value={r ? f.minutes(r.medianFirstResponseMinutes) : pending}
        hint={r && r.p90FirstResponseMinutes !== null && t('kpi.medianHint', { p90: f.minutes(r.p90FirstResponseMinutes) })}
      />
      <Kpi
        id="business"
        label={t('kpi.business')}
        value={bh ? f.minutes(bh.medianFirstResponseMinutes) : pending}
        hint={
          r &&
          bh &&
          (bh.medianFirstResponseMinutes === null
            ? t('kpi.businessNone', { answered: f.int(r.answered), outside: f.int(bh.outsideBusinessHours) })
            : t('kpi.businessHint', { covered: f.int(bh.covered), outside: f.int(bh.outsideBusinessHours) }))
        }
      />
      <Kpi
        id="unanswered"
        label={t('kpi.unanswered')}
        value={
          r ? (
            <EvidenceLink
              to={{ screen: 'conversations', search: { answered: false } }}
              label={t('unansweredLink', { n: f.int(unanswered) })}
              testId="unanswered-link"
            >
              {f.int(unanswered)}
            </EvidenceLink>
          ) : (
            pending
          )
        }
        hint={r && t('kpi.unansweredHint')}
      />
    </div>
  );
}

function Kpi({ id, label, value, hint }: { id: string; label: string; value: ReactNode; hint: ReactNode }) {
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

function UnansweredCard({ load, reload }: { load: Load<Unanswered>; reload: () => void }) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const subtitle =
    load.state === 'ready' && load.data.asOf
      ? t('unanswered.subtitle', { asOf: f.dateTime(load.data.asOf, load.data.timezone) })
      : t('unanswered.subtitle', { asOf: '…' });
  return (
    <Card title={t('unanswered.title')} subtitle={subtitle}>
      <LoadSlot load={load} reload={reload} className="table-slot">
        {(u) => (
          <>
            {u.total > u.conversations.length && (
              <p className="line-note" data-testid="unanswered-truncated">
                {t('unanswered.truncated', { shown: f.int(u.conversations.length), total: f.int(u.total) })}
              </p>
            )}
            <div className="scroll-box">
              <UnansweredTable rows={u.conversations} timezone={u.timezone} />
            </div>
          </>
        )}
      </LoadSlot>
    </Card>
  );
}
