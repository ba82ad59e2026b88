import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's resources/ folder (the report's fonts, the English word vectors): found upward from this
 * file, in the sources or the built app's out/ folder; in the packaged app electron-builder copies them
 * beside it (electron-builder.yml, extraResources).
 */
export function resourcesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'resources', 'fonts', 'fonts.css'))) return path.join(dir, 'resources');
    dir = path.dirname(dir);
  }
  throw new Error('resources/fonts not found beside Cercle');
}
