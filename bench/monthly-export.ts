/**
 * The next month of a client's Discord server as DiscordChatExporter JSON: what a consultant's monthly
 * re-import brings. It continues the client's own timeline (the bench's incremental goal is about that
 * case, and a separately generated community would not be it: its dates may start before the client's
 * first day and its brand account is another identity, either of which makes the analytics rebuild whole):
 * the client's Discord channel and brand account, mostly its recent Discord members (a tenth of the
 * authors new), every message after the client's last one, within the 30 days that follow. A fifth of the
 * members' messages get a brand reply (a reply chain, as DCE writes one), some of which the member answers.
 *
 *   npx tsx bench/monthly-export.ts WORKSPACE_DIR OUT.json [COUNT]   (the client named "scale")
 */
import { writeFileSync } from 'node:fs';
import type { Db } from '../src/core/db/db';
import { BRAND_REPLIES, THEMES } from '../src/core/generate/phrases';
import { logNormalMs, pick, rng } from '../src/core/generate/random';
import { Workspace } from '../src/node/store/workspace';

const DAY = 86_400_000;
const CHATTER = ['ok', 'haha', 'à demain', 'bonne soirée tout le monde', 'same here', 'see you tomorrow', 'trop drôle', 'vu'];

interface DceOut {
  id: string;
  type: 'Default' | 'Reply';
  timestamp: string;
  content: string;
  author: { id: string; name: string; isBot: false };
  reference?: { messageId: string };
}

export function monthlyExport(db: Db, count: number, seed = 11): object {
  const r = rng(seed);
  const lastAt = Number(db.get<{ at: number }>('SELECT MAX(at) AS at FROM interactions')!.at);
  const channel = db.get<{ key: string; name: string | null }>(
    "SELECT key, name FROM channels WHERE platform = 'discord' AND kind = 'channel' ORDER BY id LIMIT 1",
  );
  const brand = db.get<{ handle: string; name: string | null }>(
    "SELECT handle, name FROM identities WHERE platform = 'discord' AND is_brand = 1 ORDER BY id LIMIT 1",
  );
  if (!channel || !brand) throw new Error('monthly export: the client has no Discord channel or brand account');
  // Recent authors, each as often as they wrote in the last 90 days: who speaks next month.
  const recent = db.all<{ handle: string; name: string | null; n: number }>(
    `SELECT i.handle, i.name, COUNT(*) AS n FROM interactions x JOIN identities i ON i.id = x.identity_id
     WHERE x.platform = 'discord' AND x.direction = 'inbound' AND i.is_brand = 0 AND x.at > ? GROUP BY i.id`,
    [lastAt - 90 * DAY],
  );
  const weighted: { id: string; name: string }[] = [];
  for (const m of recent) for (let k = 0; k < Math.min(Number(m.n), 20); k++) weighted.push({ id: m.handle, name: m.name ?? m.handle });
  const newcomers = Array.from({ length: Math.max(5, Math.round(count / 50)) }, (_, i) => ({
    id: `new-${seed}-${i}`,
    name: `Newcomer ${i}`,
  }));
  const start = lastAt + 60_000;
  const messages: DceOut[] = [];
  let n = 0;
  const push = (m: Omit<DceOut, 'id' | 'type' | 'timestamp'>, at: number, replyTo?: string): string => {
    const id = `m${seed}-${n++}`;
    messages.push({
      id,
      type: replyTo ? 'Reply' : 'Default',
      ...m,
      timestamp: new Date(at).toISOString().replace('Z', '+00:00'),
      ...(replyTo ? { reference: { messageId: replyTo } } : {}),
    });
    return id;
  };
  while (n < count) {
    const at = start + Math.floor(r() * 30 * DAY);
    const author = r() < 0.1 || weighted.length === 0 ? pick(r, newcomers) : pick(r, weighted);
    const lang = r() < 0.6 ? 'fr' : 'en';
    const text = r() < 0.3 ? pick(r, THEMES[pick(r, Object.keys(THEMES))]![lang]) : pick(r, CHATTER);
    const id = push({ content: text, author: { ...author, isBot: false } }, at);
    if (n < count && r() < 0.2) {
      const replyAt = at + Math.max(60_000, logNormalMs(r, 2 * 3_600_000, 1.4));
      const rid = push(
        { content: pick(r, BRAND_REPLIES[lang]), author: { id: brand.handle, name: brand.name ?? brand.handle, isBot: false } },
        replyAt,
        id,
      );
      if (n < count && r() < 0.35)
        push({ content: pick(r, CHATTER), author: { ...author, isBot: false } }, replyAt + logNormalMs(r, 1_800_000), rid);
    }
  }
  // DCE writes a channel's messages oldest first; a reply follows what it answers (its time is later).
  messages.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return {
    guild: { id: '1', name: 'Scale' },
    channel: { id: channel.key, type: 'GuildTextChat', name: channel.name ?? channel.key },
    messages,
    messageCount: messages.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out, size] = process.argv.slice(2);
  const ws = new Workspace(dir!);
  const json = await ws.read('scale', (db) => monthlyExport(db, Number(size ?? 10_000)));
  writeFileSync(out!, JSON.stringify(json));
}
