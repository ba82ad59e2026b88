import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resourcesDir } from '../resources-dir';

// Emoji in the text: only then is the 2 MB emoji font carried in the file.
const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * The report's @font-face rules (resources/fonts/fonts.css) with every font inlined as a data: URI, so
 * the HTML file is self-contained and prints the same on every machine.
 */
export async function inlineFontCss(text: string, dir = resourcesDir()): Promise<string> {
  const fontsDir = path.join(dir, 'fonts');
  const css = await readFile(path.join(fontsDir, 'fonts.css'), 'utf8');
  const withEmoji = EMOJI.test(text);
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/@font-face\s*{[^}]*}/g) ?? [];
  const out: string[] = [];
  for (const rule of rules) {
    const file = /url\(\.\/([^)]+)\)/.exec(rule)?.[1];
    if (!file || (/emoji/i.test(file) && !withEmoji)) continue;
    const data = (await readFile(path.join(fontsDir, file))).toString('base64');
    out.push(rule.replace(/url\(\.\/[^)]+\)/, `url(data:font/woff2;base64,${data})`));
  }
  return out.join('\n');
}
