import { z } from 'zod';
import { ClientSearch } from '../app/search';

/** The themes screen's own state on top of the shared filters: the open theme (-1: the unclassified texts), hidden themes shown. */
export const ThemesSearch = ClientSearch.extend({
  theme: z.number().int().min(-1).optional().catch(undefined),
  hidden: z.boolean().optional().catch(undefined),
});
export type ThemesSearch = z.infer<typeof ThemesSearch>;
