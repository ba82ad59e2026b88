import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationRow, ConversationsPage } from '../../core/contract/conversations';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { useLabels } from '../ui/labels';
import { answerLabel, placeLabel } from './conversation-labels';
import { type ConversationColumn, conversationColumns } from './conversations-csv';
import { Highlighted } from './text-parts';

const col = createColumnHelper<TableFeaturesUsed, ConversationRow>();

/**
 * One page of conversations. The server orders them (newest first), so the columns do not sort; the
 * message is the link that opens the reading view (`?open=<id>`, the shared filters kept). The CSV of
 * the whole list is the screen's (conversations-csv.ts), from the same columns.
 */
export function ConversationTable({
  client,
  page,
  bySignal,
  openId,
}: {
  client: string;
  page: ConversationsPage;
  bySignal: boolean;
  openId: number | undefined;
}) {
  const { t } = useTranslation('conversations');
  const f = useFormat();
  const labels = useLabels();
  const tz = page.timezone;
  const columns: Columns<ConversationRow> = useMemo(() => {
    // What each cell draws; its value (sorting off: the server orders) comes from the columns the CSV writes too.
    const cells: Partial<Record<ConversationColumn['id'], (r: ConversationRow, value: string | number) => ReactNode>> = {
      when: (_, v) => <span className="nowrap">{v}</span>,
      place: (r) => (
        <span className="conv-place">
          <span className="conv-place__platform">{labels.platform(r.platform)}</span>
          <span className="conv-place__name">{placeLabel(r.place, t)}</span>
        </span>
      ),
      starter: (r, v) => (r.starter === null ? <span className="badge badge--brand">{v}</span> : v),
      messages: (_, v) => f.int(Number(v)),
      matches: (_, v) => f.int(Number(v)),
      answer: (r) => {
        const a = answerLabel(r, bySignal, t, f);
        return (
          <span className={`answer answer--${a.tone}`} title={a.title}>
            {a.text}
          </span>
        );
      },
      snippet: (r) => (
        <Link
          to="/client/$client/conversations"
          params={{ client }}
          search={(prev: object) => ({ ...prev, open: r.id })}
          className={`conv-snippet${r.id === openId ? ' conv-snippet--open' : ''}`}
          aria-label={t('open', { when: f.dateTime(r.firstAt, tz) })}
          aria-current={r.id === openId ? 'true' : undefined}
          data-testid="conversation-open"
        >
          {r.snippetAuthor && <span className="conv-snippet__author">{r.snippetAuthor}</span>}
          <span className="conv-snippet__text">
            <Highlighted parts={r.snippet} />
          </span>
        </Link>
      ),
    };
    return col.columns(
      conversationColumns({ byMatch: page.byMatch, bySignal, tz }, t, f, labels).map((c) =>
        col.accessor(c.value, {
          id: c.id,
          header: c.header,
          enableSorting: false,
          cell: (i) => cells[c.id]?.(i.row.original, i.getValue()) ?? i.getValue(),
        }),
      ),
    );
  }, [t, f, labels, tz, page.byMatch, bySignal, client, openId]);
  return (
    <DataTable
      columns={columns}
      data={page.rows}
      label={t('title')}
      numeric={['messages', 'matches']}
      narrow={['when', 'messages', 'matches', 'answer']}
      testId="conversations-table"
      empty={t('empty')}
    />
  );
}
