import type { Handlers } from '../../../core/contract';
import { rebuildAfterChange } from '../../../core/analytics/rebuild';
import { CercleError } from '../../../core/errors';
import { changeBrands, changeTimezone } from '../../../core/settings/change-settings';
import { brandNames, clientTimezone } from '../../../core/settings/settings';
import { isValidTimeZone } from '../../../core/util/time-zone';
import type { Workspace } from '../../store/workspace';

/** A client's time zone and brand names: changing either re-shapes the derived data. */
export function settingsHandlers(ws: Workspace): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': ({ client }) => ws.read(client, (db) => ({ timezone: clientTimezone(db), brands: brandNames(db) })),
    'settings.update': ({ client, timezone, brands }) =>
      ws.write(client, (db) => {
        if (timezone !== undefined) {
          if (!isValidTimeZone(timezone)) throw new CercleError('time-zone.unknown', { zone: timezone });
          changeTimezone(db, timezone);
        }
        if (brands !== undefined) changeBrands(db, brands);
        rebuildAfterChange(db);
        return { timezone: clientTimezone(db), brands: brandNames(db) };
      }),
  };
}
