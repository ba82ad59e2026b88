import { createBrowserHistory, createMemoryHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { ClientsScreen } from '../clients/clients-screen';
import { ImportScreen } from '../import/import-screen';
import { MemberScreen } from '../members/member-screen';
import { MembersScreen } from '../members/members-screen';
import { SummaryScreen } from '../summary/summary-screen';
import { ClientLayout } from './client-layout';
import { ClientSearch, MembersSearch } from './search';
import { Shell } from './shell';

/**
 * Every screen is a route of the URL's hash: the desktop window loads index.html from disk (no server
 * to rewrite paths), main can open it on a client with `#/client/demo`, the Back button works, and a
 * screen's filters live in its search (`?from=…&platforms=…`), so a view reopens as it was.
 */
const rootRoute = createRootRoute({ component: Shell });
const clientsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: ClientsScreen });
const clientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/client/$client',
  validateSearch: ClientSearch,
  component: ClientLayout,
});
const overviewRoute = createRoute({ getParentRoute: () => clientRoute, path: '/', component: SummaryScreen });
const importRoute = createRoute({ getParentRoute: () => clientRoute, path: 'import', component: ImportScreen });
const membersRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: 'members',
  validateSearch: MembersSearch,
  component: MembersScreen,
});
const memberRoute = createRoute({ getParentRoute: () => clientRoute, path: 'members/$person', component: MemberScreen });

const routeTree = rootRoute.addChildren([clientsRoute, clientRoute.addChildren([overviewRoute, importRoute, membersRoute, memberRoute])]);

/**
 * The app's place is the hash alone (`#/client/demo/members?step=deep`). TanStack's hash history also
 * appends the page's own query to it, and `cercle serve` opens the page with `?token=…`: a link or a
 * reload then read `step=deep?token=…`, and every filter of the URL was dropped.
 */
function hashHistory() {
  return createBrowserHistory({
    parseLocation: () => {
      const here = createMemoryHistory({ initialEntries: [window.location.hash.slice(1) || '/'] }).location;
      return window.history.state ? { ...here, state: window.history.state } : here;
    },
    createHref: (href) => `${window.location.pathname}${window.location.search}#${href}`,
  });
}

export function createAppRouter(history = hashHistory()) {
  return createRouter({ routeTree, history, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
