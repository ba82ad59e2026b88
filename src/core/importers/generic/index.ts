import type { Importer } from '../types';

/** The generic importers, in the order detection should prefer them on a tie. */
export const genericImporters: readonly Importer[] = [];
