import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClient } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { usePostTitle } from './content-depth';

const PAGE = 25;

/**
 * The interactions imported on one post, newest first, a page at a time: who (the member, or the
 * brand), what kind, the text, when. A panel at the side of the funnel, opened from the content depth
 * view (the post is in the URL); Escape or its button closes it.
 */
export function PostInteractions({ contentId, onClose }: { contentId: number; onClose: () => void }) {
  const { t } = useTranslation('funnel');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const title = usePostTitle();
  const client = useClient();
  const { api } = useBackend();
  // Keyed by the post where it is used, so another post starts on its first page.
  const [offset, setOffset] = useState(0);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const { load, reload } = useLoad(
    () => api['contents.interactions']({ client, contentId, offset, limit: PAGE }),
    `${client}:${contentId}:${offset}`,
  );
  const ready = load.state === 'ready' ? load.data : null;
  const heading = ready
    ? t('post.title', { title: title({ title: ready.content.title, format: ready.content.kind, at: ready.content.at }) })
    : t('content.open');
  return (
    <aside className="drawer" role="dialog" aria-label={heading} data-testid="post-panel">
      <header className="drawer__header">
        <div>
          <h2 className="card__title">{heading}</h2>
          {ready && <p className="card__subtitle">{t('post.subtitle', { count: ready.total, n: f.int(ready.total) })}</p>}
        </div>
        <button ref={closeRef} type="button" className="btn btn--ghost btn--small" onClick={onClose} data-testid="post-close">
          {t('post.close')}
        </button>
      </header>
      <div className="drawer__body">
        {load.state === 'loading' && <Spinner label={tc('loading')} />}
        {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
        {ready && ready.total === 0 && (
          <p className="muted" data-testid="post-none">
            {t('post.none')}
          </p>
        )}
        {ready && ready.total > 0 && (
          <>
            <ol className="post-list" data-testid="post-interactions">
              {ready.interactions.map((x) => (
                <li key={x.id} className={`post-list__item post-list__item--${x.direction}`}>
                  <div className="post-list__meta">
                    <span className="strong">{x.author}</span>
                    {x.handle && x.handle !== x.author && !/^https?:/.test(x.handle) && <span className="muted">@{x.handle}</span>}
                    {x.direction === 'outbound' && <span className="badge badge--brand">{t('post.brand')}</span>}
                    <span className="post-list__kind">{labels.kind(x.kind)}</span>
                    <time className="post-list__at" dateTime={x.at}>
                      {f.dateTime(x.at, ready.timezone)}
                    </time>
                  </div>
                  {x.text && <p className="post-list__text">{x.text}</p>}
                </li>
              ))}
            </ol>
            <div className="pager">
              <button
                type="button"
                className="btn btn--ghost btn--small"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
                data-testid="post-newer"
              >
                {t('post.newer')}
              </button>
              <span className="muted" data-testid="post-page">
                {t('post.page', { from: f.int(offset + 1), to: f.int(offset + ready.interactions.length), total: f.int(ready.total) })}
              </span>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                disabled={offset + PAGE >= ready.total}
                onClick={() => setOffset(offset + PAGE)}
                data-testid="post-older"
              >
                {t('post.older')}
              </button>
            </div>
          </>
        )}
      </div>
    </aside>
  );
}
