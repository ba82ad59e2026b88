import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationsPage } from '../../core/contract/conversations';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import type { ConversationsSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { ConversationTable } from './conversation-table';
import { ReadingView } from './reading-view';
import { SearchForm, type SearchPatch } from './search-form';
import '../styles/conversations.css';

const PAGE_SIZE = 20;

/**
 * The messages behind the numbers: conversations found by words, intent signal and the brand's
 * answer, within the shared filters, and one of them read in full. Every choice is in the URL, so
 * `…/conversations?signal=complaint&answered=false` (the responsiveness screen's link) and
 * `…/conversations?open=<id>` reopen the same view.
 */
export function ConversationsScreen() {
  const { t } = useTranslation('conversations');
  const { client, key } = useClientQuery();
  const search = useSearch({ from: '/client/$client/conversations' });
  const navigate = useNavigate({ from: '/client/$client/conversations' });
  const { api } = useBackend();
  const settings = useLoad(() => api['metrics.settings.get']({ client }), `settings:${client}`).load;
  const set = (patch: SearchPatch) =>
    void navigate({ search: (prev: ConversationsSearch) => clean({ ...prev, ...patch, open: undefined }) });
  const subtitle =
    settings.state === 'ready'
      ? t('subtitle', { gapMinutes: settings.data.conversationGapMinutes, threadHours: settings.data.threadGapHours })
      : t('subtitleShort');
  // A new search starts on its first page: the page lives in the results, keyed by everything searched.
  const resultsKey = JSON.stringify([key, search.q, search.signal, search.answered]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={subtitle} />
      <SearchForm search={search} onChange={set} />
      <div className={`conversations${search.open !== undefined ? ' conversations--reading' : ''}`}>
        {search.open !== undefined && <ReadingView client={client} id={search.open} q={search.q} signal={search.signal} />}
        <Results key={resultsKey} search={search} />
      </div>
    </>
  );
}

function Results({ search }: { search: ConversationsSearch }) {
  const { t } = useTranslation('conversations');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const { client, filter, key } = useClientQuery();
  const { api } = useBackend();
  const [page, setPage] = useState(0);
  const [indexing, setIndexing] = useState(false);
  const { load, reload } = useLoad(async () => {
    const words = search.q?.trim();
    if (words && !(await api['conversations.searchIndex']({ client })).ready) setIndexing(true);
    try {
      return await api['conversations.search']({
        client,
        filter,
        ...(words ? { q: words } : {}),
        ...(search.signal ? { signal: search.signal } : {}),
        ...(search.answered !== undefined ? { answered: search.answered } : {}),
        page,
        pageSize: PAGE_SIZE,
      });
    } finally {
      setIndexing(false);
    }
  }, `${key}:${page}`);
  // The last page shown stays while the next one loads: no jump, only a quieter table.
  const [shown, setShown] = useState<ConversationsPage | null>(null);
  useEffect(() => {
    if (load.state === 'ready') setShown(load.data);
  }, [load]);
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  if (!shown) return <Spinner label={indexing ? t('indexing') : tc('loading')} />;
  const from = shown.page * shown.pageSize;
  const summary = [
    shown.total === null ? t('result.uncounted') : t('result.conversations', { count: shown.total, n: f.int(shown.total) }),
    ...(shown.matchingMessages !== null ? [t('result.messages', { count: shown.matchingMessages, n: f.int(shown.matchingMessages) })] : []),
    ...(shown.rows.length > 0 ? [t('result.range', { from: f.int(from + 1), to: f.int(from + shown.rows.length) })] : []),
    shown.byMatch ? t('result.byMatch') : t('result.byStart'),
  ];
  const busy = load.state === 'loading';
  return (
    <section className="card conv-results" aria-busy={busy} aria-label={t('title')}>
      {shown.ignoredQuery && <p className="notes__item notes__item--warn">{t('ignored', { q: search.q ?? '' })}</p>}
      <div className="conv-results__head">
        <p className="conv-results__summary" data-testid="conversations-summary">
          {summary.join(' · ')}
        </p>
        {busy && <Spinner label={indexing ? t('indexing') : tc('loading')} />}
      </div>
      <div className={busy ? 'conv-results__table conv-results__table--busy' : 'conv-results__table'}>
        <ConversationTable client={client} page={shown} bySignal={search.signal !== undefined} openId={search.open} />
      </div>
      {(shown.page > 0 || shown.hasMore) && (
        <nav className="pager" aria-label={t('pager.label')}>
          <button type="button" className="btn btn--secondary btn--small" disabled={page === 0 || busy} onClick={() => setPage(page - 1)}>
            {t('pager.prev')}
          </button>
          <span className="pager__page">{f.int(shown.page + 1)}</span>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={!shown.hasMore || busy}
            onClick={() => setPage(page + 1)}
            data-testid="pager-next"
          >
            {t('pager.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

/** Drops unset keys, so the URL holds only what was chosen. */
function clean(s: ConversationsSearch): ConversationsSearch {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as ConversationsSearch;
}
