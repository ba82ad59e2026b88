import { Link } from '@tanstack/react-router';
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationThread, IntentSignal, ThreadMessage } from '../../core/contract/conversations';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useFormat } from '../i18n/format';
import { Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { answerLabel, placeLabel } from './conversation-labels';
import { Highlighted } from './text-parts';

/**
 * One conversation in order: who wrote each message (the brand's marked), when (in the client's time
 * zone), its intent signals, the words searched for marked; and the messages just before and after it
 * in the same place. Opened from the list or by `?open=<id>`; closing drops `open` from the URL.
 */
export function ReadingView({ client, id, q, signal }: { client: string; id: number; q?: string; signal?: IntentSignal }) {
  const { t } = useTranslation('conversations');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const heading = useRef<HTMLHeadingElement>(null);
  const { load, reload } = useLoad(
    () => api['conversations.read']({ client, id, ...(q ? { q } : {}), ...(signal ? { signal } : {}) }),
    JSON.stringify([client, id, q, signal]),
  );
  // The reader takes the focus when a conversation opens, so a keyboard user lands on what they chose.
  useEffect(() => {
    if (load.state === 'ready') heading.current?.focus();
  }, [load.state, id]);
  const close = (
    <Link
      to="/client/$client/conversations"
      params={{ client }}
      search={(prev: object) => ({ ...prev, open: undefined })}
      className="btn btn--secondary btn--small"
      data-testid="reader-close"
    >
      {t('reader.close')}
    </Link>
  );
  return (
    <section className="card reader" aria-label={t('reader.label')} data-testid="reader">
      {load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
      {load.state === 'ready' && load.data.conversation === null && (
        <div className="reader__missing">
          <p>{t('reader.missing')}</p>
          {close}
        </div>
      )}
      {load.state === 'ready' && load.data.conversation !== null && (
        <Thread thread={load.data} close={close} heading={heading} bySignal={signal !== undefined} />
      )}
    </section>
  );
}

function Thread({
  thread,
  close,
  heading,
  bySignal,
}: {
  thread: ConversationThread;
  close: ReactNode;
  heading: RefObject<HTMLHeadingElement | null>;
  bySignal: boolean;
}) {
  const { t } = useTranslation('conversations');
  const f = useFormat();
  const labels = useLabels();
  const c = thread.conversation!;
  const tz = thread.timezone;
  const answer = answerLabel(c, false, t, f);
  return (
    <>
      <header className="reader__header">
        <div>
          <h2 className="card__title" ref={heading} tabIndex={-1} data-testid="reader-title">
            {labels.platform(c.platform)} · {placeLabel(c.place, t)}
          </h2>
          <p className="card__subtitle">
            {[
              c.starter === null ? t('reader.openedByBrand') : t('reader.opened', { starter: c.starter }),
              t('reader.messages', { count: c.messages, n: f.int(c.messages) }),
              `${f.dateTime(c.firstAt, tz)} – ${f.dateTime(c.lastAt, tz)}`,
            ].join(' · ')}
            {answer.tone !== 'none' && (
              <>
                {' · '}
                <span className={`answer answer--${answer.tone}`} title={answer.title}>
                  {answer.text}
                </span>
              </>
            )}
          </p>
          <p className="hint">{t('reader.times', { tz })}</p>
        </div>
        <div className="card__actions">{close}</div>
      </header>
      <h3 className="subhead">{t('reader.earlier')}</h3>
      <Messages messages={thread.before} tz={tz} context empty={t('reader.nothingBefore')} testId="reader-before" />
      <h3 className="subhead">{t('reader.this')}</h3>
      <div className="reader__body">
        {thread.skippedBefore > 0 && (
          <p className="reader__skipped">{t('reader.skippedBefore', { count: thread.skippedBefore, n: f.int(thread.skippedBefore) })}</p>
        )}
        <Messages messages={thread.messages} tz={tz} testId="reader-messages" bySignal={bySignal} />
        {thread.skippedAfter > 0 && (
          <p className="reader__skipped">{t('reader.skippedAfter', { count: thread.skippedAfter, n: f.int(thread.skippedAfter) })}</p>
        )}
      </div>
      <h3 className="subhead">{t('reader.later')}</h3>
      <Messages messages={thread.after} tz={tz} context empty={t('reader.nothingAfter')} testId="reader-after" />
    </>
  );
}

function Messages({
  messages,
  tz,
  context = false,
  empty,
  testId,
  bySignal = false,
}: {
  messages: ThreadMessage[];
  tz: string;
  context?: boolean;
  empty?: string;
  testId: string;
  bySignal?: boolean;
}) {
  const { t } = useTranslation('conversations');
  const f = useFormat();
  const labels = useLabels();
  if (messages.length === 0) return <p className="hint reader__none">{empty}</p>;
  return (
    <ol className={`thread${context ? ' thread--context' : ''}`} data-testid={testId}>
      {messages.map((m) => (
        <li
          key={m.id}
          className={`msg${m.brand ? ' msg--brand' : ''}${m.match ? ' msg--match' : ''}`}
          data-testid={m.match ? 'reader-match' : undefined}
        >
          <div className="msg__meta">
            <span className="msg__author">{m.author}</span>
            {m.brand && <span className="badge badge--brand">{t('brand')}</span>}
            <time className="msg__time" dateTime={m.at}>
              {f.dateTime(m.at, tz)}
            </time>
            {m.platform !== messages[0]!.platform && <span className="muted">{labels.platform(m.platform)}</span>}
            {m.signals.map((s) => (
              <span key={s} className={`signal signal--${s}${bySignal && m.match ? ' signal--on' : ''}`}>
                {t(`signals.${s}`)}
              </span>
            ))}
            {m.match && <span className="visually-hidden">{t('reader.match')}</span>}
          </div>
          <p className="msg__text">
            {m.text.length > 0 ? <Highlighted parts={m.text} /> : <span className="muted">{t('reader.empty')}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
