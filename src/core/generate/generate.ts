import { CercleError } from '../errors';
import { isValidTimeZone } from '../util/time-zone';
import { makeCalendar } from './calendar';
import { discordGenerator } from './discord-writer';
import { instagramGenerator } from './instagram-writer';
import { linkedinGenerator } from './linkedin-writer';
import { telegramGenerator } from './telegram-writer';
import { GEN_FORMATS, type FormatCounts, type FormatGenerator, type GenContext, type GenFormat } from './types';
import type { TopicSink } from './topic-labels';
import { whatsappGenerator } from './whatsapp-writer';

export interface GenerateOptions {
  /** Interactions to generate in total, split over the formats. */
  size: number;
  seed?: number;
  formats?: readonly GenFormat[];
  /** Last instant of the 18 months (UTC ms). */
  end?: number;
  brand?: string;
  brandUsername?: string;
  timezone?: string;
  /** Channels of the Discord server (1 writes a single DCE file). */
  discordChannels?: number;
  /**
   * A lean DCE file, as a typical community server's: short messages (each cut to its first sentence, at
   * most 60 characters) and fewer fields (authors without roles, colours or avatars; no edit times, pins or
   * stickers). The same members, messages and reactions: only the file is lighter. The bench's second file.
   */
  discordLean?: boolean;
  days?: number;
  /** Instagram followers who never interact, per member (the demo's silent majority); 0 by default. */
  silentFollowers?: number;
  /**
   * Rescale each format until its count is within 1.5 % of the size (the default: the bench compares
   * counts). The demo skips it: its size needs no precision, and the replays cost a sixth of its time.
   */
  calibrate?: boolean;
  /** Receives every member text written with the topic it was drawn from. */
  labels?: TopicSink;
}

export interface FormatPlan {
  format: GenFormat;
  target: number;
  generator: FormatGenerator;
  /** What the importer should find in this format's files. */
  counts: FormatCounts;
}

export interface GenerationPlan {
  seed: number;
  size: number;
  brand: string;
  timezone: string;
  from: string;
  to: string;
  formats: FormatPlan[];
}

/** How a community spreads over platforms when all are exported (share of interactions). */
const SHARE: Record<GenFormat, number> = { discord: 0.35, whatsapp: 0.15, instagram: 0.2, telegram: 0.15, linkedin: 0.15 };
/** Rough interactions per member-started action, to start calibration close. */
const FIRST_GUESS: Record<GenFormat, number> = { discord: 1.6, whatsapp: 1.35, instagram: 1.25, telegram: 1.7, linkedin: 1.1 };
/** Rough interactions per member, to size the pool of people shared by the formats. */
const PER_MEMBER: Record<GenFormat, number> = { discord: 19, whatsapp: 13.5, instagram: 6.5, telegram: 17, linkedin: 4.5 };

export const DEFAULT_END = Date.UTC(2026, 5, 30, 22);
export const DEFAULT_BRAND = 'Maison Lumière';

function make(format: GenFormat, ctx: GenContext, roots: number, opts: GenerateOptions): FormatGenerator {
  switch (format) {
    case 'discord':
      return discordGenerator(ctx, roots, { channels: opts.discordChannels, lean: opts.discordLean });
    case 'whatsapp':
      return whatsappGenerator(ctx, roots);
    case 'instagram':
      return instagramGenerator(ctx, roots, opts.silentFollowers);
    case 'telegram':
      return telegramGenerator(ctx, roots);
    case 'linkedin':
      return linkedinGenerator(ctx, roots);
  }
}

/** `10k`, `1M`, `2500`, `1.5m` → a number of interactions. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(s);
  if (!m) throw new CercleError('generate.size-not-number', { size: s });
  const n = Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? 1e6 : 1));
  if (n < 100 || n > 20_000_000) throw new CercleError('generate.size-range', { size: s });
  return n;
}

export function parseFormats(s: string): GenFormat[] {
  const out = s
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  for (const f of out)
    if (!(GEN_FORMATS as readonly string[]).includes(f))
      throw new CercleError('generate.unknown-format', { format: f, known: GEN_FORMATS.join(', ') });
  if (out.length === 0) throw new CercleError('generate.no-format');
  return [...new Set(out)] as GenFormat[];
}

/**
 * Plans a generated community: one calendar and one pool of people for every format, and for each
 * format a generator sized so that its files hold the requested share of interactions. The size is
 * met by replaying the model without text (count()) and rescaling the members' budgets until the
 * count is within 1.5% of the target (it lands within ±5% even at 1k, usually far closer).
 */
export function planGeneration(opts: GenerateOptions): GenerationPlan {
  const seed = opts.seed ?? 1;
  const formats = [...(opts.formats ?? GEN_FORMATS)];
  const timezone = opts.timezone ?? 'Europe/Paris';
  if (!isValidTimeZone(timezone)) throw new CercleError('time-zone.unknown', { zone: timezone });
  const end = opts.end ?? DEFAULT_END;
  const days = opts.days ?? 548;
  const cal = makeCalendar(end, days, timezone);
  const brand = opts.brand ?? DEFAULT_BRAND;
  const username =
    opts.brandUsername ??
    brand
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase();
  const shareSum = formats.reduce((s, f) => s + SHARE[f], 0);
  const targets = formats.map((f) => Math.max(50, Math.round((opts.size * SHARE[f]) / shareSum)));
  const estMembers = formats.map((f, k) => targets[k]! / PER_MEMBER[f]);
  const pool = Math.ceil(Math.max(1.4 * Math.max(...estMembers), estMembers.reduce((s, x) => s + x, 0) / 1.2)) + 20;
  const ctx: GenContext = {
    seed,
    brand: { name: brand, username },
    cal,
    pool,
    exportedAt: cal.endUtc + 9 * 3_600_000 + 17 * 60_000,
    labels: opts.labels,
  };
  const plans = formats.map((format, k) => {
    const target = targets[k]!;
    let roots = Math.max(10, Math.round(target / FIRST_GUESS[format]));
    let generator = make(format, ctx, roots, opts);
    let counts = generator.count();
    let best = { generator, counts };
    // Silent followers come on top of the size asked for (they are the audience, not the activity).
    const miss = (c: FormatCounts) => Math.abs(c.total - (c.notes.silentFollowers ?? 0) - target);
    for (let i = 0; opts.calibrate !== false && i < 6 && miss(best.counts) > 0.015 * target && counts.total > 0; i++) {
      roots = Math.max(10, Math.round((roots * target) / (counts.total - (counts.notes.silentFollowers ?? 0))));
      generator = make(format, ctx, roots, opts);
      counts = generator.count();
      // Small communities jump around between rescalings: keep the closest.
      if (miss(counts) < miss(best.counts)) best = { generator, counts };
    }
    ({ generator, counts } = best);
    return { format, target, generator, counts };
  });
  return {
    seed,
    size: opts.size,
    brand,
    timezone,
    from: new Date(cal.dayStart(0)).toISOString(),
    to: new Date(cal.endUtc - 1).toISOString(),
    formats: plans,
  };
}
