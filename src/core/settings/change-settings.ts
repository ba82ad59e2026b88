import type { Db } from '../db/db';
import { transaction } from '../db/db';
import { periodKeys } from '../util/time-zone';
import {
  BRAND_NAMES,
  BRAND_OWNERS,
  brandNames,
  CLIENT_TIMEZONE,
  clientTimezone,
  getJsonSetting,
  normaliseBrandName,
  setJsonSetting,
  settingsOf,
} from './settings';
import { asUtcMs } from '../util/time-keys';

/**
 * Changing the client's time zone moves every interaction's local day, week and month: recompute the
 * stored period keys in one pass (about a second per million rows).
 */
export function changeTimezone(db: Db, tz: string): void {
  if (tz === clientTimezone(db)) return;
  transaction(db, () => {
    settingsOf(db).set(CLIENT_TIMEZONE, tz);
    const rows = db.all<{ id: number; at: number }>('SELECT id, at FROM interactions');
    const upd = db.prepare('UPDATE interactions SET day = ?, week = ?, month = ? WHERE id = ?');
    try {
      for (const r of rows) {
        const k = periodKeys(tz, asUtcMs(Number(r.at)));
        upd.run([k.day, k.week, k.month, r.id]);
      }
    } finally {
      upd.free();
    }
  });
}

/**
 * The brand names decide which identities are the brand's own: re-mark identities, people and the
 * direction of their interactions so every metric sees the new brand at once.
 */
export function changeBrands(db: Db, names: readonly string[]): void {
  transaction(db, () => {
    setJsonSetting(db, BRAND_NAMES, [...new Set(names)]);
    const wanted = new Set(brandNames(db).map(normaliseBrandName));
    const owners = new Set(getJsonSetting<string[]>(db, BRAND_OWNERS, []));
    const ids = db.all<{ id: number; platform: string; handle: string; name: string | null; is_brand: number }>(
      'SELECT id, platform, handle, name, is_brand FROM identities',
    );
    for (const i of ids) {
      const byName = wanted.has(normaliseBrandName(i.handle)) || (i.name !== null && wanted.has(normaliseBrandName(i.name)));
      const brand = byName || owners.has(`${i.platform}:${i.handle}`) ? 1 : 0;
      if (brand === Number(i.is_brand)) continue;
      db.run('UPDATE identities SET is_brand = ? WHERE id = ?', [brand, i.id]);
      db.run('UPDATE people SET is_brand = ? WHERE id = (SELECT person_id FROM identities WHERE id = ?)', [brand, i.id]);
      db.run('UPDATE interactions SET direction = ? WHERE identity_id = ?', [brand ? 'outbound' : 'inbound', i.id]);
    }
  });
}
