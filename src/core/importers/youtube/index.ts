import type { Importer } from '../types';

/** The youtube importers, in the order detection should prefer them on a tie. */
export const youtubeImporters: readonly Importer[] = [];
