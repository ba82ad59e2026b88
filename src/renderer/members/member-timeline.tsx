import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionKind } from '../../core/domain/kinds';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useFormat } from '../i18n/format';
import { Card, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { useLabels } from '../ui/labels';
import { Pager } from '../ui/pager';

const PAGE = 50;

/** A member's interactions, newest first, a page at a time, each message linked to its conversation. */
export function MemberTimeline({
  client,
  person,
  name,
  timezone,
  version,
}: {
  client: string;
  person: number;
  name: string;
  timezone: string;
  version: number;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { api } = useBackend();
  const f = useFormat();
  const labels = useLabels();
  const [offset, setOffset] = useState(0);
  const { load, reload } = useLoad(
    () => api['members.timeline']({ client, person, offset, limit: PAGE }),
    `${client}:${person}:${offset}:${version}`,
  );
  const total = load.state === 'ready' ? load.data.total : 0;
  const pager = load.state === 'ready' && total > PAGE && (
    <Pager
      label={t('member.timeline.title')}
      offset={offset}
      page={PAGE}
      total={total}
      onOffset={setOffset}
      newer={t('member.timeline.newer')}
      older={t('member.timeline.older')}
      range={(n) => t('member.timeline.range', n)}
      testId="timeline"
    />
  );
  return (
    <Card title={t('member.timeline.title')} subtitle={t('member.timeline.subtitle')} actions={pager || undefined}>
      {load.state === 'error' && <ErrorLine message={load.error} onRetry={reload} />}
      {load.state === 'loading' && <Spinner label={tc('loading')} />}
      {load.state === 'ready' && (
        <div className="table-wrap">
          <table className="data-table timeline" aria-label={t('member.timeline.label', { name })} data-testid="member-timeline">
            <thead>
              <tr>
                <th className="timeline__when">{t('member.timeline.when')}</th>
                <th>{t('member.timeline.platform')}</th>
                <th>{t('member.timeline.kind')}</th>
                <th className="timeline__text">{t('member.timeline.text')}</th>
                <th>{t('member.timeline.place')}</th>
                <th className="narrow">{t('member.timeline.conversation')}</th>
              </tr>
            </thead>
            <tbody>
              {load.data.items.map((i) => (
                <tr key={i.id}>
                  <td className="timeline__when">{f.dateTime(i.at, timezone)}</td>
                  <td>{labels.platform(i.platform)}</td>
                  <td>{t(`kinds.${i.kind as InteractionKind}`)}</td>
                  <td className="timeline__text">{i.text ?? <span className="muted">—</span>}</td>
                  <td className="muted">{i.place ?? '—'}</td>
                  <td className="narrow">
                    {i.conversationId === null ? (
                      <span className="muted">—</span>
                    ) : (
                      // The conversations screen's reading view (its route belongs to that feature).
                      <a href={`#/client/${encodeURIComponent(client)}/conversations?open=${i.conversationId}`} className="strong-link">
                        {t('member.timeline.open', { id: i.conversationId })}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
