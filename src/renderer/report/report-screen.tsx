import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportBranding, type ReportRequest } from '../../core/contract/reports';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import { useLanguage } from '../i18n/i18n';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { BrandingForm } from './branding-form';
import { ReportExport } from './report-export';
import { ReportOptions, type ReportChoice } from './report-options';
import '../styles/report.css';

/**
 * The report screen: what goes in (language, sections, pseudonymisation, branding) beside a live
 * preview of the very HTML that is printed, then the PDF, HTML and CSV exports. The period and
 * platforms are the shared filters'.
 */
export function ReportScreen() {
  const { client, filter, key } = useClientQuery();
  const { t } = useTranslation('report');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useBackend();
  const [choice, setChoice] = useState<ReportChoice>({ lang, sections: [...REPORT_SECTIONS], pseudonymize: false });
  const stored = useLoad(() => api['reports.branding.get']({ client }), `branding:${client}`);
  const [branding, setBranding] = useState<ReportBranding | null>(null);
  useEffect(() => {
    if (stored.load.state === 'ready') setBranding(stored.load.data);
  }, [stored.load]);
  const request: ReportRequest = useMemo(
    () => ({
      client,
      filter: { from: filter.from, to: filter.to, platforms: filter.platforms },
      lang: choice.lang,
      sections: choice.sections,
      pseudonymize: choice.pseudonymize,
      branding: branding ?? undefined,
    }),
    [client, filter, choice, branding],
  );
  const ready = branding !== null && choice.sections.length > 0;
  // Keyed on everything the report depends on: an answer for an older choice is dropped by useLoad.
  const preview = useLoad(
    () => (ready ? api['reports.render'](request) : new Promise<never>(() => {})),
    `report:${key}:${JSON.stringify(choice)}:${JSON.stringify(branding)}`,
  );
  const rendered = preview.load.state === 'ready' ? preview.load.data : null;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="report-layout">
        <div className="stack report-layout__side">
          <Card title={t('options')}>
            <ReportOptions choice={choice} onChange={setChoice} />
          </Card>
          <Card title={t('branding')} subtitle={t('brandingHint')}>
            {stored.load.state === 'error' && <ErrorLine message={stored.load.error} onRetry={stored.reload} />}
            {branding && <BrandingForm client={client} branding={branding} onChange={setBranding} />}
          </Card>
          <Card title={t('export')}>
            <ReportExport request={request} rendered={rendered} client={client} />
          </Card>
        </div>
        <Card
          title={t('preview')}
          className="report-layout__preview"
          subtitle={
            rendered ? t('rendered', { seconds: (rendered.ms / 1000).toLocaleString(lang, { maximumFractionDigits: 1 }) }) : undefined
          }
        >
          {choice.sections.length === 0 && <p className="muted">{t('noSection')}</p>}
          {ready && preview.load.state === 'loading' && <Spinner label={tc('loading')} />}
          {preview.load.state === 'error' && <ErrorLine message={preview.load.error} onRetry={preview.reload} />}
          {rendered && (
            // No script, no same origin: the report is a document to look at, nothing more.
            <iframe className="report-preview" sandbox="" srcDoc={rendered.html} title={t('previewTitle')} data-testid="report-preview" />
          )}
        </Card>
      </div>
    </>
  );
}
