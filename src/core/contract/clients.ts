import { z } from 'zod';
import { method } from './define';
import { ClientInfo, ClientName } from './schemas';

export const clientsContract = {
  'clients.list': method(z.object({}), z.array(ClientInfo)),
  'clients.create': method(z.object({ name: ClientName, timezone: z.string().optional() }), ClientInfo),
  'clients.delete': method(z.object({ name: ClientName }), z.object({ deleted: z.boolean() })),
  'clients.createDemo': method(z.object({ name: ClientName.default('demo'), seed: z.number().int().optional() }), ClientInfo),
};
