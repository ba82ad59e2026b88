/**
 * How big a client's file may grow while sql.js keeps the whole database in memory. Measured here with
 * bench/size-limits.ts (README, Performance): a 396 MB file (1.1M interactions) opens in 0.4 s and saves in
 * 1.3 s at 1.0 GB peak memory; 1.2 GB (3.4M) in 0.9 s and 3.6 s at 2.6 GB; 2.0 GB (5.7M) in 1.5 s and 7.6 s
 * at 4.2 GB. Every change (an import, a setting, a theme renamed) saves the whole file, so past 1 GB each one
 * is felt, and past 2 GB a laptop with 8 GB of memory may not open the client at all.
 */
export const LARGE_CLIENT_BYTES = 2 ** 30;
export const HUGE_CLIENT_BYTES = 2 * 2 ** 30;

export type ClientSizeClass = 'normal' | 'large' | 'huge';

export function clientSizeClass(bytes: number): ClientSizeClass {
  if (bytes >= HUGE_CLIENT_BYTES) return 'huge';
  return bytes >= LARGE_CLIENT_BYTES ? 'large' : 'normal';
}

/** Memory a client needs to be opened and saved: about twice its file (the database, and the copy a save writes). */
export const memoryToOpenBytes = (bytes: number): number => Math.round(bytes * 2.1);
