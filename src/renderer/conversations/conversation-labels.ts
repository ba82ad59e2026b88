import type { TFunction } from 'i18next';
import type { ConversationPlace, ConversationRow } from '../../core/contract/conversations';
import type { Format } from '../i18n/format';

type T = TFunction<'conversations'>;

const CHANNEL_KINDS = ['dm', 'group', 'channel', 'comments', 'forum'] as const;

/** Where a conversation happened, in words: the channel's name (or its kind), the post, a reply thread in it. */
export function placeLabel(place: ConversationPlace, t: T): string {
  const kind = CHANNEL_KINDS.find((k) => k === place.channelKind);
  // A DM is named after the member in it, who already shows as the one who opened it.
  const named = kind === 'dm' ? null : place.channel;
  const main = named ?? (kind ? t(`place.${kind}`) : place.post !== null ? t('place.post') : t('place.author'));
  const parts = [main];
  if (place.post !== null && named !== null) parts.push(t('place.on', { post: place.post }));
  else if (place.post !== null) parts[0] = `${main} ${t('place.on', { post: place.post })}`;
  if (place.thread) parts.push(t('place.thread'));
  return parts.join(' · ');
}

export type AnswerTone = 'ok' | 'no' | 'none';

/**
 * The answer as a row says it. With a signal, whether its messages were answered (so "not answered" is
 * shown whoever opened the conversation); otherwise the conversation's answer, expected only when a
 * member opened it and addressed the brand.
 */
export function answerLabel(row: ConversationRow, bySignal: boolean, t: T, f: Format): { text: string; tone: AnswerTone; title?: string } {
  if (row.answered === true)
    return {
      text: bySignal || row.responseMinutes === null ? t('answer.yesSignal') : t('answer.yes', { time: f.minutes(row.responseMinutes) }),
      tone: 'ok',
    };
  if (row.answered === false && (bySignal || row.awaited)) return { text: t('answer.no'), tone: 'no' };
  return { text: t('answer.none'), tone: 'none', title: row.answered === null ? t('answer.brandOpened') : t('answer.noneTitle') };
}
