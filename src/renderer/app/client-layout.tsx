import { Link, Outlet, useMatches } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../core/domain/kinds';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { LargeClientNotice } from '../clients/large-client-notice';
import { LockButton, LockGate } from '../encryption/lock-gate';
import { ErrorLine } from '../ui/error-line';
import { useClient } from './client-context';
import { FilterBar } from './filter-bar';
import { CLIENT_TABS } from './tabs';

/** An encrypted client asks for its passphrase before its frame opens. */
export function ClientLayout() {
  const client = useClient();
  return (
    <LockGate client={client}>
      <ClientFrame />
    </LockGate>
  );
}

/**
 * A client's frame: its tabs (one per screen) and, on the screens that read metrics, the filters they
 * share. The client's platforms and the days its data spans come from its summary, read once here.
 */
function ClientFrame() {
  const { t } = useTranslation();
  const client = useClient();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['stats.summary']({ client }), `layout:${client}`);
  const matches = useMatches();
  const leaf = matches[matches.length - 1]?.routeId ?? '';
  const tab =
    CLIENT_TABS.find((x) => x.routeId === leaf) ??
    CLIENT_TABS.find((x) => leaf.startsWith(x.routeId.replace(/\/$/, '')) && x.routeId !== '/client/$client/');
  const platforms = load.state === 'ready' ? (Object.keys(load.data.byPlatform) as Platform[]) : [];
  // The data's first and last days on the client's calendar, the one every filter counts in.
  const day = (iso: string | null | undefined) =>
    iso && load.state === 'ready'
      ? new Intl.DateTimeFormat('en-CA', { timeZone: load.data.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
          new Date(iso),
        )
      : null;
  return (
    <>
      <nav className="tabs" aria-label={t('nav.client')}>
        <span className="tabs__client" data-testid="client-name">
          {client}
        </span>
        {CLIENT_TABS.map((x) => (
          <Link
            key={x.to}
            to={x.to}
            params={{ client }}
            search={(prev: object) => (x.filters ? prev : {})}
            className="tabs__tab"
            activeOptions={{ exact: x.exact ?? false, includeSearch: false }}
            activeProps={{ className: 'tabs__tab tabs__tab--active', 'aria-current': 'page' }}
            data-testid={`tab-${x.nav}`}
          >
            {t(`nav.${x.nav}`)}
          </Link>
        ))}
        <LockButton />
      </nav>
      <main className="page">
        {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
        <LargeClientNotice />
        {tab?.filters && load.state === 'ready' && load.data.interactions > 0 && (
          <FilterBar platforms={platforms} firstDay={day(load.data.firstAt)} lastDay={day(load.data.lastAt)} />
        )}
        <Outlet />
      </main>
    </>
  );
}
