import type { DetectInput } from '../types';

const CHAT_TYPES =
  /"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/;

/** Where a chat's messages start, and the first message object in it. */
const MESSAGES_START = /"messages"\s*:\s*\[\s*\{/;
/** How far past that start the first messages are looked at (a message with reactions runs to ~1 KiB). */
const WINDOW = 4096;
/** A message id: a bare integer (Telegram Desktop writes no quotes; migrated history is negative). */
const MESSAGE_ID = /"id"\s*:\s*-?\d+\s*[,}\n]/;
/** Telegram's dates: `date` a local ISO time with no zone, `date_unixtime` seconds as a string. */
const MESSAGE_DATE = /"date"\s*:\s*"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"|"date_unixtime"\s*:\s*"\d+"/;

/**
 * Telegram Desktop's result.json. Its own marks are the chat type (`"type": "public_channel"`) and a
 * full-account export's opening `"about"` with `personal_information`; but a single-chat file from an
 * older version, or one a tool trimmed, may have neither. Such a file is still recognised by its
 * shape: a root object with the chat's name before its messages (or a `chats` list), whose first
 * messages carry a bare integer id and Telegram's dates. DiscordChatExporter (string ids, `timestamp`)
 * and Meta's message_N.json (`timestamp_ms`, no id) do not match.
 */
export function detectTelegram(f: DetectInput): number {
  if (!/\.json$/i.test(f.name)) return 0;
  const head = f.head.replace(/^\uFEFF/, '');
  if (/^\s*\{\s*"about"\s*:/.test(head) && /"personal_information"\s*:/.test(head)) return 0.9;
  const start = head.slice(0, 4096);
  if (!/^\s*\{/.test(start)) return 0;
  if (CHAT_TYPES.test(start) && /"messages"\s*:\s*\[/.test(head)) return 0.9;
  const at = MESSAGES_START.exec(head);
  if (!at) return 0;
  const before = head.slice(0, at.index);
  if (!/"name"\s*:/.test(before) && !/"chats"\s*:\s*\{/.test(before)) return 0;
  const first = head.slice(at.index, at.index + WINDOW);
  return MESSAGE_ID.test(first) && MESSAGE_DATE.test(first) ? 0.8 : 0;
}
