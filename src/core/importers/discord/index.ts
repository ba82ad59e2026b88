import type { Importer } from '../types';

/** The discord importers, in the order detection should prefer them on a tie. */
export const discordImporters: readonly Importer[] = [];
