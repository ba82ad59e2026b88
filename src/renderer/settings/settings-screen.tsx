import { useTranslation } from 'react-i18next';
import { useClient } from '../app/client-context';
import { PassphraseCard } from '../encryption/passphrase-card';
import { PageHeader } from '../ui/card';
import { ClientSettings } from './client-settings';
import { MetricsForm } from './metrics-form';
import '../styles/settings.css';

/** A client's settings: its calendar and brand, its passphrase (encryption at rest), then every threshold and weight of the metrics. Saving either rebuilds the analytics. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const client = useClient();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ClientSettings key={`c:${client}`} client={client} />
      <PassphraseCard key={`p:${client}`} client={client} />
      <MetricsForm key={`m:${client}`} client={client} />
    </>
  );
}
