import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import { RESULT_LISTED as LISTED, type ImportResult, type SourceSummary } from '../../core/contract';
import { describeSkip } from '../../core/errors';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { useLabels } from '../ui/labels';
import { Card } from '../ui/card';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { sourceBaseColumns, sourceColumn } from '../ui/source-columns';

type Skipped = ImportResult['skipped'][number];

const skip = createColumnHelper<TableFeaturesUsed, Skipped>();

export function ImportResultView({ result, onMore }: { result: ImportResult; onMore: () => void }) {
  const { t } = useTranslation('import');
  const f = useFormat();
  return (
    <Card
      title={t('resultTitle')}
      className="card--success"
      actions={
        <>
          <button type="button" className="btn btn--ghost" onClick={onMore}>
            {t('importMore')}
          </button>
          <Link className="btn btn--primary" to="/client/$client" params={{ client: result.client }}>
            {t('seeSummary')}
          </Link>
        </>
      }
    >
      <p className="result-line" data-testid="import-result-line">
        {t('resultLine', {
          count: result.sources.length,
          interactions: f.int(result.added.interactions),
          members: f.int(result.added.members),
          contents: f.int(result.added.contents),
        })}
      </p>
      {result.themesRerun && (
        <p className="line-note" data-testid="import-themes-rerun">
          {t('themesRerun')}{' '}
          <Link to="/client/$client/themes" params={{ client: result.client }}>
            {t('seeThemes')}
          </Link>
        </p>
      )}
      <ImportResultDetails result={result} />
    </Card>
  );
}

export { LISTED };

/**
 * What the import read, skipped and warned of. Long lists are cut at LISTED rows, saying how many there
 * are: a table of every file of an Instagram archive (111k rows) would hold the screen for minutes, and
 * the overview lists them all, grouped by archive.
 */
export function ImportResultDetails({ result }: { result: ImportResult }) {
  const { t } = useTranslation('import');
  const labels = useLabels();
  const { lang } = useLanguage();
  const f = useFormat();
  const sourceColumns: Columns<SourceSummary> = useMemo(
    () => sourceColumn.columns(sourceBaseColumns(t('columns', { returnObjects: true }), labels, f)),
    [t, labels, f],
  );
  const skippedColumns: Columns<Skipped> = useMemo(
    () =>
      skip.columns([
        skip.accessor('file', { header: t('columns.file'), cell: (i) => <span className="mono">{i.getValue()}</span> }),
        skip.accessor((s) => describeSkip(s.why, lang), { id: 'reason', header: t('columns.reason') }),
      ]),
    [t, lang],
  );
  // Files skipped although named like record files come first: their records are missing.
  const warnings = [...result.warnings, ...result.sources.flatMap((s) => s.warnings.map((w) => ({ file: s.file, warning: w })))];
  const more = (key: 'moreFiles' | 'moreSkipped' | 'moreWarnings', total: number, testId: string) =>
    total > LISTED && (
      <p className="hint" data-testid={testId}>
        {t(key, { shown: f.int(LISTED), total: f.int(total) })}
      </p>
    );
  return (
    <>
      <h3 className="subhead">{t('sourcesTitle')}</h3>
      <DataTable
        columns={sourceColumns}
        data={result.sources.slice(0, LISTED)}
        label={t('sourcesTitle')}
        numeric={['records', 'added']}
        testId="import-sources"
      />
      {more('moreFiles', result.sources.length, 'import-sources-more')}
      {warnings.length > 0 && (
        <>
          <h3 className="subhead">{t('warningsTitle')}</h3>
          <ul className="notes" data-testid="import-warnings">
            {warnings.slice(0, LISTED).map((w, i) => (
              <li key={i} className="notes__item notes__item--warn">
                <span className="mono">{w.file}</span> — {w.warning}
              </li>
            ))}
          </ul>
          {more('moreWarnings', warnings.length, 'import-warnings-more')}
        </>
      )}
      {result.skipped.length > 0 && (
        <>
          <h3 className="subhead">{t('skippedTitle')}</h3>
          <p className="hint">{t('skippedHint')}</p>
          <DataTable columns={skippedColumns} data={result.skipped.slice(0, LISTED)} label={t('skippedTitle')} testId="import-skipped" />
          {more('moreSkipped', result.skipped.length, 'import-skipped-more')}
        </>
      )}
    </>
  );
}
