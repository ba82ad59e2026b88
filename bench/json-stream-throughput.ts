/**
 * Throughput of the streaming JSON array reader (src/core/util/json-stream.ts) on a generated
 * DiscordChatExporter file, read from disk the way the Node shell reads it (64 KiB chunks, streaming UTF-8
 * decode). Prints MB/s (per CPU second) for the bare read + decode, and for read + decode + element scan +
 * JSON.parse on the indentation fast path and on the exact scan.
 *
 *   npx tsx bench/json-stream-throughput.ts [--messages 200000]
 *   npx tsx bench/json-stream-throughput.ts --write big.json --messages 1000000   (a file for `cercle import`)
 */
import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonArrays } from '../src/core/util/json-stream';

const WORDS =
  'the a to and of community launch merci super great question when price livraison order thanks love this new drop help please discord server event'.split(
    ' ',
  );

function author(i: number) {
  return {
    id: String(100000000000000000n + BigInt(i) * 7919n),
    name: `member${i}`,
    discriminator: '0000',
    nickname: `Member ${i}`,
    color: i % 3 === 0 ? '#E67E22' : null,
    isBot: i === 0,
    roles: i % 5 === 0 ? [{ id: '900000000000000001', name: 'Ambassador', color: '#1ABC9C', position: 3 }] : [],
    avatarUrl: `https://cdn.discordapp.com/avatars/${i}/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png?size=512`,
  };
}

/** A DCE JSON document of `n` messages, in pieces, about 1 KB per message like real exports. */
export function* dceDocument(n: number, seed = 1): Generator<string> {
  let x = seed;
  const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const members = Math.max(10, Math.round(n / 200));
  const t0 = Date.UTC(2023, 0, 1);
  yield `{\n  "guild": {\n    "id": "800000000000000000",\n    "name": "Bench Guild",\n    "iconUrl": "https://cdn.discordapp.com/icons/x.png"\n  },\n`;
  yield `  "channel": {\n    "id": "810000000000000000",\n    "type": "GuildTextChat",\n    "categoryId": "0",\n    "category": "Text",\n    "name": "general",\n    "topic": null\n  },\n`;
  yield `  "dateRange": {\n    "after": null,\n    "before": null\n  },\n  "exportedAt": "2024-06-01T00:00:00+00:00",\n  "messages": [\n`;
  for (let i = 0; i < n; i++) {
    const a = author(Math.floor(rnd() ** 2 * members));
    const words = Array.from({ length: 3 + Math.floor(rnd() * 25) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    const msg: Record<string, unknown> = {
      id: String(1000000000000000000n + BigInt(i)),
      type: i > 0 && rnd() < 0.2 ? 'Reply' : 'Default',
      timestamp: new Date(t0 + i * 30_000).toISOString().replace('Z', '+00:00'),
      timestampEdited: rnd() < 0.05 ? new Date(t0 + i * 30_000 + 60_000).toISOString().replace('Z', '+00:00') : null,
      callEndedTimestamp: null,
      isPinned: false,
      content: rnd() < 0.1 ? `${words} "quoted" \\ done 🎉` : words,
      author: a,
      attachments: [],
      embeds: [],
      stickers: [],
      reactions:
        rnd() < 0.15
          ? [
              {
                emoji: { id: '', name: '👍', code: 'thumbsup', isAnimated: false, imageUrl: 'https://twemoji/1f44d.svg' },
                count: 1,
                users: [author(Math.floor(rnd() * members))],
              },
            ]
          : [],
      mentions: rnd() < 0.05 ? [author(Math.floor(rnd() * members))] : [],
      inlineEmojis: [],
    };
    if (msg.type === 'Reply')
      msg.reference = {
        messageId: String(1000000000000000000n + BigInt(Math.floor(rnd() * i))),
        channelId: '810000000000000000',
        guildId: '800000000000000000',
      };
    const text = JSON.stringify(msg, null, 2).replace(/\n/g, '\n    ');
    yield `    ${text}${i + 1 < n ? ',' : ''}\n`;
  }
  yield `  ],\n  "messageCount": ${n}\n}\n`;
}

export async function writeDce(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  let pending = '';
  for (const piece of dceDocument(n)) {
    pending += piece;
    if (pending.length > 1 << 20 && !out.write(pending)) await once(out, 'drain');
    if (pending.length > 1 << 20) pending = '';
  }
  out.end(pending);
  await once(out, 'finish');
}

async function* decodedChunks(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const s = decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function main() {
  const { values } = parseArgs({ options: { messages: { type: 'string' }, write: { type: 'string' } } });
  const n = Number(values.messages ?? 200_000);
  if (values.write) {
    await writeDce(values.write, n);
    console.log(`wrote ${values.write}: ${n} messages, ${(statSync(values.write).size / 1e6).toFixed(0)} MB`);
    return;
  }
  const dir = join(process.cwd(), '.bench-work');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `dce-${n}.json`);
  await writeDce(file, n);
  const mb = statSync(file).size / 1e6;
  console.log(`file: ${n} messages, ${mb.toFixed(1)} MB`);
  // CPU time, not wall time: other work on a shared machine would otherwise decide the number.
  const time = async (f: () => Promise<void>) => {
    const t = process.cpuUsage();
    await f();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1e6;
  };
  for (let run = 0; run < 3; run++) {
    const readS = await time(async () => {
      for await (const c of decodedChunks(file)) void c;
    });
    const modes: [string, boolean][] = [
      ['indentation fast path (DCE, Telegram)', false],
      ['exact scan (64-bit ids quoted)', true],
    ];
    const parts = [`read+decode ${(mb / readS).toFixed(0)} MB/s`];
    for (const [label, exact] of modes) {
      let count = 0;
      const s = await time(async () => {
        await readJsonArrays(decodedChunks(file), { arrays: [['messages']], exactBigInts: exact }, () => count++);
      });
      if (count !== n) throw new Error(`read ${count} messages, expected ${n}`);
      parts.push(`${label}: ${(mb / s).toFixed(0)} MB/s end to end, reader alone ≈ ${(mb / (s - readS)).toFixed(0)} MB/s`);
    }
    console.log(`run ${run + 1}: ${parts.join(' · ')}`);
  }
}

if (process.argv[1] && /json-stream-throughput/.test(process.argv[1])) void main();
