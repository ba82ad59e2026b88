import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MemberEvidence } from '../../core/contract/members';
import type { Interval } from '../../core/contract/metrics';
import type { MembersSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { withoutEvidence } from './member-rows';

/**
 * Says which number the grid is showing the members of, in words, with a way back to every member
 * (the period, platforms and segment chosen stay).
 */
export function EvidenceBanner({ evidence: e, interval }: { evidence: MemberEvidence; interval: Interval }) {
  const { t } = useTranslation('members');
  const f = useFormat();
  const when = (iso: string) => (interval === 'week' ? f.day(iso) : f.month(iso));
  const lines: string[] = [];
  if (e.step) lines.push(t(e.literal ? 'evidence.stepLiteral' : 'evidence.step', { step: t(`steps.${e.step}`) }));
  if (e.cohort) {
    const n = e.n ?? 0;
    const cohort = when(e.cohort);
    if (n === 0) lines.push(t(interval === 'week' ? 'evidence.cohortFirstWeek' : 'evidence.cohortFirstMonth', { cohort }));
    else lines.push(t(interval === 'week' ? 'evidence.cohortWeek' : 'evidence.cohortMonth', { cohort, count: n }));
  }
  if (e.lifecycle && e.period) lines.push(t(`evidence.lifecycle.${interval}.${e.lifecycle}`, { period: when(e.period) }));
  if (e.active) lines.push(t('evidence.active'));
  return (
    <section className="evidence-banner" aria-label={t('evidence.label')} data-testid="evidence-banner">
      <div className="evidence-banner__text">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <Link
        from="/client/$client/members"
        to="."
        search={(prev: MembersSearch) => withoutEvidence(prev)}
        className="btn btn--secondary btn--small"
        data-testid="evidence-clear"
      >
        {t('evidence.clear')}
      </Link>
    </section>
  );
}
