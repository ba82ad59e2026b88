import type { Handlers } from '../../../core/contract';
import { rebuildAfterChange } from '../../../core/analytics/rebuild';
import { identitiesOfPerson, mergeIdentities, splitIdentity, suggestMerges } from '../../../core/identity/identities';
import { rejectedMerges, rejectMerge } from '../../../core/settings/merge-rejections';
import type { Workspace } from '../../store/workspace';

type IdentitiesHandlers = Pick<Handlers, 'identities.suggest' | 'identities.merge' | 'identities.reject' | 'identities.split'>;

/**
 * Likely same-person identities, merged only when confirmed, and split back on demand. A rejected
 * suggestion is remembered, and so is a split (the identities it separates are not one person), so
 * neither comes back as a suggestion.
 */
export function identitiesHandlers(ws: Workspace): IdentitiesHandlers {
  return {
    'identities.suggest': ({ client }) => ws.read(client, (db) => suggestMerges(db, rejectedMerges(db))),
    'identities.merge': ({ client, identityIds }) =>
      ws.write(client, (db) => {
        const personId = mergeIdentities(db, identityIds);
        rebuildAfterChange(db);
        return { personId };
      }),
    'identities.reject': ({ client, identityIds }) => ws.write(client, (db) => ({ rejected: rejectMerge(db, identityIds) })),
    'identities.split': ({ client, identityId }) =>
      ws.write(client, (db) => {
        const group = identitiesOfPerson(db, identityId);
        const personId = splitIdentity(db, identityId);
        rejectMerge(db, group);
        rebuildAfterChange(db);
        return { personId };
      }),
  };
}
