import type { Importer } from '../types';
import { tiktokImporter } from './tiktok-importer';

/** The tiktok importers, in the order detection should prefer them on a tie. */
export const tiktokImporters: readonly Importer[] = [tiktokImporter];
