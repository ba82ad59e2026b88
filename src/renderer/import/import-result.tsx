import { createColumnHelper } from '@tanstack/react-table';
import type { ImportResult, SourceSummary } from '../../core/contract';
import { describeSkip } from '../../core/errors';
import { uiLang } from '../api/lang';
import { hrefOf } from '../router';
import { Card } from '../ui/card';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { sourceBaseColumns, sourceColumn } from '../ui/source-columns';
import { importStrings as t } from './strings';

type Skipped = ImportResult['skipped'][number];

const sourceColumns: Columns<SourceSummary> = sourceColumn.columns(sourceBaseColumns(t.columns));

const skip = createColumnHelper<TableFeaturesUsed, Skipped>();
const skippedColumns: Columns<Skipped> = skip.columns([
  skip.accessor('file', { header: t.columns.file, cell: (i) => <span className="mono">{i.getValue()}</span> }),
  skip.accessor((s) => describeSkip(s.why, uiLang()), { id: 'reason', header: t.columns.reason }),
]);

export function ImportResultView({ result, onMore }: { result: ImportResult; onMore: () => void }) {
  // Files skipped although named like record files come first: their records are missing.
  const warnings = [...result.warnings, ...result.sources.flatMap((s) => s.warnings.map((w) => ({ file: s.file, warning: w })))];
  return (
    <Card
      title={t.resultTitle}
      className="card--success"
      actions={
        <>
          <button type="button" className="btn btn--ghost" onClick={onMore}>
            {t.importMore}
          </button>
          <a className="btn btn--primary" href={hrefOf({ name: 'summary', client: result.client })}>
            {t.seeSummary}
          </a>
        </>
      }
    >
      <p className="result-line" data-testid="import-result-line">
        {t.resultLine(result.sources.length, result.added.interactions, result.added.members, result.added.contents)}
      </p>
      <h3 className="subhead">{t.sourcesTitle}</h3>
      <DataTable columns={sourceColumns} data={result.sources} label={t.sourcesTitle} numeric={['records', 'added']} testId="import-sources" />
      {warnings.length > 0 && (
        <>
          <h3 className="subhead">{t.warningsTitle}</h3>
          <ul className="notes" data-testid="import-warnings">
            {warnings.map((w, i) => (
              <li key={i} className="notes__item notes__item--warn">
                <span className="mono">{w.file}</span> — {w.warning}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.skipped.length > 0 && (
        <>
          <h3 className="subhead">{t.skippedTitle}</h3>
          <p className="hint">{t.skippedHint}</p>
          <DataTable columns={skippedColumns} data={result.skipped} label={t.skippedTitle} testId="import-skipped" />
        </>
      )}
    </Card>
  );
}
