import type { Importer } from '../types';
import { genericCanonicalCsvImporter } from './generic-csv-importer';

export { genericCsvImporter } from './generic-csv-importer';
export { GenericCsvMapping, parseGenericCsvMapping } from './mapping';

/** The generic importers, in the order detection should prefer them on a tie. */
export const genericImporters: readonly Importer[] = [genericCanonicalCsvImporter];
