import { createBrowserHistory, createMemoryHistory, type RouterHistory } from '@tanstack/react-router';

/**
 * The route lives in the URL's hash (`#/client/demo/conversations?signal=complaint`). TanStack's hash
 * history also reads the page's own query into the route's: `cercle serve` opens the page as
 * `/?token=…#/…`, so the token ended up glued to the last filter of every deep link
 * (`answered=false?token=…`, then dropped as unreadable). This one reads the route from the hash only,
 * and keeps the page's query in the links it writes, so a reload or a new tab still has the token.
 */
export function createHashOnlyHistory(win: Window = window): RouterHistory {
  return createBrowserHistory({
    window: win,
    parseLocation: () => {
      const hash = win.location.hash;
      const end = hash.indexOf('#', 1) < 0 ? hash.length : hash.indexOf('#', 1);
      const href = `${hash ? hash.slice(1, end) : '/'}${hash.slice(end)}` || '/';
      // TanStack's own href parser, reached through a one-entry memory history.
      const parsed = createMemoryHistory({ initialEntries: [href] }).location;
      return { ...parsed, state: win.history.state ?? parsed.state };
    },
    createHref: (href) => `${win.location.pathname}${win.location.search}#${href}`,
  });
}
