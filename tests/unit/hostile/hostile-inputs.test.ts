import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallResult } from '../../../src/core/contract/call-result';
import { describeError } from '../../../src/core/errors/catalog';
import { createHandlers } from '../../../src/node/service/handlers';
import { dispatch } from '../../../src/node/service/dispatch';
import { Workspace } from '../../../src/node/store/workspace';
import { FIXTURES, hostileCases, type HostileCase } from './hostile-cases';

/** Long lines stay moderate in `npm test`; `npm run test:stress` runs the 300 MB of the issue. */
const STRESS = process.env.CERCLE_STRESS === '1';
const LONG_MB = STRESS ? 300 : 20;
const ENTRIES = STRESS ? 100_000 : 20_000;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectOneLineNaming(res: CallResult, c: HostileCase, shown: string[]) {
  if (res.ok) throw new Error(`${c.name}: imported, an error was expected`);
  expect(res.code, `${c.name}: ${res.error}`).toBe('user');
  expect(res.error.split('\n')).toHaveLength(1);
  // The file (or the archive it sits in) is named, in English and in French.
  for (const lang of ['en', 'fr'] as const) {
    const line = describeError(res.reason as never, lang);
    expect(
      shown.some((s) => line.includes(s)),
      `${c.name} (${lang}): ${line}`,
    ).toBe(true);
  }
  if (c.says) expect(res.error).toMatch(c.says);
}

describe('hostile inputs, through the service import path (imports.start), the client file untouched on failure', () => {
  const root = mkdtempSync(join(tmpdir(), 'cercle-hostile-'));
  const ws = new Workspace(join(root, 'ws'));
  const logged: unknown[] = [];
  const handlers = createHandlers(ws, { now: () => 0 });
  const call = (input: Record<string, unknown>) =>
    dispatch(handlers, 'imports.start', { client: 'acme', ...input }, { log: (_m, e) => logged.push(e) });

  beforeAll(async () => {
    const first = await call({ paths: [join(FIXTURES, 'whatsapp/multiline_system_empty.txt')] });
    expect(first.ok).toBe(true);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const cases = hostileCases(LONG_MB, ENTRIES);
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const c of cases) {
    it(c.name, async () => {
      const dir = join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir, { recursive: true });
      const paths = await c.make(dir);
      const client = ws.fileFor('acme');
      const before = sha(client);
      logged.length = 0;
      const res = await call({ paths });
      const shown = paths.map((p) => basename(p));
      if (c.expect === 'ok') expect(res.ok, res.ok ? '' : res.error).toBe(true);
      else if (c.expect === 'error') expectOneLineNaming(res, c, shown);
      else if (!res.ok) expectOneLineNaming(res, c, shown);
      if (!res.ok) expect(sha(client)).toBe(before);
      // Never a bug: nothing logged as internal, nothing thrown that is not a CercleError.
      expect(logged.filter((e) => !(e instanceof Error && e.name === 'CercleError'))).toEqual([]);
      // Nothing was extracted: no file appeared outside the case's folder (names with ../ or /).
      expect(readdirSync(root).filter((n) => n === 'evil')).toEqual([]);
      expect(existsSync('/tmp/evil')).toBe(false);
      if (c.upload) {
        const bytes = readFileSync(paths[0]!);
        const before2 = sha(client);
        const up = await call({ uploads: [{ name: basename(paths[0]!), base64: bytes.toString('base64') }] });
        if (c.expect === 'ok') expect(up.ok).toBe(true);
        else if (c.expect === 'error') expectOneLineNaming(up, c, shown);
        if (!up.ok) expect(sha(client)).toBe(before2);
      }
      rmSync(dir, { recursive: true, force: true });
    });
  }

  it('a file that changes while it is read: imported whole or refused, never half', async () => {
    const dir = join(root, 'changing');
    mkdirSync(dir, { recursive: true });
    const chat = join(dir, 'WhatsApp Chat with Y.txt');
    const wa = readFileSync(join(FIXTURES, 'whatsapp/index_test_chatExample.txt'), 'utf8');
    const lines: string[] = [wa];
    for (let i = 0; i < 150_000; i++) lines.push(`07/03/2017, 10:${String(i % 60).padStart(2, '0')} - Member ${i % 500}: message ${i}\n`);
    writeFileSync(chat, lines.join(''));
    const before = sha(ws.fileFor('acme'));
    const pending = call({ paths: [chat] });
    // Cut it short and append garbage while the import reads it.
    await new Promise((r) => setTimeout(r, 30));
    writeFileSync(chat, wa.slice(0, 100));
    appendFileSync(chat, Buffer.from([0xff, 0x00, 0xfe]));
    const res = await pending;
    if (!res.ok) {
      expect(res.code).toBe('user');
      expect(res.error).toContain('WhatsApp Chat with Y.txt');
      expect(sha(ws.fileFor('acme'))).toBe(before);
    }
    expect(logged.filter((e) => !(e instanceof Error && e.name === 'CercleError'))).toEqual([]);
  });
});

describe('hostile inputs through the cercle binary: one line on stderr, exit 1, the client file byte-identical', () => {
  const run = promisify(execFile);
  const ROOT = resolve(__dirname, '../../..');
  const cercle = async (args: string[], workspace: string) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin/cercle.mjs'), ...args, '--workspace', workspace], {
        cwd: ROOT,
        env: { ...process.env, TZ: 'UTC', CERCLE_LANG: 'fr' },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      return err as { code: number; stdout: string; stderr: string };
    }
  };

  it('refuses a truncated ZIP, a ZIP bomb, random bytes named .zip and an empty file, in French', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cercle-hostile-cli-'));
    const ws = join(root, 'ws');
    const ok = await cercle(['import', join(FIXTURES, 'whatsapp/multiline_system_empty.txt'), '--client', 'acme'], ws);
    expect(ok.code).toBe(0);
    const client = join(ws, 'acme.cercle');
    const before = sha(client);
    const picked = hostileCases(1, 10).filter((c) =>
      /^(truncated ZIP|ZIP bomb \(declared|random bytes named \.zip|empty \.txt)/.test(c.name),
    );
    expect(picked).toHaveLength(4);
    // One after the other: two processes saving the same client at once is not what is tested here.
    for (const c of picked) {
      const dir = join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir);
      const [path] = await c.make(dir);
      const res = await cercle(['import', path!, '--client', 'acme'], ws);
      expect(res.code, c.name).toBe(1);
      const lines = res.stderr.trim().split('\n');
      expect(lines, c.name).toHaveLength(1);
      expect(lines[0]).toContain(basename(path!));
      expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
      expect(sha(client), c.name).toBe(before);
    }
    rmSync(root, { recursive: true, force: true });
  });
});
