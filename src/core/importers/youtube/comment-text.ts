/**
 * The text column of Takeout's comments.csv / live chats.csv is JSON, in two shapes:
 * before June 2024 `{"takeoutSegments":[{"text":"…"},…]}`; since then the segments alone, comma-joined
 * without brackets: `{"text":"> quote"},{"text":"\n"},{"text":"…"}`. Segments may carry a link
 * (`{"text":"https://…","link":{"linkUrl":…}}`) or a mention (`{"text":"@x","mention":{"channelId":…}}`).
 */
export interface CommentText {
  text: string;
  mentions: { channelId: string; name: string }[];
  /** False when the column was not JSON of either shape; `text` is then the raw column. */
  parsed: boolean;
}

interface Segment {
  text?: unknown;
  mention?: { channelId?: unknown; externalChannelId?: unknown } | undefined;
}

function segmentsOf(value: unknown): Segment[] | undefined {
  if (Array.isArray(value)) {
    if (value.length === 1 && isTakeout(value[0])) return value[0].takeoutSegments;
    return value.every((v) => typeof v === 'object' && v !== null) ? (value as Segment[]) : undefined;
  }
  if (isTakeout(value)) return value.takeoutSegments;
  if (typeof value === 'object' && value !== null && 'text' in value) return [value as Segment];
  return undefined;
}

function isTakeout(v: unknown): v is { takeoutSegments: Segment[] } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { takeoutSegments?: unknown }).takeoutSegments);
}

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

export function readCommentText(raw: string): CommentText {
  const s = raw.trim();
  if (s === '') return { text: '', mentions: [], parsed: true };
  const segments = s.startsWith('{') ? (segmentsOf(tryJson(s)) ?? segmentsOf(tryJson(`[${s}]`))) : undefined;
  if (!segments) return { text: s, mentions: [], parsed: false };
  const mentions: CommentText['mentions'] = [];
  let text = '';
  for (const seg of segments) {
    const t = typeof seg.text === 'string' ? seg.text : '';
    text += t;
    const id = seg.mention?.channelId ?? seg.mention?.externalChannelId;
    if (typeof id === 'string' && id !== '') mentions.push({ channelId: id, name: t.replace(/^@/, '').trim() });
  }
  return { text: text.trim(), mentions, parsed: true };
}
