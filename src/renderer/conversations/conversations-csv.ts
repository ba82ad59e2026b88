import type { TFunction } from 'i18next';
import type { ConversationRow } from '../../core/contract/conversations';
import type { Format } from '../i18n/format';
import type { Labels } from '../ui/labels';
import { answerLabel, placeLabel } from './conversation-labels';
import { plainText } from './text-parts';

type T = TFunction<'conversations'>;

/** The most rows the list's CSV holds: 50 calls of a hundred, seconds even on a million-message client. */
export const CSV_MAX_ROWS = 5000;

/** A column of the list as the table shows it and the CSV writes it. */
export interface ConversationColumn {
  id: 'when' | 'place' | 'starter' | 'messages' | 'matches' | 'answer' | 'snippet';
  header: string;
  value: (r: ConversationRow) => string | number;
}

/**
 * The list's columns, the one place that says what each holds: the table draws them, the CSV writes
 * their values (numbers left as numbers, so the French file gets decimal commas and a spreadsheet sums them).
 */
export function conversationColumns(
  opts: { byMatch: boolean; bySignal: boolean; tz: string },
  t: T,
  f: Format,
  labels: Labels,
): ConversationColumn[] {
  const cols: ConversationColumn[] = [
    { id: 'when', header: t('columns.when'), value: (r) => f.dateTime(opts.byMatch ? (r.lastMatchAt ?? r.firstAt) : r.firstAt, opts.tz) },
    { id: 'place', header: t('columns.place'), value: (r) => `${labels.platform(r.platform)} · ${placeLabel(r.place, t)}` },
    { id: 'starter', header: t('columns.starter'), value: (r) => r.starter ?? t('brand') },
    { id: 'messages', header: t('columns.messages'), value: (r) => r.messages },
    { id: 'matches', header: t('columns.matches'), value: (r) => r.matches },
    { id: 'answer', header: t('columns.answer'), value: (r) => answerLabel(r, opts.bySignal, t, f).text },
    {
      id: 'snippet',
      header: t('columns.snippet'),
      value: (r) => (r.snippetAuthor ? `${r.snippetAuthor}: ${plainText(r.snippet)}` : plainText(r.snippet)),
    },
  ];
  return opts.byMatch ? cols : cols.filter((c) => c.id !== 'matches');
}
