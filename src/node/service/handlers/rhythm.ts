import type { Handlers } from '../../../core/contract';
import { activityRhythm } from '../../../core/analytics/metrics/activity-rhythm';
import type { Workspace } from '../../store/workspace';
import { derivedReader } from './derived-read';

/** The activity rhythm screen: weekday × hour counts from the analytics tables. */
export function rhythmHandlers(ws: Workspace): Pick<Handlers, 'rhythm.heatmap'> {
  const read = derivedReader(ws);
  return {
    'rhythm.heatmap': (q) => read(q, activityRhythm),
  };
}
