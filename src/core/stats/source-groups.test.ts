import { describe, expect, it } from 'vitest';
import type { SourceGroup } from '../contract/overview';
import { archiveOf, groupSources } from './source-groups';

type Source = SourceGroup['sources'][number];

const src = (file: string, platform: Source['platform'], format: string, more: Partial<Source> = {}): Source => ({
  file,
  platform,
  format,
  records: 10,
  added: 8,
  importedAt: '2026-12-07T12:00:00.000Z',
  warnings: [],
  shows: [],
  lacks: [],
  ...more,
});

describe('sources grouped by export', () => {
  it('takes the archive from the path, up to the first .zip folder', () => {
    expect(archiveOf('instagram-acme-2026.zip/your_instagram_activity/messages/inbox/a_1/message_1.json')).toBe('instagram-acme-2026.zip');
    expect(archiveOf('exports/Acme.ZIP/Comments.csv')).toBe('exports/Acme.ZIP');
    expect(archiveOf('outer.zip/inner.zip/x.json')).toBe('outer.zip');
    expect(archiveOf('WhatsApp Chat with Team.txt')).toBeNull();
    expect(archiveOf('notes.zipper/file.json')).toBeNull();
  });

  it('puts the files of one archive together, loose files of one format together, and a lone file on its own', () => {
    const groups = groupSources([
      src('general [1].json', 'discord', 'discord.dce.json', { records: 5 }),
      src('ig.zip/connections/followers_1.json', 'instagram', 'instagram.connections', {
        shows: ['followers'],
        lacks: ['comments received'],
      }),
      src('ig.zip/messages/inbox/a/message_1.json', 'instagram', 'instagram.messages', {
        shows: ['DMs', 'comments received'],
        warnings: ['one thread had no participants'],
      }),
      src('WhatsApp Chat with Club.txt', 'whatsapp', 'whatsapp.txt', { lacks: ['reactions'], importedAt: '2026-12-08T09:00:00.000Z' }),
      src('support [2].json', 'discord', 'discord.dce.json', { records: 7, importedAt: '2026-12-09T09:00:00.000Z' }),
      src('ig.zip/comments/post_comments_1.json', 'instagram', 'instagram.comments', { lacks: ['comments received', 'likes'] }),
    ]);
    expect(groups.map((g) => [g.key, g.by, g.label, g.files, g.records, g.added, g.warnings])).toEqual([
      ['format:discord:discord.dce.json', 'format', 'discord.dce.json', 2, 12, 16, 0],
      ['archive:ig.zip', 'archive', 'ig.zip', 3, 30, 24, 1],
      ['file:WhatsApp Chat with Club.txt', 'file', 'WhatsApp Chat with Club.txt', 1, 10, 8, 0],
    ]);
    const ig = groups[1]!;
    expect(ig.formats).toEqual(['instagram.comments', 'instagram.connections', 'instagram.messages']);
    expect(ig.platforms).toEqual(['instagram']);
    // The messages show the comments received that another file of the archive lacks: the archive lacks only the likes.
    expect(ig.shows).toEqual(['followers', 'DMs', 'comments received']);
    expect(ig.lacks).toEqual(['likes']);
    expect(ig.sources.map((s) => s.file)).toEqual([
      'ig.zip/connections/followers_1.json',
      'ig.zip/messages/inbox/a/message_1.json',
      'ig.zip/comments/post_comments_1.json',
    ]);
    expect(groups[0]!.lastImportedAt).toBe('2026-12-09T09:00:00.000Z');
    expect(groups[2]!.lacks).toEqual(['reactions']);
  });
});
