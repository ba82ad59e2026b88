import { useTranslation } from 'react-i18next';
import type { MemberScore } from '../../core/contract/members';
import type { Load } from '../api/use-load';
import { useFormat } from '../i18n/format';
import { Card, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';

const PARTS = ['love', 'recommendations', 'helped', 'reach', 'onion', 'retention'] as const;
const FACTS = ['interactions', 'activeInteractions', 'weeksActive', 'love', 'reach', 'neighbours', 'helped', 'recommendations'] as const;

/** The evidence behind a member's ambassador score: each component, the counts under them, their own words. */
export function ScoreCard({ load, timezone }: { load: Load<MemberScore>; timezone: string }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const body = () => {
    if (load.state === 'loading') return <Spinner label={tc('loading')} />;
    if (load.state === 'error') return <ErrorLine message={load.error} />;
    const { rank, of, ambassador: a } = load.data;
    if (!a || rank === null) return <p className="muted">{t('member.score.unranked')}</p>;
    return (
      <div className="score" data-testid="member-score">
        <div className="score__head">
          <span className="score__value">{f.decimal(a.score, 1)}</span>
          <span className="muted">{t('member.score.rank', { rank: f.int(rank), of: f.int(of) })}</span>
        </div>
        <div className="score__grid">
          <section>
            <h3 className="subhead">{t('member.score.components')}</h3>
            <ul className="bar-list">
              {PARTS.map((p) => (
                <li key={p} className="bar-list__row score__part">
                  <span className="bar-list__label">{t(`member.score.parts.${p}`)}</span>
                  <span className="bar-list__track" aria-hidden="true">
                    <span className="bar-list__bar" style={{ width: `${a.components[p] * 100}%` }} />
                  </span>
                  <span className="bar-list__value">{f.int(Math.round(a.components[p] * 100))}</span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h3 className="subhead">{t('member.score.evidence')}</h3>
            <dl className="facts">
              {FACTS.map((k) => (
                <div key={k} className="facts__row">
                  <dt>{t(`member.score.facts.${k}`)}</dt>
                  <dd>{Number.isInteger(a.evidence[k]) ? f.int(a.evidence[k]) : f.decimal(a.evidence[k], 1)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        {a.evidence.quotes.length > 0 && (
          <>
            <h3 className="subhead">{t('member.score.quotes')}</h3>
            <ul className="quotes">
              {a.evidence.quotes.map((q) => (
                <li key={`${q.at}-${q.why}`} className="quotes__item">
                  <blockquote className="quotes__text">{q.text}</blockquote>
                  <span className="muted quotes__meta">
                    {t(`member.score.why.${q.why}`)} · {labels.platform(q.platform)} · {f.dateTime(q.at, timezone)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  };
  return (
    <Card title={t('member.score.title')} subtitle={t('member.score.subtitle')}>
      {body()}
    </Card>
  );
}
