import { resolve } from 'node:path';
import { GEN_FORMATS, parseFormats, parseSize, planGeneration } from '../../core/generate';
import { writeGenerated } from '../../node/generate/write-generated';
import { CliError } from '../context';
import { type Command, str } from './types';

export const generateCommand: Command = {
  name: 'generate',
  summary: `write a realistic synthetic community as real export files (${GEN_FORMATS.join(', ')}) and a manifest.json`,
  usage: 'cercle generate --out DIR [--size N] [--seed S] [--formats a,b] [--brand NAME] [--discord-channels N] [--json]',
  options: {
    out: { type: 'string' },
    size: { type: 'string' },
    seed: { type: 'string' },
    formats: { type: 'string' },
    brand: { type: 'string' },
    'discord-channels': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const out = str(values.out);
    if (!out) throw new CliError('generate needs --out DIR');
    let size: number;
    let formats;
    try {
      size = parseSize(str(values.size) ?? '10k');
      formats = str(values.formats) ? parseFormats(str(values.formats)!) : undefined;
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    const seed = str(values.seed) === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, not "${str(values.seed)}"`);
    const channels = str(values['discord-channels']) === undefined ? undefined : Number(values['discord-channels']);
    if (channels !== undefined && !(Number.isInteger(channels) && channels >= 1 && channels <= 3)) throw new CliError('--discord-channels must be 1, 2 or 3');
    const plan = planGeneration({ size, seed, formats, brand: str(values.brand), discordChannels: channels });
    const dir = resolve(out);
    const manifest = await writeGenerated(plan, dir);
    if (values.json) io.out(JSON.stringify(manifest, null, 2));
    else {
      for (const f of manifest.formats) io.out(`${f.format}: ${f.counts.total} interactions, ${f.counts.members} members, ${f.files} files (${(f.bytes / 1e6).toFixed(1)} MB) → ${f.inputs.join(', ')}`);
      io.out(`wrote ${manifest.total} interactions for "${manifest.brand}" (${manifest.from.slice(0, 10)} to ${manifest.to.slice(0, 10)}, seed ${seed}) in ${dir}; see manifest.json`);
    }
    return 0;
  },
};
