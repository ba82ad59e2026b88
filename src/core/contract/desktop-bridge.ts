import type { CallResult } from './call-result';
import type { ImportProgress, MethodInput, MethodName } from './index';
import type { ThemesProgress } from './themes';

/**
 * The shape of `window.cercle` in the desktop app, shared by the preload (which builds it) and the
 * renderer (which calls it). It lives beside the contract because neither side may import the other.
 */

/** One IPC channel per contract method, so main can register exactly the known ones and nothing generic. */
export const channelFor = (method: MethodName): string => `cercle:${method}`;
/** Progress events pushed from the database worker to the window (CercleEvent). */
export const EVENT_CHANNEL = 'cercle:event';
/** Main-only: opens the native file dialog (a contract method cannot, it runs in the worker). */
export const OPEN_IMPORT_CHANNEL = 'cercle-shell:open-import';

/** What the database worker pushes to the page: an import's progress, a themes run's steps and end. */
export type CercleEvent = { event: 'imports.progress'; data: ImportProgress } | { event: 'themes.progress'; data: ThemesProgress };
/** Every event's name, for the shells that subscribe by name (the HTTP bridge's event stream). */
export const EVENT_NAMES = ['imports.progress', 'themes.progress'] as const satisfies readonly CercleEvent['event'][];
export type ImportPickKind = 'files' | 'folder';

/**
 * The desktop-only extras. `F` is the DOM File type, which the core's typecheck (no DOM) cannot name.
 */
export interface DesktopShell<F = unknown> {
  /** Native open dialog; resolves to the chosen paths, or [] if the user cancelled. */
  openImportDialog(kind: ImportPickKind): Promise<string[]>;
  /** The real path of a dropped or picked file (Electron's webUtils.getPathForFile); '' if it has none. */
  pathForFile(file: F): string;
}

/** One function per contract method; each resolves to the call's result (failures included, never a rejection). */
export type DesktopApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<CallResult> };

export type DesktopBridge<F = unknown> = DesktopApi & {
  /** Subscribes to worker events; returns the unsubscribe function. */
  onEvent(listener: (e: CercleEvent) => void): () => void;
  shell: DesktopShell<F>;
};
