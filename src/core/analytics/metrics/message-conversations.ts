import type { Db } from '../../db/db';
import { CONVERSATION_OF_MESSAGE } from './conversation-rows';
import { readNumbers } from './query-util';

/** A message found by a search: its interaction id, time, and (for a signal) whether the brand answered it. */
export interface Hit {
  iid: number;
  at: number;
  answered: boolean;
}

/** Ids per statement: far below SQLite's parameter limit, large enough to amortise the statement. */
const CHUNK = 500;

/**
 * Ties messages to their conversations (one index seek each, CONVERSATION_OF_MESSAGE), remembering the
 * answers, so a page's conversations can look again at messages the walk already tied.
 */
export class MessageConversations {
  private readonly known = new Map<number, number | null>();

  constructor(private readonly db: Db) {}

  /** The conversation of each message (null: a message no conversation holds), in the order given. */
  tie(iids: readonly number[]): (number | null)[] {
    const todo = [...new Set(iids.filter((id) => !this.known.has(id)))];
    for (let i = 0; i < todo.length; i += CHUNK) {
      const chunk = todo.slice(i, i + CHUNK);
      for (const id of chunk) this.known.set(id, null);
      for (const [iid, cid] of readNumbers(
        this.db,
        `SELECT i.id || ',' || ifnull((${CONVERSATION_OF_MESSAGE}), '') AS r FROM interactions i WHERE i.id IN (${chunk.map(() => '?').join(',')})`,
        chunk,
      ))
        this.known.set(iid!, Number.isNaN(cid!) ? null : cid!);
    }
    return iids.map((id) => this.known.get(id) ?? null);
  }
}
