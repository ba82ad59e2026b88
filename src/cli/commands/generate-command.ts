import { resolve } from 'node:path';
import { GEN_FORMATS, parseFormats, parseSize, planGeneration, TopicLines } from '../../core/generate';
import { writeGenerated } from '../../node/generate/write-generated';
import { CercleError } from '../../core/errors';
import { type Command, str } from './types';

export const generateCommand: Command = {
  name: 'generate',
  summary: `write a realistic synthetic community as real export files (${GEN_FORMATS.join(', ')}) a manifest.json and topics.tsv (each member text's topic)`,
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
    if (!out) throw new CercleError('cli.needs-option', { command: 'generate', option: '--out DIR' });
    const size = parseSize(str(values.size) ?? '10k');
    const formats = str(values.formats) ? parseFormats(str(values.formats)!) : undefined;
    const seed = str(values.seed) === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) throw new CercleError('cli.not-integer', { option: '--seed', value: String(str(values.seed)) });
    const channels = str(values['discord-channels']) === undefined ? undefined : Number(values['discord-channels']);
    if (channels !== undefined && !(Number.isInteger(channels) && channels >= 1 && channels <= 3))
      throw new CercleError('cli.out-of-range', { option: '--discord-channels', range: '1, 2 or 3' });
    const topics = new TopicLines();
    const plan = planGeneration({ size, seed, formats, brand: str(values.brand), discordChannels: channels, labels: topics });
    const dir = resolve(out);
    const manifest = await writeGenerated(plan, dir, undefined, topics);
    if (values.json) io.out(JSON.stringify(manifest, null, 2));
    else {
      for (const f of manifest.formats)
        io.out(
          `${f.format}: ${f.counts.total} interactions, ${f.counts.members} members, ${f.files} files (${(f.bytes / 1e6).toFixed(1)} MB) → ${f.inputs.join(', ')}`,
        );
      io.out(
        `wrote ${manifest.total} interactions for "${manifest.brand}" (${manifest.from.slice(0, 10)} to ${manifest.to.slice(0, 10)}, seed ${seed}) in ${dir}; see manifest.json and topics.tsv`,
      );
    }
    return 0;
  },
};
