import { useCallback } from 'react';
import { fileSlug } from '../ui/download';
import { useClient } from './client-context';

/** The file name a table or a chart of the open client is saved under: « Entonnoir » → « entonnoir-demo ». */
export function useExportName(): (title: string) => string {
  const client = useClient();
  return useCallback((title: string) => fileSlug(`${title} ${client}`), [client]);
}
