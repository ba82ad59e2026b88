import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layer rule, in one place. Imports point inward:
 *   src/core      (pure: domain, contract, store logic, importers, analytics) imports nothing outside itself
 *   src/renderer  (React) imports only src/core (contract and pure helpers), never Node, Electron or shells
 *   src/node      (Node adapters: files, ZIP, sql.js, service) imports src/core only
 *   src/cli, electron (shells) import src/node and src/core, never the renderer
 */
const nodeBuiltins = ['node:*'];
const bareBuiltins = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'worker_threads', 'url', 'util', 'zlib', 'module'];
const ring = (files, patterns, banBare = false) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: banBare ? bareBuiltins.map((name) => ({ name, message: 'no Node built-ins in this ring (layer rule, README).' })) : [],
        patterns: patterns.map((group) => ({ group: group.group, message: group.message })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', '.bench-work/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  ring(['src/core/**'], [
    { group: nodeBuiltins, message: 'src/core is pure: file, clock and network access are passed in (layer rule, README).' },
    { group: ['electron', 'react', 'react-dom', '**/renderer/**', '**/node/**', '**/cli/**', '**/electron/**', 'yauzl', 'sql.js'], message: 'src/core imports nothing outside itself (layer rule, README).' },
  ], true),
  // Tests of the core run in Node and may read fixtures from disk; they still may not reach outer rings.
  ring(['src/core/**/*.test.ts'], [{ group: ['electron', 'react', '**/renderer/**', '**/cli/**', '**/electron/**'], message: 'core tests stay in the core ring.' }]),
  ring(['src/renderer/**'], [
    { group: nodeBuiltins, message: 'the renderer has no Node access; call the contract (layer rule, README).' },
    { group: ['electron', '**/node/**', '**/cli/**', '**/electron/**', 'sql.js', 'yauzl'], message: 'the renderer talks to the rest only through the contract (layer rule, README).' },
  ], true),
  ring(['src/node/**'], [{ group: ['electron', 'react', '**/renderer/**', '**/cli/**', '**/electron/**'], message: 'src/node serves shells; it must not import them (layer rule, README).' }]),
  ring(['src/cli/**', 'electron/**'], [{ group: ['react', 'react-dom', '**/renderer/**'], message: 'shells do not import the renderer (layer rule, README).' }]),
);
