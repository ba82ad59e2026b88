import { discordImporters } from './discord';
import { genericImporters } from './generic';
import { linkedinImporters } from './linkedin';
import { metaImporters } from './meta';
import { telegramImporters } from './telegram';
import { tiktokImporters } from './tiktok';
import type { DetectInput, Importer } from './types';
import { whatsappImporter } from './whatsapp/whatsapp-importer';
import { youtubeImporters } from './youtube';

/** Every importer Cercle knows, one list per platform family. Detection asks each one; the most confident wins. */
export const IMPORTERS: readonly Importer[] = [
  whatsappImporter,
  ...metaImporters,
  ...discordImporters,
  ...telegramImporters,
  ...linkedinImporters,
  ...tiktokImporters,
  ...youtubeImporters,
  ...genericImporters,
];

export function detectImporter(file: DetectInput, importers: readonly Importer[] = IMPORTERS): Importer | undefined {
  let best: Importer | undefined;
  let bestScore = 0;
  for (const imp of importers) {
    const score = imp.detect(file);
    if (score > bestScore) {
      best = imp;
      bestScore = score;
    }
  }
  return best;
}
