import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STEPS } from '../../core/contract/metrics';
import type { MemberDetail, MemberScore } from '../../core/contract/members';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { type Load, useLoad } from '../api/use-load';
import { useClientQuery, useClientSearch } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { sharedFilters, TIERS } from './member-rows';
import { MemberActivityChart } from './member-activity-chart';
import { MemberTimeline } from './member-timeline';
import { ScoreCard } from './score-card';
import '../styles/members.css';

/**
 * One member: who they are on each platform (with a split for a wrong merge), the ladder steps they
 * reached and when, the evidence behind their ambassador score, and everything they did, newest first.
 */
export function MemberScreen() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const { client, filter, key: filterKey } = useClientQuery();
  const person = Number(useParams({ from: '/client/$client/members/$person' }).person);
  const [version, setVersion] = useState(0);
  const { load, reload } = useLoad(() => api['members.get']({ client, person }), `${client}:${person}:${version}`);
  // After a split the page reloads its member under what it shows, rather than blanking it.
  const [last, setLast] = useState<MemberDetail | null>(null);
  useEffect(() => {
    if (load.state === 'ready') setLast(load.data);
  }, [load]);
  const score = useLoad(() => api['members.score']({ client, person, filter }), `${filterKey}:${person}:${version}`).load;
  const search = useClientSearch();
  const back = (
    <Link
      to="/client/$client/members"
      params={{ client }}
      search={sharedFilters(search)}
      className="btn btn--secondary"
      data-testid="member-back"
    >
      {t('member.back')}
    </Link>
  );
  const shown = load.state === 'ready' ? load.data : last?.personId === person ? last : null;
  if (load.state === 'error')
    return (
      <>
        <PageHeader title={t('title')} actions={back} />
        <ErrorLine message={load.error} onRetry={reload} />
      </>
    );
  if (!shown) return <Spinner label={tc('loading')} />;
  const m = shown;
  return (
    <>
      <PageHeader title={m.name} subtitle={t('member.subtitle', { tz: m.timezone })} actions={back} />
      <MemberKpis m={m} score={score} />
      <div className="grid-2">
        <IdentitiesCard m={m} client={client} onSplit={() => setVersion((v) => v + 1)} />
        <StepsCard m={m} />
      </div>
      <MemberActivityChart m={m} />
      <ScoreCard load={score} timezone={m.timezone} />
      <MemberTimeline client={client} person={person} name={m.name} timezone={m.timezone} version={version} />
    </>
  );
}

function MemberKpis({ m, score }: { m: MemberDetail; score: Load<MemberScore> }) {
  const { t } = useTranslation('members');
  const f = useFormat();
  const s = score.state === 'ready' ? score.data : null;
  const kpi = (id: string, label: string, value: string, hint?: string) => (
    <div className="kpi" data-testid={`member-kpi-${id}`}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value" data-testid={`member-kpi-${id}-value`}>
        {value}
      </span>
      <span className="kpi__hint">{hint ?? '\u00a0'}</span>
    </div>
  );
  return (
    <div className="kpis kpis--member">
      {kpi('tier', t('member.kpi.tier'), t(`tiers.${TIERS[m.tier] ?? 'none'}`))}
      {kpi('step', t('member.kpi.step'), t(`steps.${FUNNEL_STEPS[m.ladder]!}`))}
      {kpi(
        'interactions',
        t('member.kpi.interactions'),
        f.int(m.interactions),
        t('member.kpi.interactionsHint', { count: m.activeInteractions, formatted: f.int(m.activeInteractions) }),
      )}
      {kpi('first', t('member.kpi.first'), f.date(m.firstAt, m.timezone))}
      {kpi('last', t('member.kpi.last'), f.date(m.lastAt, m.timezone))}
      {kpi(
        'score',
        t('member.kpi.score'),
        s?.ambassador ? f.decimal(s.ambassador.score, 1) : s ? '—' : '…',
        s?.rank ? t('member.kpi.scoreHint', { rank: f.int(s.rank), of: f.int(s.of) }) : s ? t('member.kpi.unranked') : undefined,
      )}
    </div>
  );
}

function IdentitiesCard({ m, client, onSplit }: { m: MemberDetail; client: string; onSplit: () => void }) {
  const { t } = useTranslation('members');
  const { api } = useBackend();
  const labels = useLabels();
  const f = useFormat();
  const search = useClientSearch();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [split, setSplit] = useState<{ handle: string; person: number } | null>(null);
  const splitOff = async (identityId: number, handle: string) => {
    setBusy(true);
    setError(null);
    try {
      const { personId } = await api['identities.split']({ client, identityId });
      setSplit({ handle, person: personId });
      onSplit();
    } catch (err) {
      setError(oneLine(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('member.identities.title')} subtitle={t('member.identities.subtitle')}>
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
      {split && (
        <p className="merges__done" role="status" data-testid="split-done">
          {t('member.identities.splitDone', { handle: split.handle })}{' '}
          <Link
            to="/client/$client/members/$person"
            params={{ client, person: String(split.person) }}
            search={sharedFilters(search)}
            className="strong-link"
          >
            {t('member.identities.openSplit')}
          </Link>
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table" aria-label={t('member.identities.title')} data-testid="member-identities">
          <thead>
            <tr>
              <th>{t('member.identities.platform')}</th>
              <th>{t('member.identities.handle')}</th>
              <th>{t('member.identities.name')}</th>
              <th className="num">{t('member.identities.interactions')}</th>
              {m.identities.length > 1 && <th className="narrow" aria-label={t('member.identities.split')} />}
            </tr>
          </thead>
          <tbody>
            {m.identities.map((i) => (
              <tr key={i.identityId}>
                <td>{labels.platform(i.platform)}</td>
                <td className="mono members-cell--wrap">{i.handle}</td>
                <td>{i.name ?? '—'}</td>
                <td className="num">{f.int(i.interactions)}</td>
                {m.identities.length > 1 && (
                  <td className="narrow">
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      disabled={busy}
                      onClick={() => void splitOff(i.identityId, i.handle)}
                      aria-label={t('member.identities.splitLabel', { handle: i.handle })}
                      data-testid="identity-split"
                    >
                      {t('member.identities.split')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function StepsCard({ m }: { m: MemberDetail }) {
  const { t } = useTranslation('members');
  const f = useFormat();
  return (
    <Card title={t('member.steps.title')} subtitle={t('member.steps.subtitle')}>
      <ol className="ladder" data-testid="member-steps">
        {m.steps.map((s) => (
          <li key={s.step} className={`ladder__step${s.at ? ' ladder__step--reached' : ''}`}>
            <span className="ladder__dot" aria-hidden="true" />
            <span className="ladder__name">{t(`steps.${s.step}`)}</span>
            <span className="ladder__when">{s.at ? f.dateTime(s.at, m.timezone) : t('member.steps.notReached')}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
