import type { Importer } from '../types';

/** The linkedin importers, in the order detection should prefer them on a tie. */
export const linkedinImporters: readonly Importer[] = [];
