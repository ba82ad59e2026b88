import { useSyncExternalStore } from 'react';
import { cssVariables, palettes, type ColorScheme, type Palette } from '../../core/charts';

const DARK = '(prefers-color-scheme: dark)';

/** The system's choice (in Electron, the OS's; in a browser, the browser's). */
export const currentScheme = (): ColorScheme => (window.matchMedia(DARK).matches ? 'dark' : 'light');

function onSchemeChange(listener: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** The palette as the stylesheets' custom properties; `color-scheme` too, so form controls and scrollbars match. */
export function applyPalette(root: HTMLElement, scheme: ColorScheme): void {
  for (const [name, value] of Object.entries(cssVariables(palettes[scheme]))) root.style.setProperty(name, value);
  root.style.colorScheme = scheme;
}

/** Call once, before the first render: the stylesheets hold no colour of their own. */
export function followColorScheme(root: HTMLElement = document.documentElement): () => void {
  const apply = () => applyPalette(root, currentScheme());
  apply();
  return onSchemeChange(apply);
}

/** The current palette, for what the stylesheets cannot colour (charts); re-renders when the system switches. */
export function usePalette(): Palette {
  return palettes[useSyncExternalStore(onSchemeChange, currentScheme)];
}
