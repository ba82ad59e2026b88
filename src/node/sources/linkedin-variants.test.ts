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

  it('imports a folder of variant files: older messages.csv, UTF-16 Shares.csv, and warns about the Reactions.csv it cannot read', async () => {
    const { db, outcome } = await importPaths([VARIANTS]);
    expect(outcome.sources.map((s) => [s.file, s.format, s.records])).toEqual([
      ['variants/Shares.csv', 'linkedin.shares.csv', 0],
      ['variants/messages.csv', 'linkedin.messages.csv', 6],
    ]);
    // The owner of the posts is told by the messages' Direction.
    expect(db.all('SELECT DISTINCT a.handle FROM contents c JOIN identities a ON a.id = c.author_identity_id')).toEqual([
      { handle: 'Atelier Nord' },
    ]);
    expect(outcome.skipped.map((s) => s.file)).toEqual(['variants/Reactions.csv']);
    expect(outcome.warnings).toEqual([
      {
        file: 'variants/Reactions.csv',
        warning:
          'named like LinkedIn reactions (Reactions.csv), but its columns are not understood: Type, Link missing (columns found: Date, Reaction, Post)',
      },
    ]);
  });
});
