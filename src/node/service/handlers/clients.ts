import type { Handlers } from '../../../core/contract';
import { generateDemo } from '../../../core/generate/demo';
import type { Workspace } from '../../store/workspace';

type ClientsHandlers = Pick<Handlers, 'clients.list' | 'clients.create' | 'clients.delete' | 'clients.createDemo'>;

/** The workspace's client files: listed, created, deleted, and the demo client. */
export function clientsHandlers(ws: Workspace, now: () => number): ClientsHandlers {
  return {
    'clients.list': async () => ws.list(),
    'clients.create': async ({ name, timezone }) => ws.create(name, timezone),
    'clients.delete': async ({ name }) => ({ deleted: await ws.delete(name) }),
    'clients.createDemo': async ({ name, seed }) => {
      if (await ws.exists(name)) await ws.delete(name);
      await ws.create(name);
      await ws.write(name, (db) => generateDemo(db, { seed, now }));
      return ws.info(name);
    },
  };
}
