import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { runImport } from '../ingest/run-import';
import { memoryFile } from '../importers/memory-file';
import { planGeneration } from './generate';
import type { GenFormat } from './types';

const BRAND = 'Maison Lumière';

function generated(format: GenFormat, size: number, seed = 4) {
  const plan = planGeneration({ size, seed, formats: [format] });
  const f = plan.formats[0]!;
  const files = [...f.generator.files()].map((file) => ({ path: file.path, text: [...file.chunks()].join('') }));
  return { counts: f.counts, files };
}

async function importAll(files: { path: string; text: string }[]) {
  const db = await memoryClientDb({ timezone: 'Europe/Paris' });
  // Odd chunk sizes put chunk boundaries inside records, as a real stream does.
  const outcome = await runImport(
    db,
    files.map((f) => memoryFile(f.path, f.text, 65_521)),
    { now: () => 0, brands: [BRAND] },
  );
  const byKind: Record<string, number> = {};
  for (const r of db.all<{ kind: string; n: number }>('SELECT kind, COUNT(*) AS n FROM interactions GROUP BY kind'))
    byKind[r.kind] = Number(r.n);
  const one = (sql: string) => Number(db.get<{ n: number }>(sql)!.n);
  return {
    outcome,
    byKind,
    members: one('SELECT COUNT(*) AS n FROM people WHERE is_brand = 0'),
    outbound: one("SELECT COUNT(*) AS n FROM interactions WHERE direction = 'outbound'"),
    db,
  };
}

describe('generated WhatsApp chat → the real WhatsApp importer', () => {
  const { counts, files } = generated('whatsapp', 3000);
  const text = files[0]!.text;

  it('writes what the manifest says, line by line', () => {
    const lines = text.split('\n').filter((l) => l !== '');
    const header = /^\d\d\/\d\d\/\d{4} \d\d:\d\d - /;
    const headed = lines.filter((l) => header.test(l));
    // Every line without a header continues a multi-line message.
    expect(lines.length - headed.length).toBeGreaterThan(0);
    const joins = headed.filter((l) => / a rejoint ce groupe via le lien d'invitation$| a ajouté /.test(l)).length;
    const leaves = headed.filter((l) => / est parti\(e\)$/.test(l)).length;
    const messages = headed.filter((l) => /^[^:]+ - [^:]+: /.test(l.replace(header, 'x - '))).length;
    expect(joins).toBe(counts.interactions.join);
    expect(leaves).toBe(counts.interactions.leave);
    expect(messages).toBe(counts.interactions.message);
    // The encryption notice and the group's creation open the file.
    expect(headed.length).toBe(joins + leaves + messages + 2);
    expect(headed.filter((l) => / - Maison Lumière: /.test(l)).length).toBe(counts.notes.brandMessages);
  });

  it('re-imports with the expected counts', async () => {
    const r = await importAll(files);
    expect(files[0]!.path).toBe('WhatsApp Chat with Club Maison Lumière.txt');
    expect(r.byKind).toEqual(counts.interactions);
    expect(r.outcome.added.interactions).toBe(counts.total);
    expect(r.members).toBe(counts.members);
    expect(r.outbound).toBe(counts.notes.brandMessages);
    const channel = r.db.get<{ name: string; kind: string }>('SELECT name, kind FROM channels');
    expect(channel).toEqual({ name: 'Club Maison Lumière', kind: 'group' });
  });
});

describe('generated DiscordChatExporter JSON → the real Discord importer', () => {
  it('re-imports every channel file with the expected counts', async () => {
    const { counts, files } = generated('discord', 4000);
    expect(files.map((f) => f.path.replace(/ \[\d+\]\.json$/, ''))).toEqual([
      'Maison Lumière - Communauté - général',
      'Maison Lumière - Communauté - support',
      'Maison Lumière - Communauté - english',
    ]);
    for (const f of files) {
      const doc = JSON.parse(f.text) as { messages: unknown[]; messageCount: number };
      expect(doc.messageCount).toBe(doc.messages.length);
    }
    const r = await importAll(files);
    expect(r.byKind).toEqual(counts.interactions);
    expect(r.members).toBe(counts.members);
    // The brand's messages, and the @-mentions in its welcomes, are the outbound interactions.
    expect(counts.notes.brandMentions).toBeGreaterThan(0);
    expect(r.outbound).toBe(counts.notes.brandMessages! + counts.notes.brandMentions!);
  });
});

describe('a lean generated DiscordChatExporter JSON (short messages, few fields)', () => {
  it('holds the same community in a lighter file, and re-imports with the same counts', async () => {
    const full = generated('discord', 4000);
    const plan = planGeneration({ size: 4000, seed: 4, formats: ['discord'], discordLean: true });
    const f = plan.formats[0]!;
    const files = [...f.generator.files()].map((file) => ({ path: file.path, text: [...file.chunks()].join('') }));
    expect(f.counts).toEqual(full.counts);
    const size = (fs: { text: string }[]) => fs.reduce((n, x) => n + x.text.length, 0);
    expect(size(files)).toBeLessThan(size(full.files) * 0.75);
    const messages = files.flatMap((x) => (JSON.parse(x.text) as { messages: { content: string; author: object }[] }).messages);
    expect(messages.every((m) => m.content.length <= 60 && !('roles' in m.author) && !('avatarUrl' in m.author))).toBe(true);
    const r = await importAll(files);
    expect(r.byKind).toEqual(f.counts.interactions);
    expect(r.members).toBe(f.counts.members);
    expect(r.outbound).toBe(f.counts.notes.brandMessages! + f.counts.notes.brandMentions!);
  });
});

describe('generated Telegram result.json → the real Telegram importer', () => {
  it('re-imports with the expected counts', async () => {
    const { counts, files } = generated('telegram', 3000);
    const doc = JSON.parse(files[0]!.text) as { type: string; messages: { type: string; date_unixtime: string }[] };
    expect(doc.type).toBe('private_supergroup');
    expect(doc.messages.every((m) => typeof m.date_unixtime === 'string')).toBe(true);
    const r = await importAll(files);
    expect(r.byKind).toEqual(counts.interactions);
    expect(r.members).toBe(counts.members);
    expect(r.outbound).toBe(counts.notes.brandMessages);
  });
});
