import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { ClientsScreen } from '../clients/clients-screen';
import { ConversationsScreen } from '../conversations/conversations-screen';
import { FunnelScreen } from '../funnel/funnel-screen';
import { GuideScreen } from '../guide/guide-screen';
import { ImportScreen } from '../import/import-screen';
import { MemberScreen } from '../members/member-screen';
import { MembersScreen } from '../members/members-screen';
import { OverviewScreen } from '../overview/overview-screen';
import { RecurrenceScreen } from '../recurrence/recurrence-screen';
import { ReportScreen } from '../report/report-screen';
import { ResponsivenessScreen } from '../responsiveness/responsiveness-screen';
import { RhythmScreen } from '../rhythm/rhythm-screen';
import { SettingsScreen } from '../settings/settings-screen';
import { ClientLayout } from './client-layout';
import { createAppHashHistory } from './hash-history';
import { ClientSearch, ConversationsSearch, FunnelSearch, MembersSearch } from './search';
import { Shell } from './shell';
import { ThemesScreen } from '../themes/themes-screen';
import { ThemesSearch } from '../themes/themes-search';

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
const overviewRoute = createRoute({ getParentRoute: () => clientRoute, path: '/', component: OverviewScreen });
const funnelRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: 'funnel',
  validateSearch: FunnelSearch,
  component: FunnelScreen,
});
const importRoute = createRoute({ getParentRoute: () => clientRoute, path: 'import', component: ImportScreen });
const recurrenceRoute = createRoute({ getParentRoute: () => clientRoute, path: 'recurrence', component: RecurrenceScreen });
const responsivenessRoute = createRoute({ getParentRoute: () => clientRoute, path: 'responsiveness', component: ResponsivenessScreen });
const rhythmRoute = createRoute({ getParentRoute: () => clientRoute, path: 'rhythm', component: RhythmScreen });
const membersRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: 'members',
  validateSearch: MembersSearch,
  component: MembersScreen,
});
const memberRoute = createRoute({ getParentRoute: () => clientRoute, path: 'members/$person', component: MemberScreen });

const conversationsRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: 'conversations',
  validateSearch: ConversationsSearch,
  component: ConversationsScreen,
});
const themesRoute = createRoute({
  getParentRoute: () => clientRoute,
  path: 'themes',
  validateSearch: ThemesSearch,
  component: ThemesScreen,
});
const reportRoute = createRoute({ getParentRoute: () => clientRoute, path: 'report', component: ReportScreen });
const settingsRoute = createRoute({ getParentRoute: () => clientRoute, path: 'settings', component: SettingsScreen });
const guideRoute = createRoute({ getParentRoute: () => rootRoute, path: '/guide', component: GuideScreen });

const routeTree = rootRoute.addChildren([
  clientsRoute,
  guideRoute,
  clientRoute.addChildren([
    overviewRoute,
    funnelRoute,
    importRoute,
    recurrenceRoute,
    responsivenessRoute,
    rhythmRoute,
    membersRoute,
    memberRoute,
    conversationsRoute,
    themesRoute,
    reportRoute,
    settingsRoute,
  ]),
]);

export function createAppRouter(history = createAppHashHistory()) {
  return createRouter({ routeTree, history, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
