import { describe, expect, it } from 'vitest';
import { memoryFile } from '../importers/memory-file';
import type { InputFile } from '../importers/types';
import { ReadAhead, readHeads } from './read-ahead';

/** A file that counts its reads and how many are in flight at once across a set of files. */
function counted(name: string, text: string, live: { now: number; max: number; reads: number }, fail = false): InputFile {
  const base = memoryFile(name, text);
  const slow = async <T>(fn: () => Promise<T>): Promise<T> => {
    live.now++;
    live.reads++;
    live.max = Math.max(live.max, live.now);
    await new Promise((r) => setTimeout(r, 2));
    live.now--;
    if (fail) throw new Error('entry is damaged');
    return fn();
  };
  return { ...base, head: () => slow(base.head), text: () => slow(base.text) };
}

describe('readHeads', () => {
  it('reads small files several at a time and returns heads in file order', async () => {
    const live = { now: 0, max: 0, reads: 0 };
    const files = Array.from({ length: 20 }, (_, i) => counted(`f${i}.json`, `{"n":${i}}`, live));
    expect(await readHeads(files)).toEqual(files.map((_, i) => `{"n":${i}}`));
    expect(live.max).toBeGreaterThan(1);
    expect(live.max).toBeLessThanOrEqual(8);
  });

  it('names the file that cannot be read, once every read has ended', async () => {
    const live = { now: 0, max: 0, reads: 0 };
    const files = Array.from({ length: 12 }, (_, i) => counted(`f${i}.json`, '{}', live, i === 3));
    await expect(readHeads(files)).rejects.toThrow(/^f3\.json: cannot be read \(entry is damaged\)$/);
    expect(live.now).toBe(0);
  });
});

describe('ReadAhead', () => {
  it('serves the next small files from reads started while the current one is imported', async () => {
    const live = { now: 0, max: 0, reads: 0 };
    const files = Array.from({ length: 5 }, (_, i) => counted(`f${i}.txt`, `text ${i}`, live));
    const ahead = new ReadAhead(files);
    const first = ahead.take(0);
    expect(live.reads).toBe(4); // files 1..4 started, file 0 is read by its importer
    expect(await first.text()).toBe('text 0');
    const second = ahead.take(1);
    const chunks: string[] = [];
    for await (const c of second.chunks()) chunks.push(c);
    expect(chunks).toEqual(['text 1']);
    expect(await second.hash()).toBe(await files[1]!.hash());
    expect(live.reads).toBe(5); // no second read of file 1
    await ahead.settle();
    expect(live.now).toBe(0);
  });
});
