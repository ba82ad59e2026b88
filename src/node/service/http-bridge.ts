import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Handlers } from '../../core/contract';
import { dispatch, type DispatchHooks } from './dispatch';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** Same policy as the desktop window: our own scripts only, no network but the bridge itself. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MAX_BODY = 512 * 1024 * 1024;

export interface Bridge {
  url: string;
  token: string;
  port: number;
  server: Server;
  /** Pushes an event to every connected renderer (server-sent events). */
  emit(event: string, data: unknown): void;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only, so the real UI can run
 * against the real core in a browser (tests, or a user without the desktop shell). Every API call
 * needs the random token; requests from other origins or other Host names (DNS rebinding) are refused.
 */
export async function startBridge(
  handlers: Handlers,
  opts: { rendererDir: string; port?: number; token?: string; hooks?: DispatchHooks },
): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const listeners = new Set<ServerResponse>();
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: err instanceof Error ? err.message.split('\n')[0] : 'internal error' });
      else res.end();
    });
  });

  const tokenOk = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 421, { ok: false, error: 'wrong host' });
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && reqOrigin !== origin) return send(res, 403, { ok: false, error: 'cross-origin request refused' });

    if (url.pathname === '/api/events') {
      if (!tokenOk(url.searchParams.get('token'))) return send(res, 401, { ok: false, error: 'bad token' });
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: 'POST only' });
      const auth = req.headers.authorization?.replace(/^Bearer /, '');
      if (!tokenOk(auth)) return send(res, 401, { ok: false, error: 'bad token' });
      let body: unknown;
      try {
        body = JSON.parse((await readBody(req)) || '{}');
      } catch (err) {
        return send(res, 400, { ok: false, error: `request body is not JSON (${(err as Error).message})` });
      }
      const result = await dispatch(
        handlers,
        decodeURIComponent(url.pathname.slice('/api/'.length)),
        body,
        opts.hooks ?? { log: (method, err) => console.error(method, err) },
      );
      return send(res, result.ok ? 200 : result.code === 'bad-request' ? 400 : result.code === 'user' ? 422 : 500, result);
    }
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const rel = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
    const file = join(opts.rendererDir, rel);
    if (!file.startsWith(opts.rendererDir + sep) && file !== opts.rendererDir) return send(res, 403, { ok: false, error: 'forbidden' });
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) {
      if (!extname(rel)) return serveStatic('/index.html', res);
      return send(res, 404, { ok: false, error: 'not found' });
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    port,
    server,
    emit(event, data) {
      const line = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const l of listeners) l.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const l of listeners) l.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let n = 0;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
