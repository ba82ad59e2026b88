import type { IdentityRef } from '../../domain/records';
import type { CsvRecord } from '../csv';
import type { ColumnMap } from './files';
import { nameKey, profileHandle } from './links';
import { cell } from './table';

/** People of an export by display name, so rows without a profile URL still reach the same identity. */
export type PeopleByName = Map<string, IdentityRef>;

export function addPerson(people: PeopleByName, name: string, url: string | undefined): void {
  const n = name.trim();
  if (n === '') return;
  const key = nameKey(n);
  const handle = profileHandle(url);
  const known = people.get(key);
  if (!known || (handle && known.handle !== handle && known.handle === known.name)) people.set(key, { handle: handle ?? n, name: n });
}

export function personRef(name: string, url: string | undefined, people: PeopleByName): IdentityRef | undefined {
  const n = name.trim();
  const handle = profileHandle(url);
  if (handle) return { handle, name: n || undefined };
  if (n === '') return undefined;
  return people.get(nameKey(n)) ?? { handle: n, name: n };
}

/**
 * Recipients of one message. TO is a comma-joined list of names, but names may contain commas
 * ("Piet P SPHRi, CPHR"): a TO equal to a known name is one person; RECIPIENT PROFILE URLS (2024+)
 * settles it when present.
 */
export function recipients(r: CsvRecord, cols: ColumnMap, people: PeopleByName): IdentityRef[] {
  const urls = cell(r, cols, 'recipientUrls')
    .split(/[,\s]+/)
    .map((u) => profileHandle(u))
    .filter((u): u is string => u !== undefined);
  const to = cell(r, cols, 'to');
  if (urls.length > 0) {
    const names = urls.length === 1 ? [to] : to.split(/,\s*/);
    return urls.map((handle, i) => ({ handle, name: names[i]?.trim() || undefined }));
  }
  if (to === '') return [];
  const whole = people.get(nameKey(to));
  if (whole) return [whole];
  return to
    .split(/,\s*/)
    .map((n) => personRef(n, undefined, people))
    .filter((p): p is IdentityRef => p !== undefined);
}

/** A reply to a comment starts with the replied-to person's full name: "Maya Lindqvist Haven't tried…". */
export function nameAtStart(text: string, people: PeopleByName, owner: IdentityRef | undefined): IdentityRef | undefined {
  const words = text.trimStart().split(/\s+/).slice(0, 6);
  for (let k = words.length; k >= 2; k--) {
    const candidate = words
      .slice(0, k)
      .join(' ')
      .replace(/[,:;!.?]+$/, '');
    const hit = people.get(nameKey(candidate));
    if (hit && hit.handle !== owner?.handle) return hit;
  }
  return undefined;
}
