import { createBrowserHistory, type HistoryLocation, type RouterHistory } from '@tanstack/react-router';

/**
 * The route lives in the URL's hash (`#/client/acme?from=…`), and only there. TanStack's own hash
 * history also appends the page's query to the route, and `cercle serve` keeps its access token in that
 * query (`/?token=…#/client/acme?from=…&to=…`): every reload then read `to=2026-03-01?token=…` and
 * dropped the last filter of the URL. This one reads the hash alone; the hrefs it writes keep the page's
 * query, so a reload still carries the token.
 */
export function createAppHashHistory(win: Window = window): RouterHistory {
  return createBrowserHistory({
    window: win,
    parseLocation: () => parseHashRoute(win.location.hash, win.history.state as HistoryLocation['state'] | null),
    createHref: (href) => `${win.location.pathname}${win.location.search}#${href}`,
  });
}

/** `#/client/acme?from=…#part` → the route's path, search and hash. */
export function parseHashRoute(hash: string, state: HistoryLocation['state'] | null): HistoryLocation {
  const href = hash.replace(/^#/, '') || '/';
  const hashAt = href.indexOf('#');
  const searchAt = href.indexOf('?');
  const pathEnd = Math.min(...[hashAt, searchAt, href.length].filter((i) => i >= 0));
  const key = Math.random().toString(36).slice(2, 10);
  return {
    href,
    pathname: href.slice(0, pathEnd),
    search: searchAt >= 0 && (hashAt < 0 || searchAt < hashAt) ? href.slice(searchAt, hashAt < 0 ? undefined : hashAt) : '',
    hash: hashAt >= 0 ? href.slice(hashAt) : '',
    state: state ?? { __TSR_index: 0, key, __TSR_key: key },
  };
}
