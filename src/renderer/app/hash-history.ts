import { createBrowserHistory, type HistoryLocation, type RouterHistory } from '@tanstack/react-router';

/**
 * The app's routes live in the URL's hash (`#/client/acme/recurrence?interval=month`). TanStack's own
 * hash history reads a location as the hash's path followed by the page's query, and in a browser the
 * page's query is `cercle serve`'s `?token=…`: `?interval=month?token=…` made the hash's last search
 * parameter unreadable, and the router dropped it, so a deep link lost a filter. This history reads the
 * hash alone and writes links with the page's query kept in front of it (the token stays in the address).
 */
export function createHashOnlyHistory(win: Window = window): RouterHistory {
  return createBrowserHistory({
    window: win,
    parseLocation: () => parseHash(win.location.hash, win.history.state as HistoryLocation['state'] | null),
    createHref: (href) => `${win.location.pathname}${win.location.search}#${href}`,
  });
}

/** `#/client/acme?from=2026-01-01#x` → its path, search and hash, as the router reads a location. */
export function parseHash(hash: string, state: HistoryLocation['state'] | null): HistoryLocation {
  const href = hash.length > 1 ? hash.slice(1) : '/';
  const hashAt = href.indexOf('#', 1);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const searchAt = beforeHash.indexOf('?');
  // A location reached without the router (a link typed or pasted) has no state yet: give it a key, as the router would.
  const key = Math.random().toString(36).slice(2, 10);
  return {
    href,
    pathname: searchAt < 0 ? beforeHash : beforeHash.slice(0, searchAt),
    search: searchAt < 0 ? '' : beforeHash.slice(searchAt),
    hash: hashAt < 0 ? '' : href.slice(hashAt),
    state: state ?? { __TSR_index: 0, key, __TSR_key: key },
  };
}
