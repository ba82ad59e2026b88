import type { Importer } from '../types';

/** The meta importers, in the order detection should prefer them on a tie. */
export const metaImporters: readonly Importer[] = [];
