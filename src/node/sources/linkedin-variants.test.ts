import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../core/ingest/run-import';
import { memoryClientDb } from '../store/memory-db';
import { collectInputs } from './collect-inputs';

/** Older and variant shapes of the LinkedIn export, read from disk as the app and the CLI read them. */
const VARIANTS = join(__dirname, '../../../tests/fixtures/linkedin/variants');

async function importPaths(paths: string[]) {
  const inputs = await collectInputs(paths);
  try {
    const db = await memoryClientDb({ timezone: 'UTC' });
    const outcome = await runImport(db, inputs.files, { now: () => 0 });
    return { db, outcome };
  } finally {
    await inputs.close();
  }
}

describe('LinkedIn variant exports, end to end through collectInputs + runImport', () => {
  it('imports a Shares.csv saved as UTF-16LE with a BOM, tab-separated, headed "Share Link"', async () => {
    const { db, outcome } = await importPaths([join(VARIANTS, 'Shares.csv')]);
    expect(outcome.sources.map((s) => [s.format, s.records])).toEqual([['linkedin.shares.csv', 0]]);
    expect(db.all('SELECT key, text FROM contents ORDER BY at')).toEqual([
      { key: 'share:6500000000000000002', text: '"Slow" is a feature.' },
      { key: 'activity:6510000000000000001', text: 'Notre manteau en laine voyage jusqu’en Norvège 🧥' },
    ]);
  });
});
