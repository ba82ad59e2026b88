import { fileSlug } from '../ui/download';
import { useClient } from './client-context';

/** The file name of an export of this client's view, in the reader's language: « demo-courbe-de-retention ». */
export function useExportName(title: string): string {
  return fileSlug(`${useClient()} ${title}`);
}
