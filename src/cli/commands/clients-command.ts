import { cliService } from '../context';
import { type Command, str } from './types';

export const clientsCommand: Command = {
  name: 'clients',
  summary: 'list the clients of the workspace',
  usage: 'cercle clients [--workspace DIR] [--json]',
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const svc = cliService(str(values.workspace));
    const list = await svc.call('clients.list', {});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out(`no clients in ${svc.ws.dir}`);
    else
      for (const c of list)
        io.out(
          `${c.name}\t${(c.sizeBytes / 1024).toFixed(0)} KiB\t${c.modifiedAt}${c.encrypted ? (c.locked ? '\tencrypted, locked' : '\tencrypted') : ''}`,
        );
    return 0;
  },
};

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create (or re-create) the client "demo" from a generated community',
  usage: 'cercle demo [--client NAME] [--seed N] [--workspace DIR] [--json]',
  options: { client: { type: 'string' }, seed: { type: 'string' }, workspace: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const svc = cliService(str(values.workspace));
    const seed = str(values.seed) === undefined ? undefined : Number(values.seed);
    const info = await svc.call('clients.createDemo', { name: str(values.client) ?? 'demo', seed });
    if (values.json) io.out(JSON.stringify(info, null, 2));
    else io.out(`created client "${info.name}" in ${info.file}`);
    return 0;
  },
};
