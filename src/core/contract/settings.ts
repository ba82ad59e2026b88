import { z } from 'zod';
import { method } from './define';
import { ClientName } from './schemas';

export const ClientSettings = z.object({
  timezone: z.string(),
  brands: z.array(z.string()),
});

export const settingsContract = {
  'settings.get': method(z.object({ client: ClientName }), ClientSettings),
  'settings.update': method(
    z.object({ client: ClientName, timezone: z.string().optional(), brands: z.array(z.string().min(1)).optional() }),
    ClientSettings,
  ),
};
