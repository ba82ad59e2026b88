import type { Importer } from '../types';

/** The telegram importers, in the order detection should prefer them on a tie. */
export const telegramImporters: readonly Importer[] = [];
