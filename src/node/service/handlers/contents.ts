import type { Handlers } from '../../../core/contract';
import { contentInteractions } from '../../../core/analytics/metrics/content-interactions';
import type { Workspace } from '../../store/workspace';
import { freshReader } from './fresh-read';

/** A post and the interactions on it (read through a derived table, kept current like the metrics'). */
export function contentsHandlers(ws: Workspace): Pick<Handlers, 'contents.interactions'> {
  const read = freshReader(ws);
  return {
    'contents.interactions': ({ client, contentId, offset, limit }) =>
      read(client, (db) => contentInteractions(db, contentId, offset, limit)),
  };
}
