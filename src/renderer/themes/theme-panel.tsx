import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeMetricsRow, ThemeQuote } from '../../core/contract/themes';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useClient, useClientQuery } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { Pager } from '../ui/pager';

const PAGE = 20;

/**
 * One theme opened (or the unclassified texts: theme null): its words, the consultant's edits (name,
 * merge, split, hide), its quotes (pin, remove, restore) and its texts under the shared filters, newest
 * first, a page at a time; every author opens their member page.
 */
export function ThemePanel({
  theme,
  all,
  onClose,
  changed,
}: {
  theme: ThemeMetricsRow | null;
  all: ThemeMetricsRow[];
  onClose: () => void;
  changed: () => void;
}) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  // the panel takes the focus when it opens, so a keyboard user lands on what they opened
  useEffect(() => heading.current?.focus(), [theme?.id]);
  const title = theme ? theme.label : t('unclassified.title');
  return (
    <section className="card theme-panel" aria-labelledby="theme-panel-title" data-testid="theme-panel">
      <header className="card__header">
        <div>
          <h2 className="card__title" id="theme-panel-title" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          {theme && (
            <p className="card__subtitle">
              {t('theme.stats', { texts: f.int(theme.size), members: f.int(theme.members) })} ·{' '}
              {t('theme.terms', { terms: theme.terms.join(', ') })}
            </p>
          )}
        </div>
        <div className="card__actions">
          <button type="button" className="btn btn--ghost btn--small" onClick={onClose} data-testid="theme-close">
            {t('theme.close')}
          </button>
        </div>
      </header>
      {theme && <Edits theme={theme} all={all} changed={changed} />}
      <div className="theme-panel__body">
        {theme && <Quotes theme={theme} />}
        <Messages theme={theme} title={title} />
      </div>
    </section>
  );
}

function useEdit(changed: () => void) {
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation('themes');
  const run = (call: Promise<{ applied: boolean }>) =>
    call.then(
      (r) => (r.applied ? (setError(null), changed()) : setError(t('theme.editFailed'))),
      (e: unknown) => setError(oneLine(e)),
    );
  return { error, setError, run };
}

function Edits({ theme, all, changed }: { theme: ThemeMetricsRow; all: ThemeMetricsRow[]; changed: () => void }) {
  const { t } = useTranslation('themes');
  const q = useClientQuery();
  const { api } = useBackend();
  const { error, setError, run } = useEdit(changed);
  const [label, setLabel] = useState(theme.label);
  const [into, setInto] = useState('');
  const ref = { client: q.client, theme: theme.id };
  const rename = (e: FormEvent) => {
    e.preventDefault();
    void run(api['themes.rename']({ ...ref, label }));
  };
  const merge = (e: FormEvent) => {
    e.preventDefault();
    if (into !== '') void run(api['themes.merge']({ ...ref, into: Number(into) }));
  };
  return (
    <div className="theme-edits">
      <form className="theme-edits__form" onSubmit={rename}>
        <label className="field">
          <span className="field__label">{t('theme.rename')}</span>
          <input
            className="input"
            value={label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
            data-testid="theme-label"
            aria-describedby="theme-rename-hint"
          />
        </label>
        <button type="submit" className="btn btn--secondary" data-testid="theme-rename">
          {t('theme.renameButton')}
        </button>
        <span className="muted theme-edits__hint" id="theme-rename-hint">
          {t('theme.renameHint', { label: theme.computedLabel })}
        </span>
      </form>
      <form className="theme-edits__form" onSubmit={merge}>
        <label className="field">
          <span className="field__label">{t('theme.mergeInto')}</span>
          <select className="input" value={into} onChange={(e) => setInto(e.target.value)} data-testid="theme-merge-into">
            <option value="">{t('theme.mergePick')}</option>
            {all
              .filter((o) => o.id !== theme.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="btn btn--secondary" disabled={into === ''} data-testid="theme-merge">
          {t('theme.mergeButton')}
        </button>
      </form>
      <div className="theme-edits__form">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!theme.canSplit}
          title={t('theme.splitHint')}
          onClick={() => void run(api['themes.split'](ref))}
          data-testid="theme-split"
        >
          {t('theme.split')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => void run(api['themes.hide']({ ...ref, hidden: !theme.hidden }))}
          data-testid="theme-hide"
        >
          {theme.hidden ? t('theme.show') : t('theme.hide')}
        </button>
      </div>
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
    </div>
  );
}

function Quotes({ theme }: { theme: ThemeMetricsRow }) {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const q = useClientQuery();
  const { api } = useBackend();
  const [version, setVersion] = useState(0);
  const { error, setError, run } = useEdit(() => setVersion((v) => v + 1));
  const load = useLoad(
    () => api['themes.quotes']({ client: q.client, theme: theme.id }),
    `${q.client}:${theme.id}:${theme.size}:${version}`,
  );
  const act = (message: number, action: 'pin' | 'unpin' | 'remove' | 'restore') =>
    void run(api['themes.quote']({ client: q.client, theme: theme.id, message, action }));
  return (
    <div className="theme-quotes" data-testid="theme-quotes">
      <h3 className="subhead">{t('theme.quotes')}</h3>
      {load.load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.load.state === 'error' && <ErrorLine message={load.load.error} onRetry={load.reload} />}
      {load.load.state === 'ready' && (
        <>
          {load.load.data.quotes.length === 0 && <p className="muted">{t('theme.quotesEmpty')}</p>}
          <ul className="theme-list">
            {load.load.data.quotes.map((m) => (
              <Message key={m.id} m={m} pinned={m.pinned}>
                {m.pinned ? (
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => act(m.id, 'unpin')}>
                    {t('theme.unpin')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    onClick={() => act(m.id, 'remove')}
                    data-testid="quote-remove"
                  >
                    {t('theme.remove')}
                  </button>
                )}
              </Message>
            ))}
          </ul>
          {load.load.data.removed.length > 0 && (
            <details className="theme-removed">
              <summary>{t('theme.removed', { count: load.load.data.removed.length })}</summary>
              <ul className="theme-list">
                {load.load.data.removed.map((m) => (
                  <Message key={m.id} m={m}>
                    <button type="button" className="btn btn--ghost btn--small" onClick={() => act(m.id, 'restore')}>
                      {t('theme.restore')}
                    </button>
                  </Message>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
    </div>
  );
}

function Messages({ theme, title }: { theme: ThemeMetricsRow | null; title: string }) {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const q = useClientQuery();
  const { api } = useBackend();
  const [offset, setOffset] = useState(0);
  const [pinned, setPinned] = useState<number[]>([]);
  const { error, setError, run } = useEdit(() => undefined);
  const id = theme?.id ?? null;
  const { load, reload } = useLoad(
    () => api['themes.messages']({ client: q.client, theme: id, filter: q.filter, limit: PAGE, offset }),
    `${q.key}:${id}:${offset}:${theme?.size}`,
  );
  const total = load.state === 'ready' ? load.data.total : 0;
  const pin = (message: number) => {
    if (id === null) return;
    void run(api['themes.quote']({ client: q.client, theme: id, message, action: 'pin' })).then(() => setPinned((p) => [...p, message]));
  };
  return (
    <div className="theme-messages">
      <div className="theme-messages__head">
        <h3 className="subhead">{t('theme.messages')}</h3>
        {total > PAGE && (
          <Pager
            label={t('theme.messages')}
            offset={offset}
            page={PAGE}
            total={total}
            onOffset={setOffset}
            newer={t('theme.newer')}
            older={t('theme.older')}
            range={(n) => t('theme.range', n)}
            testId="theme-messages"
          />
        )}
      </div>
      {load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <ul className="theme-list" aria-label={t('theme.messagesLabel', { label: title })} data-testid="theme-messages">
          {load.data.messages.map((m) => (
            <Message key={m.id} m={m}>
              {id !== null && !pinned.includes(m.id) && (
                <button type="button" className="btn btn--ghost btn--small" onClick={() => pin(m.id)} data-testid="message-pin">
                  {t('theme.pin')}
                </button>
              )}
            </Message>
          ))}
        </ul>
      )}
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
    </div>
  );
}

/** A text with its author (a link to their member page), platform and date, and its actions. */
function Message({ m, pinned = false, children }: { m: ThemeQuote; pinned?: boolean; children?: React.ReactNode }) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const labels = useLabels();
  const client = useClient();
  return (
    <li className={`theme-msg${pinned ? ' theme-msg--pinned' : ''}`}>
      <p className="theme-msg__text">
        {pinned && <span className="badge badge--brand">{t('theme.pinned')}</span>} {m.text}
      </p>
      <p className="theme-msg__meta muted">
        <Link to="/client/$client/members/$person" params={{ client, person: String(m.person) }} className="evidence-link">
          {m.author || '—'}
        </Link>{' '}
        · {labels.platform(m.platform)} · {f.dateTime(m.at)}
        <span className="theme-msg__actions">{children}</span>
      </p>
    </li>
  );
}
