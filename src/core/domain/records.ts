import type { ChannelKind, ContentKind, Direction, InteractionKind, Platform } from './kinds';
import type { UtcMs } from '../util/time-keys';

/** A person as one platform names them. `handle` is the platform's stable id or, failing that, the name. */
export interface IdentityRef {
  handle: string;
  name?: string | undefined;
}

export interface ChannelRecord {
  key: string;
  kind: ChannelKind;
  name?: string | undefined;
  /** The conversation reached the account as a message request (a stranger writing first). */
  request?: boolean | undefined;
}

export interface ContentRecord {
  key: string;
  kind: ContentKind;
  at?: UtcMs | undefined;
  author?: IdentityRef | undefined;
  title?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
}

/**
 * One event by a member or by the brand. `key` must be stable across re-exports (a platform id, or a
 * hash of the fields that identify the event) so that re-importing an overlapping export adds nothing.
 */
export interface InteractionRecord {
  key: string;
  kind: InteractionKind;
  at: UtcMs;
  author: IdentityRef;
  /** Set only when the platform says so; otherwise derived from whether the author is a brand identity. */
  direction?: Direction | undefined;
  channel?: ChannelRecord | undefined;
  contentKey?: string | undefined;
  /** Native thread (comment → replies, a DM thread, a reply chain root). */
  threadKey?: string | undefined;
  replyToKey?: string | undefined;
  /** Who the interaction addresses, when known (a mention, a reply to a member, a DM recipient). */
  target?: IdentityRef | undefined;
  text?: string | undefined;
}

export interface ContentMetricRecord {
  contentKey: string;
  metric: string; // reach, impressions, views, likes, comments, shares, saves, follows, replies, ...
  value: number;
}

export type { Platform };
