import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intent, ResponseStats } from '../../core/contract/metrics';
import type { UnansweredConversation } from '../../core/contract/responsiveness';
import { EvidenceLink } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { useLabels } from '../ui/labels';
import { useExportName } from '../app/export-name';

/** A row of a breakdown: its name, then the response numbers. */
type Breakdown = ResponseStats & { key: string; name: string };

const breakdown = createColumnHelper<TableFeaturesUsed, Breakdown>();
const STAT_COLUMNS = ['inboundConversations', 'answered', 'responseRate', 'responseRateWithinWindow', 'medianFirstResponseMinutes', 'p90'];

/** Response numbers split by platform or by member type; a missing median is a dash, never a zero. */
export function BreakdownTable({ rows, first, label, testId }: { rows: Breakdown[]; first: string; label: string; testId: string }) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const columns: Columns<Breakdown> = useMemo(
    () =>
      breakdown.columns([
        breakdown.accessor('name', { header: first, cell: (i) => <span className="strong">{i.getValue()}</span> }),
        breakdown.accessor('inboundConversations', { header: t('columns.inbound'), cell: (i) => f.int(i.getValue()) }),
        breakdown.accessor('answered', { header: t('columns.answered'), cell: (i) => f.int(i.getValue()) }),
        breakdown.accessor('responseRate', { header: t('columns.rate'), cell: (i) => f.percent(i.getValue()) }),
        breakdown.accessor('responseRateWithinWindow', { header: t('columns.within'), cell: (i) => f.percent(i.getValue()) }),
        breakdown.accessor('medianFirstResponseMinutes', { header: t('columns.median'), cell: (i) => f.minutes(i.getValue()) }),
        breakdown.accessor('p90FirstResponseMinutes', { id: 'p90', header: t('columns.p90'), cell: (i) => f.minutes(i.getValue()) }),
      ]),
    [t, f, first],
  );
  return <DataTable columns={columns} data={rows} label={label} numeric={STAT_COLUMNS} testId={testId} exportName={useExportName(label)} />;
}

type SignalRow = Intent['question'] & { signal: keyof Intent };
const signal = createColumnHelper<TableFeaturesUsed, SignalRow>();

/** Intent signals: how many, from how many members, how many answered; each count opens its messages. */
export function IntentTable({ intent }: { intent: Intent }) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const rows = useMemo(() => (Object.keys(intent) as (keyof Intent)[]).map((s) => ({ signal: s, ...intent[s] })), [intent]);
  const columns: Columns<SignalRow> = useMemo(
    () =>
      signal.columns([
        signal.accessor((r) => t(`intent.signals.${r.signal}`), { id: 'signal', header: t('intent.signal') }),
        signal.accessor('count', {
          header: t('intent.count'),
          cell: (i) =>
            i.getValue() === 0 ? (
              f.int(0)
            ) : (
              <EvidenceLink
                to={{ screen: 'conversations', search: { signal: i.row.original.signal } }}
                label={t('intent.link', { n: f.int(i.getValue()), signal: t(`intent.signals.${i.row.original.signal}`) })}
                testId={`intent-${i.row.original.signal}`}
              >
                {f.int(i.getValue())}
              </EvidenceLink>
            ),
        }),
        signal.accessor('members', { header: t('intent.members'), cell: (i) => f.int(i.getValue()) }),
        signal.accessor('memberShare', { header: t('intent.share'), cell: (i) => f.percent(i.getValue()) }),
        signal.accessor('responseRate', { header: t('intent.answered'), cell: (i) => f.percent(i.getValue()) }),
        signal.accessor('medianFirstResponseMinutes', { header: t('intent.median'), cell: (i) => f.minutes(i.getValue()) }),
      ]),
    [t, f],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={t('intent.title')}
      numeric={['count', 'members', 'memberShare', 'responseRate', 'medianFirstResponseMinutes']}
      testId="intent-table"
      exportName={useExportName(t('intent.title'))}
    />
  );
}

const waiting = createColumnHelper<TableFeaturesUsed, UnansweredConversation>();

/** The conversations never answered, oldest first, each opening in the conversations screen. */
export function UnansweredTable({ rows, timezone }: { rows: UnansweredConversation[]; timezone: string }) {
  const { t } = useTranslation('responsiveness');
  const f = useFormat();
  const labels = useLabels();
  const columns: Columns<UnansweredConversation> = useMemo(
    () =>
      waiting.columns([
        // The ISO instant sorts as time and goes to the CSV whole; the cell shows it on the client's clock.
        waiting.accessor('at', {
          header: t('unanswered.at'),
          cell: (i) => <span className="nowrap">{f.dateTime(i.getValue(), timezone)}</span>,
        }),
        waiting.accessor('platform', { header: t('unanswered.platform'), cell: (i) => labels.platform(i.getValue()) }),
        waiting.accessor('member', {
          header: t('unanswered.member'),
          cell: (i) => (
            <>
              <span className="strong">{i.getValue()}</span>
              {i.row.original.firstTime && <span className="badge badge--soft">{t('unanswered.firstTime')}</span>}
            </>
          ),
        }),
        waiting.accessor('unansweredMinutes', { header: t('unanswered.waiting'), cell: (i) => f.minutes(i.getValue()) }),
        waiting.accessor('messages', { header: t('unanswered.messages'), cell: (i) => f.int(i.getValue()) }),
        waiting.accessor('text', {
          header: t('unanswered.text'),
          enableSorting: false,
          cell: (i) => <span className="message-text">{i.getValue() ?? '—'}</span>,
        }),
        waiting.display({
          id: 'actions',
          header: '',
          cell: (i) => (
            <EvidenceLink
              to={{ screen: 'conversations', search: { open: i.row.original.conversationId } }}
              label={t('unanswered.openLabel', { member: i.row.original.member })}
            >
              {t('unanswered.open')}
            </EvidenceLink>
          ),
        }),
      ]),
    [t, f, labels, timezone],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={t('unanswered.title')}
      numeric={['unansweredMinutes', 'messages']}
      narrow={['actions', 'at']}
      initialSorting={[{ id: 'at', desc: false }]}
      testId="unanswered-table"
      exportName={useExportName(t('unanswered.title'))}
      empty={t('unanswered.empty')}
    />
  );
}
