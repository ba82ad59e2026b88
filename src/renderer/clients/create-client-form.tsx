import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { Card } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { machineTimeZone } from '../ui/format';

export function CreateClientForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation('clients');
  const { api } = useBackend();
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState(machineTimeZone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const info = await api['clients.create']({ name: name.trim(), timezone });
      setName('');
      onCreated(info.name);
    } catch (err) {
      setError(oneLine(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('newTitle')} subtitle={t('newSubtitle')}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('nameLabel')}</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('namePlaceholder')}
            required
            maxLength={80}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('tzLabel')}</span>
          <TimeZoneSelect value={timezone} onChange={setTimezone} />
        </label>
        {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
        <div className="form__actions">
          <button className="btn btn--primary" type="submit" disabled={busy || !name.trim()}>
            {busy ? t('creating') : t('create')}
          </button>
        </div>
      </form>
    </Card>
  );
}
