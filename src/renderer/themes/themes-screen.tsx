import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeMetrics } from '../../core/contract/themes';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { Card, PageHeader } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { LoadSlot } from '../ui/load-slot';
import { EmergingLine } from './emerging-line';
import { ThemeHeatmap } from './theme-heatmap';
import { ThemePanel } from './theme-panel';
import { ThemesTable } from './themes-table';
import { type ThemesRun, ThemesRunCard, ThemesRunEnd, useThemesRun } from './themes-run';
import type { ThemesSearch } from './themes-search';
import '../styles/themes.css';

/**
 * What the community talks about: the stored themes with their numbers under the shared filters, the
 * theme × time heatmap, the emerging ones, and a theme's quotes and texts with the consultant's edits.
 * Nothing is computed until asked: the first visit offers to find the themes.
 */
export function ThemesScreen() {
  const { t } = useTranslation('themes');
  const q = useClientQuery();
  const { api } = useBackend();
  const search = useSearch({ from: '/client/$client/themes' });
  const navigate = useNavigate({ from: '/client/$client/themes' });
  const setSearch = useCallback(
    (patch: Partial<ThemesSearch>) =>
      void navigate({
        search: (prev: ThemesSearch) =>
          Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined)) as ThemesSearch,
        replace: true,
      }),
    [navigate],
  );
  // bumped after a computation or an edit: the numbers are read again
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const { lang } = useLanguage();
  const metrics = useLoad(
    () => api['themes.metrics']({ client: q.client, filter: q.filter, interval: q.interval, lang }),
    `${q.key}:${lang}:${version}`,
  );
  // a run asked for here or started by an import: its progress above the themes, which it will replace
  const run = useThemesRun(q.client, changed);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {q.filter.segment && <p className="line-note muted">{t('segmentIgnored')}</p>}
      {run.running && <ThemesRunCard run={run} />}
      <ThemesRunEnd run={run} />
      <LoadSlot load={metrics.load} reload={metrics.reload} className="chart">
        {(m) =>
          m.computedAt === null ? (
            !run.running && <ComputeCard run={run} />
          ) : (
            <Themes m={m} search={search} setSearch={setSearch} changed={changed} run={run} />
          )
        }
      </LoadSlot>
    </>
  );
}

function Themes({
  m,
  search,
  setSearch,
  changed,
  run,
}: {
  m: ThemeMetrics;
  search: ThemesSearch;
  setSearch: (p: Partial<ThemesSearch>) => void;
  changed: () => void;
  run: ThemesRun;
}) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const rows = m.themes.filter((r) => search.hidden || !r.hidden);
  const open = search.theme === undefined ? undefined : search.theme === -1 ? null : m.themes.find((r) => r.id === search.theme);
  return (
    <>
      <RunBar m={m} showHidden={search.hidden ?? false} setSearch={setSearch} changed={changed} run={run} />
      <EmergingLine m={m} onOpen={(id) => setSearch({ theme: id })} />
      {open !== undefined && (
        <ThemePanel key={open?.id ?? -1} theme={open} all={m.themes} onClose={() => setSearch({ theme: undefined })} changed={changed} />
      )}
      <Card title={t('table.title')}>
        <ThemesTable rows={rows} onOpen={(id) => setSearch({ theme: id })} />
        <p className="card__footnote muted" data-testid="themes-unclassified">
          {t('unclassified.line', { count: m.unclassified.size, share: f.percent(m.unclassified.share) })}{' '}
          {m.unclassified.size > 0 && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => setSearch({ theme: -1 })}
              data-testid="open-unclassified"
            >
              {t('unclassified.open')}
            </button>
          )}
        </p>
      </Card>
      <Card title={t('heatmap.title')} subtitle={t(`heatmap.subtitle.${m.interval}`)}>
        <ThemeHeatmap rows={rows} m={m} onOpen={(id) => setSearch({ theme: id })} />
      </Card>
    </>
  );
}

/** When and how the themes were computed, the tree's cut, hidden themes shown, and computing again. */
function RunBar({
  m,
  showHidden,
  setSearch,
  changed,
  run,
}: {
  m: ThemeMetrics;
  showHidden: boolean;
  setSearch: (p: Partial<ThemesSearch>) => void;
  changed: () => void;
  run: ThemesRun;
}) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const q = useClientQuery();
  const { api } = useBackend();
  const [error, setError] = useState<string | null>(null);
  const cut = (themes: number) => api['themes.cut']({ client: q.client, themes }).then(changed, (e: unknown) => setError(oneLine(e)));
  const counts = Array.from({ length: Math.max(0, m.cut.leaves - 1) }, (_, i) => i + 2);
  return (
    <Card
      actions={!run.running && <ComputeButton again run={run} />}
      title={t('run.summary', { date: f.dateTime(m.computedAt!), texts: f.int(m.texts), seconds: f.decimal(m.seconds, 1) })}
    >
      <div className="themes-bar">
        <label className="field field--inline">
          <span className="field__label">{t('run.cut')}</span>
          <select
            className="input input--narrow"
            value={Math.min(Math.max(2, m.cut.themes), Math.max(2, m.cut.leaves))}
            onChange={(e) => void cut(Number(e.target.value))}
            data-testid="themes-cut"
            aria-describedby="themes-cut-hint"
          >
            {counts.map((n) => (
              <option key={n} value={n}>
                {f.int(n)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" id="themes-cut-hint">
          {t('run.cutHint', { leaves: m.cut.leaves })}
        </span>
        <label className="chip-toggle">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => setSearch({ hidden: e.target.checked || undefined })}
            data-testid="themes-show-hidden"
          />
          {t('run.showHidden')}
        </label>
      </div>
      {m.newTexts > 0 && (
        <p className="notes__item notes__item--warn" data-testid="themes-new-texts">
          {t('run.newTexts', { count: m.newTexts, n: f.int(m.newTexts) })}
        </p>
      )}
      {m.editsNotApplied > 0 && <p className="card__footnote muted">{t('run.notApplied', { count: m.editsNotApplied })}</p>}
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
    </Card>
  );
}

function ComputeCard({ run }: { run: ThemesRun }) {
  const { t } = useTranslation('themes');
  return (
    <Card title={t('compute.title')} className="card--accent">
      <p>{t('compute.intro')}</p>
      <ComputeButton run={run} />
    </Card>
  );
}

/** Computes the themes (a job of seconds in the database worker, its progress above with Cancel). */
function ComputeButton({ again = false, run }: { again?: boolean; run: ThemesRun }) {
  const { t } = useTranslation('themes');
  return (
    <button
      type="button"
      className={`btn ${again ? 'btn--secondary btn--small' : 'btn--primary'}`}
      onClick={run.start}
      data-testid="themes-compute"
    >
      {again ? t('compute.again') : t('compute.button')}
    </button>
  );
}
