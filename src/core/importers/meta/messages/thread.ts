import type { UtcMs } from '../../../util/time-keys';
import { noticeOf } from './notices';

/** A DM thread as every Meta DM format (IG/Messenger JSON, IG HTML, 2018–20 messages.json) reads into. */
export interface DmShare {
  link?: string | undefined;
  /** Caption of the shared post (the sharer did not write it). */
  text?: string | undefined;
  owner?: string | undefined;
  profileUsername?: string | undefined;
}

export interface DmMessage {
  sender: string;
  at: UtcMs;
  content?: string | undefined;
  share?: DmShare | undefined;
  /** `at` only when the export times the reaction (newer exports); else the message time is used. */
  reactions: { reaction: string; actor: string; at?: UtcMs | undefined }[];
  /** Photos, videos, audio, gifs, stickers, files. */
  media: number;
  unsent?: boolean | undefined;
  call?: boolean | undefined;
  /** 2018–20 exports flag story replies instead of linking the story. */
  storyReply?: boolean | undefined;
}

export interface DmThread {
  /** Stable across folders and re-exports: the thread folder (`slug_id`) or a hash of participants. */
  id: string;
  title?: string | undefined;
  participants: string[];
  /** inbox, message_requests, … */
  folder?: string | undefined;
  /** The thread reached the account as a message request (request-marks.ts). */
  request?: boolean | undefined;
  messages: DmMessage[];
  /** The other party of a 1:1 thread when the thread says so (folder slug or HTML page title). */
  otherParty?: string | undefined;
}

export type Filler = 'liked' | 'reacted' | 'attachment' | 'unavailable' | 'system' | 'mention' | 'call';

/**
 * Pseudo-messages Meta writes into threads (formats.md §1.3). They are not conversation turns:
 * "Liked a message" and "Reacted ❤️ to your message" duplicate a reactions[] entry, "X sent an
 * attachment." only labels a share, "Story unavailable" points at an expired story. Group events, polls,
 * calls and connection notices are thread notices (notice-patterns.ts): 'system' and 'call' here.
 * English first, then the common translations.
 */
const FILLERS: [RegExp, Filler][] = [
  [
    /^(?:.{1,80} )?liked a message\.?$|^a aimé un message\.?$|^le gustó un mensaje\.?$|^hat eine nachricht mit „gefällt mir“ markiert\.?$/i,
    'liked',
  ],
  [
    /^(?:.{1,80} )?reacted .{1,16} to (?:your|a) message\s*\.?$|^a réagi .{1,16} à (?:votre|un) message\s*\.?$|^reaccionó .{1,16} a (?:tu|un) mensaje\s*\.?$/iu,
    'reacted',
  ],
  [
    /^.{1,80} sent an attachment\.$|^.{1,80} (?:a|avez) envoyé une pièce jointe\.$|^.{1,80} envió un archivo adjunto\.$|^.{1,80} hat einen anhang gesendet\.$/i,
    'attachment',
  ],
  [/^story unavailable$|^this story is unavailable\.?$|^story indisponible$|^historia no disponible$/i, 'unavailable'],
  [/^(?:.{1,80} )?mentioned you in (?:their|his|her) story\.?$|^vous a mentionné(?:e)? dans (?:sa|son) story\.?$/i, 'mention'],
];

/** Pseudo-messages other than thread notices (which emitThread reads with noticeOf first). */
export function pseudoOf(content: string | undefined): Filler | undefined {
  if (!content) return undefined;
  const t = content.trim();
  if (t.length > 400) return undefined;
  return FILLERS.find(([re]) => re.test(t))?.[1];
}

export function fillerOf(content: string | undefined): Filler | undefined {
  const filler = pseudoOf(content);
  if (filler) return filler;
  const notice = noticeOf(content);
  return notice ? (notice.topic === 'call' ? 'call' : 'system') : undefined;
}

/** Deleted accounts all read "Instagram User"/"Facebook User": keep them apart per thread. */
export function isAnonymousName(name: string): boolean {
  return /^(instagram|facebook) (user|member)$|^utilisateur (instagram|de facebook)$|^usuario de (instagram|facebook)$/i.test(name.trim());
}

/** HTML reaction items are the emoji directly followed by the actor's name: "❤Delia Drummond". */
export function splitReaction(text: string): { reaction: string; actor: string } | undefined {
  const m = /^([^\p{L}\p{N}]+?)\s*([\p{L}\p{N}].*)$/su.exec(text.trim());
  if (!m) return undefined;
  return { reaction: m[1]!.trim(), actor: m[2]!.trim() };
}
