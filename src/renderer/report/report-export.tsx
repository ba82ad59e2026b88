import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRendered, ReportRequest } from '../../core/contract/reports';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLanguage } from '../i18n/i18n';
import { download, fileSlug } from '../ui/download';
import { ErrorLine } from '../ui/error-line';
import { Spinner } from '../ui/card';

function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

/** The report as a PDF (printed by the shell, with the time it is taking), as its HTML, and its tables as CSV. */
export function ReportExport({ request, rendered, client }: { request: ReportRequest; rendered: ReportRendered | null; client: string }) {
  const { t } = useTranslation('report');
  const { lang } = useLanguage();
  const { api } = useBackend();
  const [printing, setPrinting] = useState<{ since: number; now: number } | null>(null);
  const [result, setResult] = useState<{ error?: string; seconds?: number }>({});
  useEffect(() => {
    if (!printing) return;
    const timer = setInterval(() => setPrinting((p) => p && { ...p, now: Date.now() }), 250);
    return () => clearInterval(timer);
  }, [printing !== null]);
  const name = fileSlug(`${rendered?.title ?? 'report'} ${client}`);
  const pdf = async () => {
    const since = Date.now();
    setPrinting({ since, now: since });
    setResult({});
    try {
      const res = await api['reports.pdf'](request);
      download(`${name}.pdf`, pdfBlob(res.pdfBase64), 'application/pdf');
      setResult({ seconds: (Date.now() - since) / 1000 });
    } catch (err) {
      setResult({ error: oneLine(err, lang) });
    } finally {
      setPrinting(null);
    }
  };
  const seconds = (x: number) => x.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <div className="form">
      <div className="form__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void pdf()}
          disabled={printing !== null || !rendered}
          data-testid="report-pdf"
        >
          {t('pdf')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!rendered}
          onClick={() => rendered && download(`${name}.html`, rendered.html, 'text/html;charset=utf-8')}
          data-testid="report-html"
        >
          {t('html')}
        </button>
        {printing && <Spinner label={t('printing', { seconds: seconds((printing.now - printing.since) / 1000) })} />}
        {result.seconds !== undefined && <span role="status">{t('printed', { seconds: seconds(result.seconds) })}</span>}
      </div>
      {result.error && <ErrorLine message={result.error} onDismiss={() => setResult({})} />}
      {rendered && rendered.tables.length > 0 && (
        <div className="field">
          <span className="field__label">{t('csv')}</span>
          <span className="field__hint">{t('csvHint')}</span>
          <ul className="report-tables">
            {rendered.tables.map((table) => (
              <li key={table.name}>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => download(`${table.name}.csv`, table.csv)}
                  data-testid={`report-csv-${table.name}`}
                >
                  {table.name}.csv
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
