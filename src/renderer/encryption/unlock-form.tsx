import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLanguage } from '../i18n/i18n';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import '../styles/encryption.css';

/** The passphrase asked for before an encrypted client opens (clients.unlock); a wrong one is said in one line. */
export function UnlockForm({ client, onUnlocked }: { client: string; onUnlocked: () => void }) {
  const { t } = useTranslation('encryption');
  const { lang } = useLanguage();
  const { api } = useBackend();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api['clients.unlock']({ client, passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (err) {
      setError(oneLine(err, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="page">
      <PageHeader title={client} />
      <Card title={t('unlock.title')} subtitle={t('unlock.subtitle')} className="unlock">
        <form className="form" onSubmit={submit} data-testid="unlock-form">
          <label className="field">
            <span className="field__label">{t('unlock.label', { client })}</span>
            <input
              className="input"
              type="password"
              autoComplete="current-password"
              autoFocus
              required
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              data-testid="unlock-passphrase"
            />
          </label>
          {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={busy || passphrase === ''}>
              {t('unlock.submit')}
            </button>
            {busy && <Spinner label={t('unlock.busy')} />}
          </div>
        </form>
      </Card>
    </main>
  );
}
