import type { Importer } from '../types';

/** The tiktok importers, in the order detection should prefer them on a tie. */
export const tiktokImporters: readonly Importer[] = [];
