import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer messages ESLint gives `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'cercle/layers').map((m) => m.message);
}

describe('the core folder layers (eslint.config.js)', () => {
  it('lets a folder import the layers below it', async () => {
    expect(await layerErrors('src/core/analytics/metrics/x.ts', "import { Db } from '../../db/db';\nexport { Db };\n")).toEqual([]);
    expect(
      await layerErrors('src/core/ingest/x.ts', "import { IMPORTERS } from '../importers/registry';\nexport { IMPORTERS };\n"),
    ).toEqual([]);
  });

  it('refuses an import that runs back up, or across peers of one layer', async () => {
    expect(
      await layerErrors('src/core/importers/x.ts', "import { runImport } from '../ingest/run-import';\nexport { runImport };\n"),
    ).toEqual([
      'src/core/importers (layer 4) may not import src/core/ingest (layer 6): folders import only lower layers (README, architecture).',
    ]);
    expect(
      await layerErrors('src/core/contract/x.ts', "export { loadAnalyticsSettings } from '../analytics/settings/analytics-settings';\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/core/identity/x.ts', "import { clientTimezone } from '../settings/settings';\nexport { clientTimezone };\n"),
    ).toHaveLength(1);
  });

  it('holds inside the analytics too: model, settings, derived, metrics', async () => {
    expect(
      await layerErrors('src/core/analytics/derived/x.ts', "import { funnel } from '../metrics/funnel';\nexport { funnel };\n"),
    ).toEqual([
      'src/core/analytics/derived (layer 2) may not import src/core/analytics/metrics (layer 3): folders import only lower layers (README, architecture).',
    ]);
    expect(
      await layerErrors('src/core/analytics/metrics/x.ts', "import { onionTiers } from '../model/onion';\nexport { onionTiers };\n"),
    ).toEqual([]);
  });

  it('names a folder that has no layer yet', async () => {
    expect(await layerErrors('src/core/newthing/x.ts', "import { stableHash } from '../util/hash';\nexport { stableHash };\n")).toEqual([
      'src/core/newthing has no layer: add it to CORE_LAYERS/NESTED_LAYERS in eslint.config.js and to the README.',
    ]);
  });

  it('lets tests and test helpers assemble several layers', async () => {
    expect(
      await layerErrors('src/core/importers/x.test.ts', "import { runImport } from '../ingest/run-import';\nexport { runImport };\n"),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/core/importers/meta/test-helpers.ts',
        "import { runImport } from '../../ingest/run-import';\nexport { runImport };\n",
      ),
    ).toEqual([]);
  });
});
