#!/usr/bin/env node
// The CLI runs its bundle (out/cli, made by `npm run build`) while it is newer than every source file,
// else the TypeScript sources through tsx, so `npx cercle` works right after `npm install` and never
// runs stale code after an edit.
import { existsSync, readdirSync, statSync } from 'node:fs';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'cercle.mjs');

/** The newest modification time under a folder (about 20 ms for the sources). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (process.env.CERCLE_FROM_SOURCES !== '1' && existsSync(bundle) && statSync(bundle).mtimeMs > newest(join(root, 'src'))) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
