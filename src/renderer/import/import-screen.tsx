import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ImportResult } from '../../core/contract';
import { useBackend } from '../api/backend-context';
import { useClient } from '../app/client-context';
import { oneLine } from '../api/one-line';
import { Card, PageHeader } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { FilePicker } from './file-picker';
import { ImportResultView } from './import-result';
import { ProgressBar, useImportProgress } from './import-progress';
import { readBase64, type Picked } from './picked';

/** The import screen of the client in the URL; a new client starts from a blank form. */
export function ImportScreen() {
  const client = useClient();
  return <ImportForm key={client} client={client} />;
}

function ImportForm({ client }: { client: string }) {
  const { t } = useTranslation('import');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [brands, setBrands] = useState('');
  const [timezone, setTimezone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const progress = useImportProgress(client, busy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const uploads = await Promise.all(
        picked.flatMap((p) => (p.kind === 'upload' ? [readBase64(p.file).then((base64) => ({ name: p.label, base64 }))] : [])),
      );
      const paths = picked.flatMap((p) => (p.kind === 'path' ? [p.path] : []));
      const names = brands
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
      const res = await api['imports.start']({ client, paths, uploads, brands: names, ...(timezone ? { timezone } : {}) });
      setResult(res);
      setPicked([]);
      // Rebuild the analytics tables in the background while the result is read; a failure here
      // resurfaces, with its message, on the first metrics request, which retries the rebuild.
      void api['metrics.prepare']({ client }).catch(() => undefined);
    } catch (err) {
      setError(oneLine(err));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => void api['imports.cancel']({ client }).catch((err: unknown) => setError(oneLine(err)));

  if (result) {
    return (
      <>
        <PageHeader title={t('title', { client })} subtitle={t('subtitle')} />
        <ImportResultView result={result} onMore={() => setResult(null)} />
      </>
    );
  }

  // Where each platform's export is requested, and what to choose: the guide, one click away.
  const guide = (
    <Link className="btn btn--secondary" to="/guide" data-testid="import-guide">
      {tc('nav.guide')}
    </Link>
  );
  return (
    <>
      <PageHeader title={t('title', { client })} subtitle={t('subtitle')} actions={guide} />
      <form onSubmit={submit} className="stack">
        <Card title={t('chooseTitle')} subtitle={t('chooseSubtitle')}>
          <FilePicker picked={picked} onChange={setPicked} onError={setError} disabled={busy} />
        </Card>
        <Card title={t('optionsTitle')}>
          <div className="form form--two">
            <label className="field">
              <span className="field__label">{t('brandsLabel')}</span>
              <input
                className="input"
                value={brands}
                onChange={(e) => setBrands(e.target.value)}
                placeholder={t('brandsPlaceholder')}
                disabled={busy}
              />
              <span className="field__hint">{t('brandsHint')}</span>
            </label>
            <label className="field">
              <span className="field__label">{t('tzLabel')}</span>
              <TimeZoneSelect value={timezone} onChange={setTimezone} emptyLabel={t('tzDefault')} />
              <span className="field__hint">{t('tzHint')}</span>
            </label>
          </div>
        </Card>
        {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
        {busy && <ProgressBar progress={progress} />}
        <div className="form__actions form__actions--end">
          {busy && (
            <button type="button" className="btn btn--ghost" onClick={cancel}>
              {t('cancel')}
            </button>
          )}
          <button type="submit" className="btn btn--primary btn--large" disabled={busy || picked.length === 0}>
            {busy ? t('importing') : t('start')}
          </button>
        </div>
      </form>
    </>
  );
}
