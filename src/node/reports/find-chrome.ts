import { existsSync } from 'node:fs';
import { CercleError } from '../../core/errors';

/** Where Chromium and Chrome install themselves on Linux, macOS and Windows. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser that prints the PDF: --chrome PATH, else CHROME_PATH, else the first one installed. */
export function findChrome(given: string | undefined, env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  if (given) {
    if (!exists(given)) throw new CercleError('reports.chrome-not-found', { path: given });
    return given;
  }
  const found = [env.CHROME_PATH, ...CANDIDATES].find((p): p is string => !!p && exists(p));
  if (!found) throw new CercleError('reports.no-chrome', {});
  return found;
}
