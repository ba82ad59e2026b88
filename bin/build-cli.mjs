#!/usr/bin/env node
/**
 * Bundles the CLI into out/cli/ (part of `npm run build`), so `cercle` starts without compiling its
 * TypeScript through tsx on every run: measured here, `cercle clients` takes 1.2 s bundled against 2.2 s
 * from the sources. bin/cercle.mjs runs the bundle only while it is newer than every source file.
 * Packages stay external (node_modules is beside it); the parse worker is a bundle of its own.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: { cercle: join(root, 'src/cli/run.ts'), 'parse-worker': join(root, 'src/node/ingest/parse-worker.ts') },
  outdir: join(root, 'out/cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
