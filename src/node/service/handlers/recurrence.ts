import type { Handlers } from '../../../core/contract';
import { stickinessSeries } from '../../../core/analytics/metrics/stickiness-series';
import type { Workspace } from '../../store/workspace';
import { derivedReader } from './derived-read';

/** The recurrence screen's own query (its other numbers are metrics.*). */
export function recurrenceHandlers(ws: Workspace): Pick<Handlers, 'recurrence.stickinessSeries'> {
  const read = derivedReader(ws);
  return {
    'recurrence.stickinessSeries': (q) => read(q, stickinessSeries),
  };
}
