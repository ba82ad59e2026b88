import type { Handlers } from '../../../core/contract';
import type { Workspace } from '../../store/workspace';

type EncryptionHandlers = Pick<Handlers, 'clients.unlock' | 'clients.lock' | 'clients.passphrase'>;

/** Encryption at rest: the keys stay in the workspace's memory, for the session. */
export function encryptionHandlers(ws: Workspace): EncryptionHandlers {
  return {
    'clients.unlock': async ({ client, passphrase }) => ws.unlock(client, passphrase),
    'clients.lock': async ({ client }) => ws.lock(client),
    'clients.passphrase': async ({ client, current, next }) => ws.setPassphrase(client, current, next),
  };
}
