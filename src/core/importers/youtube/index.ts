import type { Importer } from '../types';
import { youtubeCommentsImporter, youtubeLiveChatsImporter } from './youtube-importer';

/** The youtube importers, in the order detection should prefer them on a tie. */
export const youtubeImporters: readonly Importer[] = [youtubeCommentsImporter, youtubeLiveChatsImporter];
