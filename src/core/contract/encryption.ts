import { z } from 'zod';
import { method } from './define';
import { ClientInfo, ClientName } from './schemas';

/** Encryption at rest, per client: unlocking one for the session, and setting, changing or removing its passphrase. */
export const encryptionContract = {
  'clients.unlock': method(z.object({ client: ClientName, passphrase: z.string() }), ClientInfo),
  /** Forgets the client's key and closes it; opening it again asks for the passphrase. */
  'clients.lock': method(z.object({ client: ClientName }), ClientInfo),
  /** next: the new passphrase, or null to save the client in the clear again; current: asked for when it is encrypted. */
  'clients.passphrase': method(z.object({ client: ClientName, current: z.string().optional(), next: z.string().nullable() }), ClientInfo),
};
