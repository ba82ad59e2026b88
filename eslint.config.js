import fs from 'node:fs';
import path from 'node:path';
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
const bareBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'stream',
  'worker_threads',
  'url',
  'util',
  'zlib',
  'module',
];
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

/**
 * Inside the core, folders in one direction: a folder may import only folders of a lower layer (peers
 * of one layer may not import each other). The same holds inside src/core/analytics. Tests and test
 * helpers (`*.test.ts`, `test-*.ts`) are exempt: they assemble several layers on purpose.
 * The README's architecture section shows these layers; change both together.
 */
const CORE_LAYERS = [
  ['errors'],
  ['util'],
  ['domain'],
  ['contract', 'db'],
  ['importers', 'identity', 'settings'],
  ['stats'],
  ['ingest'],
  ['analytics'],
  ['charts', 'themes'],
  ['reports', 'generate'],
];
const NESTED_LAYERS = {
  // files at the folder's root (its index) sit above every subfolder
  'src/core/analytics': [['model'], ['settings'], ['derived'], ['metrics'], ['']],
};
const layerOf = (layers, folder) => layers.findIndex((l) => l.includes(folder));
const isTestFile = (file) => /\.test\.tsx?$/.test(file) || /(^|\/)test-[^/]*\.tsx?$/.test(file);

const layerRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    if (!file.startsWith('src/core/') || isTestFile(file)) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const resolved = path.resolve(path.dirname(context.filename), spec);
      // a folder import ('../contract') means its index file
      const absolute = fs.existsSync(resolved) && fs.statSync(resolved).isDirectory() ? path.join(resolved, 'index') : resolved;
      const target = path.relative(context.cwd, absolute).split(path.sep).join('/');
      const scopes = [['src/core', CORE_LAYERS], ...Object.entries(NESTED_LAYERS)];
      for (const [base, layers] of scopes) {
        if (!file.startsWith(base + '/') || !target.startsWith(base + '/')) continue;
        const fromRest = file.slice(base.length + 1).split('/');
        const toRest = target.slice(base.length + 1).split('/');
        const from = fromRest.length > 1 ? fromRest[0] : '';
        const to = toRest.length > 1 ? toRest[0] : '';
        if (from === to) continue;
        const a = layerOf(layers, from);
        const b = layerOf(layers, to);
        if (a < 0 || b < 0) {
          context.report({
            node,
            message: `${base}/${a < 0 ? from : to} has no layer: add it to CORE_LAYERS/NESTED_LAYERS in eslint.config.js and to the README.`,
          });
        } else if (b >= a) {
          context.report({
            node,
            message: `${base}/${from || '(root)'} (layer ${a}) may not import ${base}/${to || '(root)'} (layer ${b}): folders import only lower layers (README, architecture).`,
          });
        }
      }
    };
    const fromSource = (node) => node.source && check(node, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

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
      // Prettier wraps code at 140 columns (.prettierrc.json); what it cannot wrap (a long string, a
      // template of SQL, a URL in a comment) is the only thing allowed past it.
      'max-len': [
        'error',
        {
          code: 140,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          ignoreComments: true,
        },
      ],
    },
  },
  { files: ['src/core/**'], plugins: { cercle: { rules: { layers: layerRule } } }, rules: { 'cercle/layers': 'error' } },
  ring(
    ['src/core/**'],
    [
      { group: nodeBuiltins, message: 'src/core is pure: file, clock and network access are passed in (layer rule, README).' },
      {
        group: ['electron', 'react', 'react-dom', '**/renderer/**', '**/node/**', '**/cli/**', '**/electron/**', 'yauzl', 'sql.js'],
        message: 'src/core imports nothing outside itself (layer rule, README).',
      },
    ],
    true,
  ),
  // Charts are data in the core: it may name ECharts' option types, never load ECharts (the shells and the renderer do).
  {
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['echarts', 'echarts/*'],
              allowTypeImports: true,
              message: 'src/core imports ECharts types only: `import type` (layer rule, README).',
            },
          ],
        },
      ],
    },
  },
  // Tests of the core run in Node and may read fixtures from disk; they still may not reach outer rings.
  ring(
    ['src/core/**/*.test.ts'],
    [{ group: ['electron', 'react', '**/renderer/**', '**/cli/**', '**/electron/**'], message: 'core tests stay in the core ring.' }],
  ),
  ring(
    ['src/renderer/**'],
    [
      { group: nodeBuiltins, message: 'the renderer has no Node access; call the contract (layer rule, README).' },
      {
        group: ['electron', '**/node/**', '**/cli/**', '**/electron/**', 'sql.js', 'yauzl'],
        message: 'the renderer talks to the rest only through the contract (layer rule, README).',
      },
    ],
    true,
  ),
  ring(
    ['src/node/**'],
    [
      {
        group: ['electron', 'react', '**/renderer/**', '**/cli/**', '**/electron/**'],
        message: 'src/node serves shells; it must not import them (layer rule, README).',
      },
    ],
  ),
  ring(
    ['src/cli/**', 'electron/**'],
    [{ group: ['react', 'react-dom', '**/renderer/**'], message: 'shells do not import the renderer (layer rule, README).' }],
  ),
);
