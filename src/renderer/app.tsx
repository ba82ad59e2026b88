import { ClientsScreen } from './clients/clients-screen';
import { ImportScreen } from './import/import-screen';
import { useRoute } from './router';
import { SummaryScreen } from './summary/summary-screen';
import { AppShell } from './ui/app-shell';

export function App() {
  const route = useRoute();
  return (
    <AppShell route={route}>
      {route.name === 'clients' && <ClientsScreen />}
      {route.name === 'summary' && <SummaryScreen key={route.client} client={route.client} />}
      {route.name === 'import' && <ImportScreen key={route.client} client={route.client} />}
    </AppShell>
  );
}
