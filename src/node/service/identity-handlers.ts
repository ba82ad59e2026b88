import type { Handlers } from '../../core/contract';
import { mergeIdentities, splitIdentity, suggestMerges } from '../../core/identity/identities';
import { changeBrands, changeTimezone } from '../../core/settings/change-settings';
import { brandNames, clientTimezone } from '../../core/settings/settings';
import { isValidTimeZone } from '../../core/util/time-zone';
import { UserError, type Workspace } from '../store/workspace';

type IdentityAndSettingsHandlers = Pick<Handlers, 'identities.suggest' | 'identities.merge' | 'identities.split' | 'settings.get' | 'settings.update'>;

const userError = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (err) {
    throw new UserError((err as Error).message);
  }
};

/** Identity merges (suggested, confirmed, reversible) and client settings that re-shape stored data. */
export function identityAndSettingsHandlers(ws: Workspace, afterChange: (db: Parameters<Parameters<Workspace['write']>[1]>[0]) => void): IdentityAndSettingsHandlers {
  return {
    'identities.suggest': ({ client }) => ws.read(client, (db) => suggestMerges(db)),
    'identities.merge': ({ client, identityIds }) =>
      ws.write(client, (db) => {
        const personId = userError(() => mergeIdentities(db, identityIds));
        afterChange(db);
        return { personId };
      }),
    'identities.split': ({ client, identityId }) =>
      ws.write(client, (db) => {
        const personId = userError(() => splitIdentity(db, identityId));
        afterChange(db);
        return { personId };
      }),
    'settings.get': ({ client }) => ws.read(client, (db) => ({ timezone: clientTimezone(db), brands: brandNames(db) })),
    'settings.update': ({ client, timezone, brands }) =>
      ws.write(client, (db) => {
        if (timezone !== undefined) {
          if (!isValidTimeZone(timezone)) throw new UserError(`unknown time zone "${timezone}"`);
          changeTimezone(db, timezone);
        }
        if (brands !== undefined) changeBrands(db, brands);
        afterChange(db);
        return { timezone: clientTimezone(db), brands: brandNames(db) };
      }),
  };
}
