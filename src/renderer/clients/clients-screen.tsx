import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { useNavigate } from '@tanstack/react-router';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { ClientsTable } from './clients-table';
import { CreateClientForm } from './create-client-form';

export function ClientsScreen() {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['clients.list']({}), 'clients');
  const [demoBusy, setDemoBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const runDemo = async () => {
    setDemoBusy(true);
    setError(null);
    try {
      const info = await api['clients.createDemo']({ name: 'demo' });
      void navigate({ to: '/client/$client', params: { client: info.name } });
    } catch (err) {
      setError(oneLine(err));
      setDemoBusy(false);
    }
  };

  const remove = useCallback(
    async (name: string) => {
      setError(null);
      try {
        await api['clients.delete']({ name });
      } catch (err) {
        setError(oneLine(err));
      }
      reload();
    },
    [api, reload],
  );

  const hasDemo = load.state === 'ready' && load.data.some((c) => c.name === 'demo');
  return (
    <main className="page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
      <div className="split">
        <Card title={t('listTitle')}>
          {load.state === 'loading' && <Spinner label={tc('loading')} />}
          {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
          {load.state === 'ready' && <ClientsTable clients={load.data} onDelete={remove} />}
        </Card>
        <div className="stack">
          <CreateClientForm onCreated={(name) => void navigate({ to: '/client/$client/import', params: { client: name } })} />
          <Card title={t('demoTitle')} subtitle={t('demoText')} className="card--accent">
            <div className="form__actions">
              <button type="button" className="btn btn--secondary" onClick={() => void runDemo()} disabled={demoBusy}>
                {demoBusy ? t('runningDemo') : t('runDemo')}
              </button>
            </div>
            {hasDemo && <p className="hint card__footnote">{t('demoExists')}</p>}
          </Card>
        </div>
      </div>
    </main>
  );
}
