export const apiStrings = {
  unreachable: (origin: string) => `Cannot reach Cercle at ${origin}: is "cercle serve" still running?`,
  badToken: 'This page has no valid access token: open the full URL that "cercle serve" printed.',
  notJson: (method: string, status: number) => `${method}: the server answered ${status} without a readable result`,
  noBackend: 'Cercle cannot start here: open it in the desktop app, or through the URL printed by "cercle serve".',
};
