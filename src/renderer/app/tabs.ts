import type { commonMessages } from '../ui/messages';

type NavKey = keyof (typeof commonMessages)['en']['nav'];

export interface ClientTab {
  nav: NavKey;
  /** The route it opens (its path, `$client` filled in by the link). */
  to: string;
  /** The route id that marks the tab as the current one. */
  routeId: string;
  exact?: boolean;
  /** The screen reads metrics: the filters bar is shown and the filters travel with the link. */
  filters: boolean;
}

/** A client's screens, in the order of the tabs. A feature adds its route in router.tsx and one line here. */
export const CLIENT_TABS: readonly ClientTab[] = [
  { nav: 'overview', to: '/client/$client', routeId: '/client/$client/', exact: true, filters: true },
  { nav: 'funnel', to: '/client/$client/funnel', routeId: '/client/$client/funnel', filters: true },
  { nav: 'recurrence', to: '/client/$client/recurrence', routeId: '/client/$client/recurrence', filters: true },
  { nav: 'responsiveness', to: '/client/$client/responsiveness', routeId: '/client/$client/responsiveness', filters: true },
  { nav: 'rhythm', to: '/client/$client/rhythm', routeId: '/client/$client/rhythm', filters: true },
  { nav: 'members', to: '/client/$client/members', routeId: '/client/$client/members', filters: true },
  { nav: 'conversations', to: '/client/$client/conversations', routeId: '/client/$client/conversations', filters: true },
  { nav: 'themes', to: '/client/$client/themes', routeId: '/client/$client/themes', filters: true },
  { nav: 'report', to: '/client/$client/report', routeId: '/client/$client/report', filters: true },
  { nav: 'import', to: '/client/$client/import', routeId: '/client/$client/import', filters: false },
  { nav: 'settings', to: '/client/$client/settings', routeId: '/client/$client/settings', filters: false },
];
