import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { exportFile, importInto } from './test-helpers';

/**
 * Comment lists other than post comments in your_instagram_activity/comments/ (hype on stories, story
 * and reels comments), JSON and HTML, English and French labels (notices_requests_2025).
 */
const IG = join(__dirname, '../../../../tests/fixtures/instagram/notices_requests_2025');
const ig = (inner: string) => exportFile(inner, readFileSync(join(IG, inner), 'utf8'), 'instagram-atelier.brume-2025.zip');
const profile = () => ig('personal_information/personal_information/personal_information.json');
const COMMENTS = 'your_instagram_activity/comments';

describe('Instagram comment lists other than post comments', () => {
  it('reads hype (English) and story comments (French labels) from bare JSON arrays', async () => {
    const { rows, outcome } = await importInto(await memoryClientDb(), [
      profile(),
      ig(`${COMMENTS}/hype.json`),
      ig(`${COMMENTS}/story_comments.json`),
    ]);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.sources.filter((s) => s.format === 'instagram.comments')).toHaveLength(2);
    expect(rows.map((r) => [r.kind, r.direction, r.target, r.text])).toEqual([
      ['comment', 'outbound', 'lina.ortega', 'So good 🔥'],
      ['reply', 'outbound', 'basile.roux', '@basile.roux see you there!'],
      ['comment', 'outbound', 'celeste.morel', 'Magnifique 😍'],
    ]);
  });

  it('reads hype (French) and reels comments (English) HTML pages', async () => {
    const { rows, outcome } = await importInto(await memoryClientDb({ timezone: 'Europe/Paris' }), [
      profile(),
      ig(`${COMMENTS}/hype.html`),
      ig(`${COMMENTS}/reels_comments.html`),
    ]);
    expect(outcome.skipped).toEqual([]);
    expect(rows.map((r) => [r.kind, r.target, r.text, new Date(r.at).toISOString()])).toEqual([
      ['comment', 'maelle.quintin', 'Bravo 👏', '2025-03-15T08:30:00.000Z'],
      ['reply', 'lina.ortega', '@lina.ortega trop beau !', '2025-03-15T09:00:00.000Z'],
      ['comment', 'basile.roux', 'Love this technique', '2025-03-16T19:00:00.000Z'],
    ]);
  });

  it('still leaves settings and reports out', async () => {
    const settings = '[{"string_map_data": {"Comments allowed from": {"value": "Everyone"}}}]';
    const { outcome } = await importInto(await memoryClientDb(), [
      profile(),
      exportFile(`${COMMENTS}/comments_allowed_from.json`, settings),
      exportFile(`${COMMENTS}/comments_reported.json`, settings),
    ]);
    expect(outcome.skipped.map((s) => s.file)).toEqual([
      'export.zip/your_instagram_activity/comments/comments_allowed_from.json',
      'export.zip/your_instagram_activity/comments/comments_reported.json',
    ]);
  });
});
