import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useLanguage } from '../i18n/i18n';
import { Card, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import '../styles/encryption.css';

type Done = 'doneSet' | 'doneChange' | 'doneRemove';

/**
 * Sets, changes or removes the client's passphrase (clients.passphrase). The current one is asked for
 * whenever the client is encrypted, the new one twice; the warning that a lost passphrase is lost for good
 * stays in view.
 */
export function PassphraseCard({ client }: { client: string }) {
  const { t } = useTranslation('encryption');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['clients.list']({}), `passphrase:${client}`);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const encrypted = load.state === 'ready' && load.data.some((c) => c.name === client && c.encrypted);

  const run = async (nextPassphrase: string | null, outcome: Done) => {
    setError(null);
    setDone(null);
    if (nextPassphrase !== null && nextPassphrase !== confirm) {
      setError(t('card.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await api['clients.passphrase']({ client, current: encrypted ? current : undefined, next: nextPassphrase });
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(outcome);
      reload();
    } catch (err) {
      setError(oneLine(err, lang));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(next, encrypted ? 'doneChange' : 'doneSet');
  };
  const password = (id: string, label: string, value: string, set: (v: string) => void, auto: string, hint?: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type="password"
        autoComplete={auto}
        value={value}
        onChange={(e) => set(e.target.value)}
        data-testid={`passphrase-${id}`}
      />
      {hint && <span className="field__hint">{hint}</span>}
    </label>
  );
  return (
    <Card title={t('card.title')} subtitle={load.state === 'ready' ? t(encrypted ? 'card.encrypted' : 'card.plain') : undefined}>
      {load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <form className="form" onSubmit={submit} data-testid="passphrase-form">
          <p className="notes__item notes__item--warn">{t('card.warning')}</p>
          <div className="passphrase__fields">
            {encrypted && password('current', t('card.current'), current, setCurrent, 'current-password')}
            {password('next', t('card.next'), next, setNext, 'new-password', t('card.nextHint'))}
            {password('confirm', t('card.confirm'), confirm, setConfirm, 'new-password')}
          </div>
          {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={busy || next === '' || (encrypted && current === '')}>
              {t(encrypted ? 'card.change' : 'card.set')}
            </button>
            {encrypted && (
              <button type="button" className="btn" disabled={busy || current === ''} onClick={() => void run(null, 'doneRemove')}>
                {t('card.remove')}
              </button>
            )}
            {busy && <Spinner label={t('card.busy')} />}
            {done && !busy && (
              <span className="settings__saved" role="status">
                {t(`card.${done}`)}
              </span>
            )}
          </div>
        </form>
      )}
    </Card>
  );
}
