import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useLanguage } from '../i18n/i18n';
import { Card, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { TimeZoneSelect } from '../ui/time-zone-select';

const splitNames = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The client's time zone and brand names (settings.get / settings.update): saving re-keys the days and rebuilds the analytics. */
export function ClientSettings({ client }: { client: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['settings.get']({ client }), `client-settings:${client}`);
  const [timezone, setTimezone] = useState('');
  const [brands, setBrands] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (load.state !== 'ready') return;
    setTimezone(load.data.timezone);
    setBrands(load.data.brands.join(', '));
  }, [load]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await api['settings.update']({ client, timezone, brands: splitNames(brands) });
      setTimezone(next.timezone);
      setBrands(next.brands.join(', '));
      setSaved(true);
    } catch (err) {
      setError(oneLine(err, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('client.title')} subtitle={t('client.subtitle')}>
      {load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <form className="form" onSubmit={submit} data-testid="client-settings">
          <div className="form--two">
            <label className="field">
              <span className="field__label">{t('client.tz')}</span>
              <TimeZoneSelect value={timezone} onChange={setTimezone} id="settings-tz" />
              <span className="field__hint">{t('client.tzHint')}</span>
            </label>
            <label className="field">
              <span className="field__label">{t('client.brands')}</span>
              <input className="input" value={brands} onChange={(e) => setBrands(e.target.value)} data-testid="settings-brands" />
              <span className="field__hint">{t('client.brandsHint')}</span>
            </label>
          </div>
          {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={busy} data-testid="client-settings-save">
              {t('client.save')}
            </button>
            {busy && <Spinner label={t('saving')} />}
            {saved && !busy && (
              <span className="settings__saved" role="status">
                {t('saved')}
              </span>
            )}
          </div>
        </form>
      )}
    </Card>
  );
}
