import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const RES = join(ROOT, 'resources');

describe('resources/', () => {
  it('holds the app icon electron-builder packs, at the size it derives the others from', () => {
    const png = readFileSync(join(RES, 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const builder = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/^icon: resources\/icon\.png$/m);
    expect(builder).toMatch(/buildResources: resources/);
  });

  it("holds every font the report's font rules name, with their licences", () => {
    const css = readFileSync(join(RES, 'fonts/fonts.css'), 'utf8');
    const files = [...css.matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(files.length).toBe(5);
    for (const f of files) expect(existsSync(join(RES, 'fonts', f)), f).toBe(true);
    for (const f of files)
      expect(
        readFileSync(join(RES, 'fonts', f))
          .subarray(0, 4)
          .toString(),
        f,
      ).toBe('wOF2');
    expect(readFileSync(join(RES, 'fonts/Inter-OFL.txt'), 'utf8')).toMatch(/SIL Open Font License, Version 1\.1/);
    expect(readFileSync(join(RES, 'fonts/NotoColorEmoji-OFL.txt'), 'utf8')).toMatch(/SIL Open Font License, Version 1\.1/);
  });
});
