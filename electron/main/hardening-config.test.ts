import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from './csp';

const ROOT = join(__dirname, '../..');

describe('packaging and content policy', () => {
  it('flips the Electron fuses in electron-builder.yml', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const section = /^electronFuses:\n((?: {2}.+\n?)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries(
      section
        .split('\n')
        .filter(Boolean)
        .map((l) => l.trim().split(/:\s*/)),
    );
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('allows our own scripts only: no inline or eval, no network, no plugins, no frames of ours elsewhere', () => {
    const d = Object.fromEntries(RENDERER_CSP.split('; ').map((p) => [p.split(' ')[0], p.split(' ').slice(1)]));
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
