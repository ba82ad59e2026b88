import type { Handlers } from '../../../core/contract';
import { rebuildAfterChange } from '../../../core/analytics/rebuild';
import { mergeIdentities, splitIdentity, suggestMerges } from '../../../core/identity/identities';
import type { Workspace } from '../../store/workspace';

type IdentitiesHandlers = Pick<Handlers, 'identities.suggest' | 'identities.merge' | 'identities.split'>;

/** Likely same-person identities, merged only when confirmed, and split back on demand. */
export function identitiesHandlers(ws: Workspace): IdentitiesHandlers {
  return {
    'identities.suggest': ({ client }) => ws.read(client, (db) => suggestMerges(db)),
    'identities.merge': ({ client, identityIds }) =>
      ws.write(client, (db) => {
        const personId = mergeIdentities(db, identityIds);
        rebuildAfterChange(db);
        return { personId };
      }),
    'identities.split': ({ client, identityId }) =>
      ws.write(client, (db) => {
        const personId = splitIdentity(db, identityId);
        rebuildAfterChange(db);
        return { personId };
      }),
  };
}
