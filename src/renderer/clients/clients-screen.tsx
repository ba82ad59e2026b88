import { useCallback, useState } from 'react';
import { useBackend } from '../api/backend-context';
import { oneLine } from '../api/one-line';
import { useLoad } from '../api/use-load';
import { navigate } from '../router';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { uiStrings } from '../ui/strings';
import { ClientsTable } from './clients-table';
import { CreateClientForm } from './create-client-form';
import { clientsStrings as t } from './strings';

export function ClientsScreen() {
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['clients.list']({}), 'clients');
  const [demoBusy, setDemoBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const runDemo = async () => {
    setDemoBusy(true);
    setError(null);
    try {
      const info = await api['clients.createDemo']({ name: 'demo' });
      navigate({ name: 'summary', client: info.name });
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
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {error && <ErrorLine message={error} onDismiss={() => setError(null)} />}
      <div className="split">
        <Card title={t.listTitle}>
          {load.state === 'loading' && <Spinner label={uiStrings.loading} />}
          {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
          {load.state === 'ready' && <ClientsTable clients={load.data} onDelete={remove} />}
        </Card>
        <div className="stack">
          <CreateClientForm onCreated={(name) => navigate({ name: 'import', client: name })} />
          <Card title={t.demoTitle} subtitle={t.demoText} className="card--accent">
            <div className="form__actions">
              <button type="button" className="btn btn--secondary" onClick={() => void runDemo()} disabled={demoBusy}>
                {demoBusy ? t.runningDemo : t.runDemo}
              </button>
            </div>
            {hasDemo && <p className="hint card__footnote">{t.demoExists}</p>}
          </Card>
        </div>
      </div>
    </>
  );
}
