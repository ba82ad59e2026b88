import { useCallback } from 'react';
import { fileSlug } from '../ui/download';
import { useClient } from './client-context';

/**
 * The file name a table or a chart of the open client is saved under: « Entonnoir » → « entonnoir-demo ».
 * With a title, the name itself; without, a function for a screen that names several exports.
 */
export function useExportName(): (title: string) => string;
export function useExportName(title: string): string;
export function useExportName(title?: string): string | ((title: string) => string) {
  const client = useClient();
  const name = useCallback((t: string) => fileSlug(`${t} ${client}`), [client]);
  return title === undefined ? name : name(title);
}
