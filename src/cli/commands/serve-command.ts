import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../node/service/handlers';
import { localChromePrinter } from '../../node/reports/print-pdf';
import { startBridge } from '../../node/service/http-bridge';
import { resolveWorkspaceDir } from '../../node/store/app-paths';
import { Workspace } from '../../node/store/workspace';
import { CercleError, type Lang } from '../../core/errors';
import { cliPassphrases } from '../context';
import { cliHooks } from '../hooks';
import { type Command, str } from './types';

/** The project's folder: found upward from this file (src/cli/commands, or the CLI bundle in out/cli). */
const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return dir;
})();

export function builtRendererDir(): string {
  return join(ROOT, 'out', 'renderer');
}

/**
 * Right after `npm install` nothing is built yet: build the app once (electron-vite, as `npm run build`
 * does; about half a minute), saying so, rather than stopping with an error.
 */
async function buildRenderer(say: (line: string) => void, lang: Lang): Promise<void> {
  say(lang === 'fr' ? 'construction de l’application (une seule fois, environ 30 s)…' : 'building the app once (about 30 s)…');
  const bin = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [bin, 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    child.on('exit', done);
    child.on('error', () => done(null));
  });
  if (code !== 0 || !existsSync(join(builtRendererDir(), 'index.html')))
    throw new CercleError('cli.renderer-not-built', { dir: builtRendererDir() });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the app to a browser on 127.0.0.1 (first line: the URL to open, token included)',
  usage: 'cercle serve [--port N] [--workspace DIR]',
  options: { port: { type: 'string' }, workspace: { type: 'string' } },
  async run({ values }, io) {
    const rendererDir = builtRendererDir();
    if (!existsSync(join(rendererDir, 'index.html'))) await buildRenderer(io.err, io.lang ?? 'en');
    const port = str(values.port) === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new CercleError('cli.out-of-range', { option: '--port', range: 'a number from 0 to 65535' });
    const ws = new Workspace(resolveWorkspaceDir(str(values.workspace)), Date.now, { passphrase: cliPassphrases().passphrase });
    const events: { emit?: (event: string, data: unknown) => void } = {};
    const hooks = cliHooks(ws.dir);
    const handlers = createHandlers(ws, {
      onImportProgress: (p) => events.emit?.('imports.progress', p),
      onThemesProgress: (p) => events.emit?.('themes.progress', p),
      logError: hooks.log,
      printPdf: localChromePrinter(),
    });
    const bridge = await startBridge(handlers, { rendererDir, port, hooks });
    events.emit = bridge.emit;
    io.out(bridge.url);
    io.err(`workspace: ${ws.dir} (Ctrl+C to stop)`);
    await new Promise<void>((done) => {
      const stop = () => void bridge.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
