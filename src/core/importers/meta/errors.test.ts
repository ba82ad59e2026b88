import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import type { InputFile } from '../types';
import { ImportError } from '../../errors';
import { count, exportFile } from './test-helpers';

const FIX = join(__dirname, '../../../../tests/fixtures/instagram');
const thread = readFileSync(join(FIX, '2024_inbox_thread_reactions_shares_message_1.json'), 'utf8');
const THREAD_PATH = 'your_instagram_activity/messages/inbox/juno_971028334528753/message_1.json';

async function failure(files: InputFile[]): Promise<ImportError> {
  const db = await memoryClientDb();
  const err = await runImport(db, files, { now: () => 0 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect(count(db, 'SELECT COUNT(*) AS n FROM interactions')).toBe(0);
  expect(count(db, 'SELECT COUNT(*) AS n FROM sources')).toBe(0);
  const e = err as ImportError;
  expect(e.message).not.toContain('\n');
  return e;
}

describe('bad Meta files: one line naming the file, nothing written', () => {
  it('a truncated JSON thread', async () => {
    const e = await failure([exportFile(THREAD_PATH, thread.slice(0, Math.floor(thread.length / 2)))]);
    expect(e.file).toBe(`export.zip/${THREAD_PATH}`);
    expect(e.problem).toMatch(/^is not valid JSON, probably truncated or damaged \(/);
  });

  it('malformed JSON among good files rolls the whole import back', async () => {
    const good = exportFile(
      'your_instagram_activity/comments/post_comments_1.json',
      readFileSync(join(FIX, '2024_post_comments_1.json'), 'utf8'),
    );
    const bad = exportFile(
      'connections/followers_and_following/following.json',
      '{"relationships_following": [{"title": "", "string_list_data": [{"value": "a",, }]}]}',
    );
    const e = await failure([good, bad]);
    expect(e.message).toMatch(/^export\.zip\/connections\/followers_and_following\/following\.json: is not valid JSON/);
  });

  it('a known wrapper key holding an unknown layout', async () => {
    const e = await failure([
      exportFile('connections/followers_and_following/followers.json', '{"relationships_followers": {"count": 3}}'),
    ]);
    expect(e.problem).toBe('JSON layout not recognised as Instagram followers/following (top level: relationships_followers)');
  });

  it('a DM thread without a messages list', async () => {
    const e = await failure([exportFile(THREAD_PATH, '{"participants": [{"name": "a"}], "msgs": []}')]);
    expect(e.problem).toBe('JSON layout not recognised as a DM thread (no "messages" list) (top level: participants, msgs)');
  });

  it('JSON that matches no Meta layout at all', async () => {
    const e = await failure([exportFile('your_instagram_activity/other/thing.json', '{"something_else": [1, 2]}')]);
    expect(e.message).toBe('export.zip/your_instagram_activity/other/thing.json: JSON that matches no known export layout');
  });

  it('an empty JSON file', async () => {
    const e = await failure([exportFile('connections/followers_and_following/followers_1.json', '')]);
    expect(e.file).toBe('export.zip/connections/followers_and_following/followers_1.json');
  });
});
