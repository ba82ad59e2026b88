import type { Importer } from '../types';
import { dataPackageImporter } from './data-package';
import { dceCsvImporter } from './dce-csv';
import { dceJsonImporter } from './dce-json';

/** The discord importers, in the order detection should prefer them on a tie. */
export const discordImporters: readonly Importer[] = [dceJsonImporter, dceCsvImporter, dataPackageImporter];
