import { describe, expect, it } from 'vitest';
import { clientSizeClass, HUGE_CLIENT_BYTES, LARGE_CLIENT_BYTES, memoryToOpenBytes } from './client-size';

describe('client size classes', () => {
  it('is normal below 1 GiB, large from 1 GiB, huge from 2 GiB', () => {
    expect(clientSizeClass(396 * 2 ** 20)).toBe('normal');
    expect(clientSizeClass(LARGE_CLIENT_BYTES - 1)).toBe('normal');
    expect(clientSizeClass(LARGE_CLIENT_BYTES)).toBe('large');
    expect(clientSizeClass(1193 * 2 ** 20)).toBe('large');
    expect(clientSizeClass(HUGE_CLIENT_BYTES)).toBe('huge');
  });

  it('estimates the memory to open and save as about twice the file, as measured (1.2 GB file: 2.6 GB)', () => {
    expect(memoryToOpenBytes(1193 * 2 ** 20) / 2 ** 30).toBeCloseTo(2.45, 1);
  });
});
