import type { ReactNode } from 'react';
import { hrefOf, type Route } from '../router';
import { uiStrings } from './strings';

/** Top bar and, inside a client, its tabs. Links are plain hash links so they open and go back natively. */
export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const client = route.name === 'clients' ? null : route.client;
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={hrefOf({ name: 'clients' })}>
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{uiStrings.appName}</span>
          <span className="brand__tagline">{uiStrings.tagline}</span>
        </a>
        <nav className="crumbs" aria-label="Breadcrumb">
          <a href={hrefOf({ name: 'clients' })} aria-current={client ? undefined : 'page'}>
            {uiStrings.nav.clients}
          </a>
          {client && (
            <>
              <span className="crumbs__sep" aria-hidden="true">
                /
              </span>
              <a href={hrefOf({ name: 'summary', client })} aria-current="page">
                {client}
              </a>
            </>
          )}
        </nav>
        <span className="topbar__note">{uiStrings.localOnly}</span>
      </header>
      {client && (
        <nav className="tabs" aria-label="Client">
          <Tab route={{ name: 'summary', client }} current={route} label={uiStrings.nav.summary} />
          <Tab route={{ name: 'import', client }} current={route} label={uiStrings.nav.import} />
        </nav>
      )}
      <main className="page">{children}</main>
    </div>
  );
}

function Tab({ route, current, label }: { route: Route; current: Route; label: string }) {
  const active = route.name === current.name;
  return (
    <a className={`tabs__tab${active ? ' tabs__tab--active' : ''}`} href={hrefOf(route)} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}
