import type { Db } from '../db/db';

/** Per-client settings live in the client's own file so a copied client keeps its configuration. */
export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function settingsOf(db: Db): SettingsStore {
  return {
    get: (key) => db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])?.value,
    set: (key, value) =>
      db.run('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]),
  };
}

export function getJsonSetting<T>(db: Db, key: string, fallback: T): T {
  const raw = settingsOf(db).get(key);
  if (raw === undefined) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

export function setJsonSetting(db: Db, key: string, value: unknown): void {
  settingsOf(db).set(key, JSON.stringify(value));
}

export const CLIENT_NAME = 'client.name';
export const CLIENT_TIMEZONE = 'client.timezone';
export const CLIENT_CREATED_AT = 'client.createdAt';
export const BRAND_NAMES = 'brand.names';
/** Identities an importer knows to be the brand's (the archive owner), as `platform:handle`. */
export const BRAND_OWNERS = 'brand.owners';

export function clientTimezone(db: Db): string {
  return settingsOf(db).get(CLIENT_TIMEZONE) ?? 'UTC';
}

export function brandNames(db: Db): string[] {
  return getJsonSetting<string[]>(db, BRAND_NAMES, []);
}

/** How brand names compare with handles and display names: trimmed, no leading @, case-insensitive. */
export function normaliseBrandName(s: string): string {
  return s.trim().replace(/^@/, '').toLowerCase();
}
