import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/contract';
import type { ConversationRow, ConversationsPage } from '../../core/contract/conversations';
import { toCsv } from '../../core/util/csv-writer';
import { oneLine } from '../api/one-line';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import type { ConversationsSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { download, fileSlug } from '../ui/download';
import { useLabels } from '../ui/labels';
import { CSV_MAX_ROWS, conversationColumns } from './conversations-csv';
import { PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { ConversationTable } from './conversation-table';
import { ReadingView } from './reading-view';
import { SearchForm, type SearchPatch } from './search-form';
import '../styles/conversations.css';

const PAGE_SIZE = 20;

/** A search of the list, without its page. */
type ConversationsQueryInput = Omit<MethodInput<'conversations.search'>, 'page' | 'pageSize'>;

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
  const query: ConversationsQueryInput = {
    client,
    filter,
    ...(search.q?.trim() ? { q: search.q.trim() } : {}),
    ...(search.signal ? { signal: search.signal } : {}),
    ...(search.answered !== undefined ? { answered: search.answered } : {}),
  };
  const { load, reload } = useLoad(async () => {
    if (query.q && !(await api['conversations.searchIndex']({ client })).ready) setIndexing(true);
    try {
      return await api['conversations.search']({ ...query, page, pageSize: PAGE_SIZE });
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
        {shown.rows.length > 0 && <ExportList query={query} bySignal={search.signal !== undefined} />}
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

/**
 * The whole list as a CSV (not only the page on screen): the pages fetched a hundred at a time, up to
 * CSV_MAX_ROWS, written with the table's columns; semicolons and decimal commas in French.
 */
function ExportList({ query, bySignal }: { query: ConversationsQueryInput; bySignal: boolean }) {
  const { t } = useTranslation('conversations');
  const { lang } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const { api } = useBackend();
  const [state, setState] = useState<'idle' | 'busy' | 'capped'>('idle');
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setState('busy');
    setError(null);
    try {
      const rows: ConversationRow[] = [];
      let last: ConversationsPage | null = null;
      for (let page = 0; rows.length < CSV_MAX_ROWS && (last === null || last.hasMore); page++) {
        last = await api['conversations.search']({ ...query, page, pageSize: 100 });
        rows.push(...last.rows);
      }
      const cols = conversationColumns({ byMatch: last!.byMatch, bySignal, tz: last!.timezone }, t, f, labels);
      const body = rows.slice(0, CSV_MAX_ROWS).map((r) => cols.map((c) => c.value(r)));
      download(
        `${t('csvName')}-${fileSlug(query.client)}.csv`,
        toCsv(
          cols.map((c) => c.header),
          body,
          lang === 'fr' ? ';' : ',',
        ),
      );
      setState(last!.hasMore || rows.length > CSV_MAX_ROWS ? 'capped' : 'idle');
    } catch (err) {
      setError(oneLine(err, lang));
      setState('idle');
    }
  };
  return (
    <span className="conv-export">
      {state === 'capped' && <span className="hint">{t('csv.capped', { n: f.int(CSV_MAX_ROWS) })}</span>}
      {error && (
        <span className="conv-export__error" role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="btn btn--ghost btn--small"
        disabled={state === 'busy'}
        onClick={() => void run()}
        data-testid="conversations-csv"
      >
        {state === 'busy' ? t('csv.busy') : t('csv.button')}
      </button>
    </span>
  );
}

/** Drops unset keys, so the URL holds only what was chosen. */
function clean(s: ConversationsSearch): ConversationsSearch {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as ConversationsSearch;
}
