import { useNavigate, useSearch } from '@tanstack/react-router';
import { type Dispatch, type SetStateAction, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '../../core/domain/kinds';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import type { MembersSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { EvidenceBanner } from './evidence-banner';
import { evidenceOf, TIERS, type TierId } from './member-rows';
import { MergeSuggestions } from './merge-suggestions';
import { type GridFilters, MembersGrid } from './members-grid';
import '../styles/members.css';

/**
 * Every member of a client in one grid, or the members behind a number of another screen (the URL's
 * evidence: `?step=deep`, `?cohort=…&n=…`, `?lifecycle=…&period=…`, `?active=true`), with the identity
 * merges to review. The rows arrive once per filter as columns (members.list) and are sorted, searched
 * and drawn in the page.
 */
export function MembersScreen() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const { client, filter, interval } = useClientQuery();
  const search: MembersSearch = useSearch({ from: '/client/$client/members' });
  const evidence = useMemo(() => evidenceOf(search), [search]);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify([client, filter, interval, evidence, version]);
  const { load, reload } = useLoad(() => api['members.list']({ client, filter, interval, evidence }), key);
  const hasEvidence = Object.keys(evidence).length > 0;
  // Held here, not in the grid: the grid is unmounted while a new period loads, and the search, tier and
  // platform the user chose (and the text search's pending write to the URL) must outlive it.
  const [filters, setFilters] = useState<GridFilters>({ query: search.q ?? '', tier: 'all', platform: 0 });
  const navigate = useNavigate({ from: '/client/$client/members' });
  // The text search is kept in the URL (a link reopens it), written once typing pauses; a link or the
  // history that changes it in the URL changes it in the box.
  const written = useRef(search.q ?? '');
  useEffect(() => {
    const q = search.q ?? '';
    if (q === written.current) return;
    written.current = q;
    setFilters((x) => ({ ...x, query: q }));
  }, [search.q]);
  useEffect(() => {
    const q = filters.query.trim();
    if (q === written.current) return;
    const id = setTimeout(() => {
      written.current = q;
      void navigate({ search: (prev: MembersSearch) => ({ ...prev, q: q || undefined }), replace: true });
    }, 300);
    return () => clearTimeout(id);
  }, [filters.query, navigate]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {hasEvidence && <EvidenceBanner evidence={evidence} interval={interval} />}
      <Card className="members-card">
        {load.state === 'error' ? (
          <ErrorLine message={load.error} onRetry={reload} />
        ) : load.state === 'loading' ? (
          <div className="members-grid__loading">
            <Spinner label={t('loadingRows')} />
          </div>
        ) : (
          <MembersGridWithTools data={load.data} client={client} filters={filters} setFilters={setFilters} />
        )}
      </Card>
      {/* After the grid, and asked for once it has arrived: the client's requests are served one at a time. */}
      {!hasEvidence && (load.state === 'ready' || version > 0) && (
        <MergeSuggestions client={client} onMerged={() => setVersion((v) => v + 1)} />
      )}
      <span className="visually-hidden" aria-live="polite">
        {load.state === 'loading' ? tc('loading') : ''}
      </span>
    </>
  );
}

function MembersGridWithTools({
  data,
  client,
  filters: chosen,
  setFilters,
}: {
  data: Parameters<typeof MembersGrid>[0]['data'];
  client: string;
  filters: GridFilters;
  setFilters: Dispatch<SetStateAction<GridFilters>>;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const present = useMemo(() => {
    const bits = data.platformBits.reduce((a, b) => a | b, 0);
    return data.platforms.map((p, i) => ({ p, bit: 1 << i })).filter((x) => bits & x.bit && (PLATFORMS as readonly string[]).includes(x.p));
  }, [data]);
  // A platform chosen before the shared filters left it out no longer narrows anything.
  const filters = present.some((x) => x.bit === chosen.platform) ? chosen : { ...chosen, platform: 0 };
  return (
    <MembersGrid
      data={data}
      client={client}
      filters={filters}
      toolbar={({ shown, exportCsv, columnsMenu }) => (
        <div className="members-tools" role="search">
          <label className="members-tools__search">
            <span className="visually-hidden">{t('search')}</span>
            <input
              className="input"
              type="search"
              value={filters.query}
              placeholder={t('searchPlaceholder')}
              aria-label={t('search')}
              onChange={(e) => setFilters((x) => ({ ...x, query: e.target.value }))}
              data-testid="members-search"
            />
          </label>
          <label className="members-tools__field">
            <span className="filters__label">{t('tierFilter')}</span>
            <select
              value={filters.tier}
              onChange={(e) => setFilters((x) => ({ ...x, tier: e.target.value as TierId | 'all' }))}
              data-testid="members-tier"
            >
              <option value="all">{t('tiers.all')}</option>
              {[1, 2, 3, 0].map((n) => (
                <option key={n} value={TIERS[n]}>
                  {t(`tiers.${TIERS[n]!}`)}
                </option>
              ))}
            </select>
          </label>
          {present.length > 1 && (
            <label className="members-tools__field">
              <span className="filters__label">{t('platformFilter')}</span>
              <select
                value={filters.platform}
                onChange={(e) => setFilters((x) => ({ ...x, platform: Number(e.target.value) }))}
                data-testid="members-platform"
              >
                <option value={0}>{t('anyPlatform')}</option>
                {present.map(({ p, bit }) => (
                  <option key={p} value={bit}>
                    {labels.platform(p)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {columnsMenu}
          <span className="members-tools__count" data-testid="members-count" aria-live="polite">
            {t('countLine', { count: data.total, shown: f.int(shown), total: f.int(data.total) })}
          </span>
          <button type="button" className="btn btn--ghost btn--small" onClick={exportCsv} disabled={shown === 0} data-testid="members-csv">
            {tc('exportCsv')}
          </button>
        </div>
      )}
    />
  );
}
