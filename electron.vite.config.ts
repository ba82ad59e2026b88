import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { RENDERER_CSP } from './electron/main/csp';

/** The policy goes into the built index.html only: Vite's dev server needs an inline preamble. */
function cspMeta(): Plugin {
  return {
    name: 'cercle:csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // The workers are their own entries so each can be started from a file next to index.js.
        input: {
          index: resolve('electron/main/index.ts'),
          'db-worker': resolve('electron/worker/db-worker.ts'),
          'parse-worker': resolve('electron/worker/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules: bundle the contract (zod) into it, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
      minify: true,
      // echarts and zod make one large chunk; it is read from disk, never downloaded.
      chunkSizeWarningLimit: 2000,
    },
  },
});
