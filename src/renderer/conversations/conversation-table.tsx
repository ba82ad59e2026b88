import { Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationRow, ConversationsPage } from '../../core/contract/conversations';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { fileSlug } from '../ui/download';
import { useLabels } from '../ui/labels';
import { answerLabel, placeLabel } from './conversation-labels';
import { Highlighted, plainText } from './text-parts';

const col = createColumnHelper<TableFeaturesUsed, ConversationRow>();

/**
 * One page of conversations. The server orders them (newest first), so the columns do not sort; the
 * message is the link that opens the reading view (`?open=<id>`, the shared filters kept). The CSV
 * holds what the cells say, the snippet as plain text.
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
    const when = (r: ConversationRow) => f.dateTime(page.byMatch ? (r.lastMatchAt ?? r.firstAt) : r.firstAt, tz);
    return col.columns([
      col.accessor(when, {
        id: 'when',
        header: t('columns.when'),
        enableSorting: false,
        cell: (i) => <span className="nowrap">{i.getValue()}</span>,
      }),
      col.accessor((r) => `${labels.platform(r.platform)} · ${placeLabel(r.place, t)}`, {
        id: 'place',
        header: t('columns.place'),
        enableSorting: false,
        cell: (i) => (
          <span className="conv-place">
            <span className="conv-place__platform">{labels.platform(i.row.original.platform)}</span>
            <span className="conv-place__name">{placeLabel(i.row.original.place, t)}</span>
          </span>
        ),
      }),
      col.accessor((r) => r.starter ?? t('brand'), {
        id: 'starter',
        header: t('columns.starter'),
        enableSorting: false,
        cell: (i) => (i.row.original.starter === null ? <span className="badge badge--brand">{i.getValue()}</span> : i.getValue()),
      }),
      col.accessor('messages', { header: t('columns.messages'), enableSorting: false, cell: (i) => f.int(i.getValue()) }),
      ...(page.byMatch
        ? [col.accessor('matches', { header: t('columns.matches'), enableSorting: false, cell: (i) => f.int(i.getValue()) })]
        : []),
      col.accessor((r) => answerLabel(r, bySignal, t, f).text, {
        id: 'answer',
        header: t('columns.answer'),
        enableSorting: false,
        cell: (i) => {
          const a = answerLabel(i.row.original, bySignal, t, f);
          return (
            <span className={`answer answer--${a.tone}`} title={a.title}>
              {a.text}
            </span>
          );
        },
      }),
      col.accessor((r) => (r.snippetAuthor ? `${r.snippetAuthor}: ${plainText(r.snippet)}` : plainText(r.snippet)), {
        id: 'snippet',
        header: t('columns.snippet'),
        enableSorting: false,
        cell: (i) => {
          const r = i.row.original;
          return (
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
          );
        },
      }),
    ]);
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
      exportName={`${t('csvName')}-${fileSlug(client)}`}
    />
  );
}
