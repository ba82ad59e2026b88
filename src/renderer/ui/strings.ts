export const uiStrings = {
  appName: 'Cercle',
  tagline: 'Community analytics',
  localOnly: 'Local only · nothing leaves this computer',
  nav: { clients: 'Clients', summary: 'Summary', import: 'Import' },
  loading: 'Loading…',
  retry: 'Try again',
  dismiss: 'Dismiss',
  emptyTable: 'Nothing to show yet.',
  sortBy: (label: string) => `Sort by ${label}`,
};
