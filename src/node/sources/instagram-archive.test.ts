import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../core/ingest/run-import';
import { interactions, tally } from '../../core/importers/meta/test-helpers';
import { memoryClientDb } from '../store/memory-db';
import { collectInputs } from './collect-inputs';

const ARCHIVES = join(__dirname, '../../../tests/fixtures/archives');

/**
 * The whole 2024 Instagram JSON export (13 record files, pseudonymised), streamed from the ZIP. Every
 * number below is counted in the files themselves (jq): 66 followers, 63 following, 4 unfollowed,
 * 3 comments, 26 liked comments, 36 saves, 1 story like, 3 DM threads giving 20 records.
 */
async function importArchive(name: string) {
  const inputs = await collectInputs([join(ARCHIVES, name)]);
  try {
    const db = await memoryClientDb();
    const files = inputs.files.length;
    const outcome = await runImport(db, inputs.files, { now: () => 0 });
    return { db, outcome, inputs, files };
  } finally {
    await inputs.close();
  }
}

const EXPECTED_TALLY = {
  'follow/inbound': 66,
  'follow/outbound': 63,
  'unfollow/outbound': 4,
  'comment/outbound': 1,
  'reply/outbound': 2,
  'like/outbound': 27, // 26 liked comments + 1 story like
  'save/outbound': 36,
  'dm/inbound': 5,
  'dm/outbound': 8,
  'share/inbound': 2,
  'story_reply/inbound': 1,
  'reaction/inbound': 2,
  'reaction/outbound': 1,
  'message/inbound': 1,
};

describe('Instagram 2024 JSON archive, end to end through collectInputs + runImport', () => {
  it('imports every record file and skips only the Threads file', async () => {
    const { db, outcome, inputs, files } = await importArchive('instagram-2024-json.zip');
    expect(files).toBe(13);
    expect(inputs.files).toHaveLength(0); // let go once closed
    expect(outcome.skipped.map((s) => s.file)).toEqual([
      "instagram-2024-json.zip/your_instagram_activity/threads/follow_requests_you've_received.json",
    ]);
    expect(outcome.sources.map((s) => s.format).sort()).toEqual([
      'instagram.comments',
      'instagram.connections',
      'instagram.connections',
      'instagram.connections',
      'instagram.likes',
      'instagram.media',
      'instagram.media',
      'instagram.messages',
      'instagram.messages',
      'instagram.messages',
      'instagram.saved',
      'instagram.story-interactions',
    ]);
    const rows = interactions(db);
    expect(rows).toHaveLength(219);
    expect(tally(rows)).toEqual(EXPECTED_TALLY);
    // No profile file: the owner is the one participant of all three DM threads, and every outbound act is hers.
    expect(db.all('SELECT platform, handle FROM identities WHERE is_brand = 1')).toEqual([{ platform: 'instagram', handle: 'Renée Dahl' }]);
    expect(new Set(rows.filter((r) => r.direction === 'outbound').map((r) => r.who))).toEqual(new Set(['Renée Dahl']));
    // 4 posts + 5 stories + 54 distinct liked/saved/shared post links + 1 replied-to story
    expect(outcome.added.contents).toBe(64);
    // 80 distinct relationship usernames, plus other targets and DM senders: 144 people besides the brand
    expect(outcome.added.members).toBe(144);
    expect(outcome.sources.every((s) => !s.warnings.some((w) => /could not be identified/.test(w)))).toBe(true);
  });

  it('reads the same export nested one folder deeper, and a re-import adds nothing', async () => {
    const { db, outcome } = await importArchive('instagram-2024-json-top-folder.zip');
    expect(outcome.added.interactions).toBe(219);
    expect(tally(interactions(db))).toEqual(EXPECTED_TALLY);
    const inputs = await collectInputs([join(ARCHIVES, 'instagram-2024-json.zip')]);
    try {
      const again = await runImport(db, inputs.files, { now: () => 0 });
      expect(again.added).toEqual({ interactions: 0, members: 0, contents: 0 });
    } finally {
      await inputs.close();
    }
  });

  it('imports an export given as a folder (2021–23 layout)', async () => {
    const inputs = await collectInputs([join(__dirname, '../../../tests/fixtures/instagram/categorised_2022')]);
    try {
      const db = await memoryClientDb();
      const outcome = await runImport(db, inputs.files, { now: () => 0 });
      expect(outcome.added.interactions).toBe(19);
      expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'Atelier Lune' }]);
    } finally {
      await inputs.close();
    }
  });
});
