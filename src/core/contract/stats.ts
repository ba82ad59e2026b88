import { z } from 'zod';
import { method } from './define';
import { ClientName, CoverageEntry, SourceSummary } from './schemas';

export const StatsSummary = z.object({
  client: z.string(),
  timezone: z.string(),
  /** Distinct people (after identity merge), brand excluded. */
  members: z.number(),
  /** Every stored interaction, the brand's outbound ones included. */
  interactions: z.number(),
  /** The text-bearing interactions, brand included. */
  messages: z.number(),
  byPlatform: z.record(z.string(), z.number()),
  byKind: z.record(z.string(), z.number()),
  byDirection: z.record(z.string(), z.number()),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  /** Every imported file and what its format shows and lacks: only when asked (`files`). An Instagram archive is
   * 111k files at 1M interactions, which the app's frame, reading this summary first, has no use for. */
  sources: z.array(SourceSummary).optional(),
  coverage: z.array(CoverageEntry).optional(),
  weekly: z.array(z.object({ week: z.string(), inbound: z.number(), outbound: z.number() })),
  topMembers: z.array(z.object({ name: z.string(), platforms: z.array(z.string()), interactions: z.number() })),
});
export type StatsSummary = z.infer<typeof StatsSummary>;

export const statsContract = {
  'stats.summary': method(z.object({ client: ClientName, files: z.boolean().optional() }), StatsSummary),
};
