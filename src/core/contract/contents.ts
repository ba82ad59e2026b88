import { z } from 'zod';
import { method } from './define';
import { ClientName } from './schemas';

export const ContentInteraction = z.object({
  id: z.number(),
  at: z.string(),
  platform: z.string(),
  kind: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  personId: z.number(),
  /** The person's name (after identity merge), and the handle this interaction came from. */
  author: z.string(),
  handle: z.string(),
  text: z.string().nullable(),
});
export type ContentInteraction = z.infer<typeof ContentInteraction>;

export const ContentInteractions = z.object({
  content: z.object({
    contentId: z.number(),
    platform: z.string(),
    kind: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    at: z.string().nullable(),
  }),
  /** The client's time zone, the one its dates are shown in. */
  timezone: z.string(),
  /** Every interaction on the post; `interactions` is one page of them, newest first. */
  total: z.number(),
  offset: z.number(),
  interactions: z.array(ContentInteraction),
});
export type ContentInteractions = z.infer<typeof ContentInteractions>;

/** A post and what members (and the brand) did on it. */
export const contentsContract = {
  'contents.interactions': method(
    z.object({
      client: ClientName,
      contentId: z.number().int(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    ContentInteractions,
  ),
};
