import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/contract';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useFormat } from '../i18n/format';
import { Card } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';

type Suggestion = MethodOutput<'identities.suggest'>[number];
/** Shown at first, then added at each click: a synthetic client of 100,000 members has 15,000 suggestions. */
const FEW = 3;
const MORE = 25;

/**
 * The likely same-person identities (identities.suggest) to confirm (merged into one member: the grid
 * then shows one row) or turn down (remembered in the client, never suggested again).
 */
export function MergeSuggestions({ client, onMerged }: { client: string; onMerged: () => void }) {
  const { t } = useTranslation('members');
  const { api } = useBackend();
  const [tick, setTick] = useState(0);
  const { load, reload } = useLoad(() => api['identities.suggest']({ client }), `${client}:${tick}`);
  const [limit, setLimit] = useState(FEW);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (s: Suggestion, merge: boolean) => {
    setBusy(true);
    setError(null);
    const identityIds = s.identities.map((i) => i.identityId);
    try {
      if (merge) await api['identities.merge']({ client, identityIds });
      else await api['identities.reject']({ client, identityIds });
      setDone(merge ? t('merges.merged', { name: nameOf(s) }) : t('merges.rejected'));
      setTick((x) => x + 1);
      if (merge) onMerged();
    } catch (err) {
      setError(oneLine(err));
    } finally {
      setBusy(false);
    }
  };
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  const list = load.state === 'ready' ? load.data : [];
  // Nothing to review and nothing just done: the card would only say so; it stays out of the way.
  if (load.state === 'ready' && list.length === 0 && !done) return null;
  const shown = list.slice(0, limit);
  return (
    <Card
      title={t('merges.title')}
      subtitle={t('merges.subtitle')}
      className="merges"
      actions={
        load.state === 'ready' && list.length > 0 ? (
          <span className="badge badge--info">{t('merges.count', { count: list.length })}</span>
        ) : undefined
      }
    >
      <div data-testid="merge-suggestions">
        {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
        {done && (
          <p className="merges__done" role="status">
            {done}
          </p>
        )}
        {load.state === 'ready' && list.length === 0 && <p className="muted">{t('merges.none')}</p>}
        <ul className="merges__list">
          {shown.map((s) => (
            <SuggestionRow key={s.identities.map((i) => i.identityId).join('-')} s={s} busy={busy} onAct={act} />
          ))}
        </ul>
        <div className="merges__more">
          {list.length > limit && (
            <button type="button" className="btn btn--ghost btn--small" onClick={() => setLimit(limit + MORE)} data-testid="merges-more">
              {t('merges.showMore', { count: Math.min(MORE, list.length - limit) })}
            </button>
          )}
          {limit > FEW && (
            <button type="button" className="btn btn--ghost btn--small" onClick={() => setLimit(FEW)}>
              {t('merges.showFewer')}
            </button>
          )}
        </div>
      </div>
    </Card>
  );
}

const nameOf = (s: Suggestion) => s.identities.find((i) => i.name)?.name ?? s.identities[0]!.handle;

function SuggestionRow({ s, busy, onAct }: { s: Suggestion; busy: boolean; onAct: (s: Suggestion, merge: boolean) => void }) {
  const { t } = useTranslation('members');
  const labels = useLabels();
  const f = useFormat();
  const names = s.identities.map((i) => `${labels.platform(i.platform)} ${i.name ?? i.handle}`).join(', ');
  return (
    <li className="merges__item" aria-label={t('merges.suggestionLabel', { names })} data-testid="merge-suggestion">
      <span className="chip chip--no merges__reason">{t(`merges.reasons.${s.reason}`)}</span>
      <ul className="merges__identities">
        {s.identities.map((i) => (
          <li key={i.identityId} className="merges__identity">
            <span className="merges__platform">{labels.platform(i.platform)}</span>
            <span className="strong">{i.name ?? i.handle}</span>
            {/* Not a platform's numeric account id (Discord, Telegram): 18 digits that tell a person nothing. */}
            {i.name && i.name !== i.handle && !/^\d{12,}$/.test(i.handle) && (
              <span className="muted merges__handle" title={i.handle}>
                {/^https?:/.test(i.handle) ? i.handle.replace(/^https?:\/\/(www\.)?/, '') : `@${i.handle}`}
              </span>
            )}
            <span className="muted">{t('merges.interactions', { count: i.interactions, formatted: f.int(i.interactions) })}</span>
          </li>
        ))}
      </ul>
      <span className="merges__actions">
        <button
          type="button"
          className="btn btn--primary btn--small"
          disabled={busy}
          onClick={() => onAct(s, true)}
          data-testid="merge-confirm"
        >
          {t('merges.merge')}
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={busy}
          onClick={() => onAct(s, false)}
          data-testid="merge-reject"
        >
          {t('merges.reject')}
        </button>
      </span>
    </li>
  );
}
