import { z } from 'zod';
import { method } from './define';
import { ClientName } from './schemas';

export const IdentityView = z.object({
  identityId: z.number(),
  personId: z.number(),
  platform: z.string(),
  handle: z.string(),
  name: z.string().nullable(),
  interactions: z.number(),
});

export const identitiesContract = {
  'identities.suggest': method(
    z.object({ client: ClientName }),
    z.array(z.object({ reason: z.enum(['same handle', 'same name']), identities: z.array(IdentityView) })),
  ),
  'identities.merge': method(
    z.object({ client: ClientName, identityIds: z.array(z.number().int()).min(2) }),
    z.object({ personId: z.number() }),
  ),
  // A suggestion the consultant says is not one person: never suggested again (a split is remembered the same way).
  'identities.reject': method(
    z.object({ client: ClientName, identityIds: z.array(z.number().int()).min(2) }),
    z.object({ rejected: z.number() }),
  ),
  'identities.split': method(z.object({ client: ClientName, identityId: z.number().int() }), z.object({ personId: z.number() })),
};
