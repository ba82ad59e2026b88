import type { Handlers } from '../../../core/contract';
import { resolveFilter } from '../../../core/analytics/metrics/filter';
import { memberDetail, memberTimeline } from '../../../core/analytics/metrics/member-detail';
import { memberList } from '../../../core/analytics/metrics/member-list';
import { memberScore } from '../../../core/analytics/metrics/member-score';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import type { Workspace } from '../../store/workspace';
import { freshReader } from './fresh-read';

type MembersHandlers = Pick<Handlers, 'members.list' | 'members.get' | 'members.timeline' | 'members.score'>;

/** The members screens: they read the analytics tables, brought up to date first like every metrics.* method. */
export function membersHandlers(ws: Workspace): MembersHandlers {
  const query = freshReader(ws);
  return {
    'members.list': (q) =>
      query(q.client, (db) => memberList(db, resolveFilter(db, q.filter), loadAnalyticsSettings(db), q.interval, q.evidence)),
    'members.get': ({ client, person }) => query(client, (db) => memberDetail(db, person)),
    'members.timeline': ({ client, person, offset, limit }) => query(client, (db) => memberTimeline(db, person, offset, limit)),
    'members.score': ({ client, person, filter }) =>
      query(client, (db) => memberScore(db, resolveFilter(db, filter), loadAnalyticsSettings(db), person)),
  };
}
