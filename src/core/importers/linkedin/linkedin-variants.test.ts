import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';
import type { InputFile } from '../types';

async function load(files: InputFile[], opts: { brands?: string[] } = {}) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(db, files, { now: () => 0, brands: opts.brands });
  return { db, outcome };
}

describe('LinkedIn headers spelt loosely, with any delimiter', () => {
  const shares = (header: string, d: string) =>
    [
      header,
      [
        '2019-03-01 08:00:00',
        'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6510000000000000001',
        'Hello',
        '',
        '',
        'PUBLIC',
      ].join(d),
      '',
    ].join('\r\n');
  const variants: [string, string][] = [
    ['Date\tShare Link\tShare Commentary\tShared URL\tMedia URL\tVisibility', '\t'],
    ['date;share_link;share_commentary;shared_url;media_url;visibility', ';'],
    ['"DATE"|"Share-Link"|"Share Commentary"|"SharedURL"|"MediaURL"|"Visibility"', '|'],
  ];

  it('recognises Shares.csv whatever the spelling of its headers ("Share Link" = "ShareLink" = "share_link") and its delimiter', () => {
    for (const [header, d] of variants) {
      const head = shares(header, d);
      expect(detectImporter({ path: 'Shares.csv', innerPath: 'Shares.csv', name: 'Shares.csv', head })?.format, header).toBe(
        'linkedin.shares.csv',
      );
    }
  });

  it('imports such a Shares.csv: the post, its link and its text', async () => {
    for (const [header, d] of variants) {
      const { db } = await load([memoryFile('Shares.csv', shares(header, d))]);
      expect(db.all('SELECT key, text, url FROM contents'), header).toEqual([
        {
          key: 'activity:6510000000000000001',
          text: 'Hello',
          url: 'https://www.linkedin.com/feed/update/urn:li:activity:6510000000000000001',
        },
      ]);
    }
  });
});
