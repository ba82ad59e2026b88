/**
 * The topics a brand's community talks about. Every member text the generator writes is drawn from one
 * topic's grammar (or from topic-less chatter), and the topic is recorded beside it (topic-labels.ts),
 * so the themes found in a generated client can be scored against what was planted.
 */
export const TOPIC_IDS = [
  'delivery',
  'price',
  'quality',
  'scent',
  'sizes',
  'gifts',
  'shops',
  'service',
  'events',
  'sustainability',
  'loyalty',
  'returns',
  'collection',
] as const;
export type Topic = (typeof TOPIC_IDS)[number];
/** Small talk, thanks, +1s and welcomes: texts about no topic. */
export const CHATTER = 'chatter';

/** What a member text does: asks, complains, praises, wants to buy, recommends, answers another member. */
export type TopicIntent = 'q' | 'c' | 'p' | 'b' | 'r' | 'a';

/** One topic's grammar in one language: templates per intent (see grammar.ts) and the brand's answers. */
export type TopicPhrases = Record<TopicIntent, readonly string[]> & { brand: readonly string[] };
export type TopicBank = Record<Topic, TopicPhrases>;
