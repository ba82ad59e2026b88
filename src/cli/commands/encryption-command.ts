import { CercleError, cliPassphrases, cliService } from '../context';
import { type Command, str } from './types';

const PASSPHRASE_FROM = 'a passphrase (CERCLE_PASSPHRASE or --passphrase-file FILE)';

function clientOf(values: Record<string, unknown>, command: string): string {
  const client = str(values.client);
  if (!client) throw new CercleError('cli.needs-option', { command, option: '--client NAME' });
  return client;
}

export const encryptCommand: Command = {
  name: 'encrypt',
  summary:
    'encrypt a client file with a passphrase (AES-256-GCM, key by scrypt), or change it: the current from CERCLE_PASSPHRASE or --passphrase-file, the new from CERCLE_NEW_PASSPHRASE or --new-passphrase-file; a lost passphrase cannot be recovered',
  usage: 'cercle encrypt --client NAME [--workspace DIR]',
  options: { client: { type: 'string' }, workspace: { type: 'string' } },
  async run({ values }, io) {
    const client = clientOf(values, 'cercle encrypt');
    const { passphrase, newPassphrase } = cliPassphrases();
    if (passphrase === undefined) throw new CercleError('cli.needs-option', { command: 'cercle encrypt', option: PASSPHRASE_FROM });
    // On a plain client the passphrase becomes its own; on an encrypted one it is the current one,
    // replaced by the new one if given (else the file is re-encrypted under a fresh salt).
    const info = await cliService(str(values.workspace)).call('clients.passphrase', {
      client,
      current: passphrase,
      next: newPassphrase ?? passphrase,
    });
    io.out(`client "${info.name}" is encrypted: ${info.file}`);
    return 0;
  },
};

export const decryptCommand: Command = {
  name: 'decrypt',
  summary: 'remove the passphrase of an encrypted client: its file is saved in the clear again',
  usage: 'cercle decrypt --client NAME [--workspace DIR]',
  options: { client: { type: 'string' }, workspace: { type: 'string' } },
  async run({ values }, io) {
    const client = clientOf(values, 'cercle decrypt');
    const { passphrase } = cliPassphrases();
    const info = await cliService(str(values.workspace)).call('clients.passphrase', { client, current: passphrase, next: null });
    io.out(`client "${info.name}" is no longer encrypted: ${info.file}`);
    return 0;
  },
};
