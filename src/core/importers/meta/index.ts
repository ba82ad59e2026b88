import type { Importer } from '../types';
import { facebookImporters } from './facebook';
import { insightsCsvImporters } from './insights-csv';
import { instagramImporters } from './instagram';

/** The meta importers, in the order detection should prefer them on a tie. */
export const metaImporters: readonly Importer[] = [...instagramImporters, ...facebookImporters, ...insightsCsvImporters];
