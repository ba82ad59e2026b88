import type { Importer } from '../types';
import { telegramImporter } from './telegram-json';

/** The telegram importers, in the order detection should prefer them on a tie. */
export const telegramImporters: readonly Importer[] = [telegramImporter];
