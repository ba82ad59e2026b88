import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../core/db/db';
import { ImportCancelled } from '../../core/errors';
import { runImport } from '../../core/ingest/run-import';
import { collectInputs } from '../sources/collect-inputs';
import { memoryClientDb } from '../store/memory-db';
import { sourceWorkerOffload } from './worker-offload';

const FIX = join(__dirname, '../../../tests/fixtures');
const rows = (db: Db) =>
  db.all('SELECT platform, kind, direction, key, at, day, text, words, reply_to_key, thread_key FROM interactions ORDER BY key');

async function importWith(paths: string[], offload: boolean, extra: { isCancelled?: () => boolean } = {}) {
  const db = await memoryClientDb();
  const inputs = await collectInputs(paths);
  try {
    const outcome = await runImport(db, inputs.files, {
      now: () => 0,
      brands: ['Maison Lumière'],
      timezone: 'Europe/Paris',
      ...(offload ? { offload: sourceWorkerOffload(), offloadBytes: 0 } : {}),
      ...extra,
    });
    return { db, outcome };
  } finally {
    await inputs.close();
  }
}

describe('parsing on a worker thread', () => {
  it('stores exactly what parsing on this thread stores, with the same source hash', async () => {
    const files = [
      join(FIX, 'discord/dce-guild-general.json'),
      join(FIX, 'discord/Lumière Club - Communauté - général [900000000000000001].csv'),
      join(FIX, 'whatsapp/index_test_chatExample.txt'),
      join(FIX, 'telegram/group-result.json'),
    ];
    const here = await importWith(files, false);
    const there = await importWith(files, true);
    expect(rows(there.db)).toEqual(rows(here.db));
    expect(rows(there.db).length).toBeGreaterThan(10);
    expect(there.outcome.sources.map((s) => [s.format, s.records, s.added, s.warnings])).toEqual(
      here.outcome.sources.map((s) => [s.format, s.records, s.added, s.warnings]),
    );
    const hashes = (db: Db) => db.all('SELECT file, content_hash FROM sources ORDER BY file');
    expect(hashes(there.db)).toEqual(hashes(here.db));
  });

  it('brings back a broken file as the one line that names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-offload-'));
    const bad = join(dir, 'broken.json');
    writeFileSync(
      bad,
      '{"guild":{"id":"1","name":"G"},"channel":{"id":"2","type":"GuildTextChat","name":"c"},"messages":[{"id":"3","timestamp":"2024-01-01T00:00:00Z","author":{"id":"4","name":"a"},"content":"x"},{"id":"5",',
    );
    await expect(importWith([bad], true)).rejects.toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: broken JSON: `));
  });

  it('stops the parsing thread when the import is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-offload-'));
    const chat = join(dir, 'chat.txt');
    writeFileSync(
      chat,
      Array.from({ length: 20_000 }, (_, i) => `12/03/2024, 10:${String(i % 60).padStart(2, '0')} - Member ${i % 50}: message ${i}`).join(
        '\n',
      ),
    );
    let calls = 0;
    await expect(importWith([chat], true, { isCancelled: () => ++calls > 100 })).rejects.toBeInstanceOf(ImportCancelled);
    expect(calls).toBeLessThan(20_000);
  });
});
