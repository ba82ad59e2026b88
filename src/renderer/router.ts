import { useEffect, useState } from 'react';

/**
 * Routes live in the URL hash: the desktop window loads index.html from disk (no server to rewrite
 * paths), main can open it on a client with `#/client/demo`, and the browser's back button works.
 */
export type Route = { name: 'clients' } | { name: 'summary'; client: string } | { name: 'import'; client: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'client' && parts[1]) {
    if (parts[2] === 'import') return { name: 'import', client: parts[1] };
    return { name: 'summary', client: parts[1] };
  }
  return { name: 'clients' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'clients':
      return '#/';
    case 'summary':
      return `#/client/${encodeURIComponent(route.client)}`;
    case 'import':
      return `#/client/${encodeURIComponent(route.client)}/import`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
