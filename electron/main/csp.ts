/**
 * The window's content policy: our own scripts only, no network, no plugins. The build writes it into
 * index.html (electron.vite.config.ts); in dev, main sends a looser copy as a header because Vite's dev
 * server needs an inline React-refresh preamble and a websocket.
 */
const BASE = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  // data: for the report preview, whose fonts travel inside its one HTML file.
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const render = (p: Record<string, string[]>) =>
  Object.entries(p)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');

export const RENDERER_CSP = render(BASE);

export function devCsp(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return render({ ...BASE, 'script-src': ["'self'", "'unsafe-inline'", devOrigin], 'connect-src': ["'self'", devOrigin, ws] });
}
