import type { Handlers } from '../../../core/contract';
import { unansweredConversations } from '../../../core/analytics/metrics/unanswered';
import type { Workspace } from '../../store/workspace';
import { derivedReader } from './derived-read';

/** The responsiveness screen's own query (its rates and times are metrics.responsiveness and metrics.intent). */
export function responsivenessHandlers(ws: Workspace): Pick<Handlers, 'responsiveness.unanswered'> {
  const read = derivedReader(ws);
  return {
    'responsiveness.unanswered': (q) => read(q, (db, f, s) => unansweredConversations(db, f, s, q.limit)),
  };
}
