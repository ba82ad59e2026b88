import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import type { FormatCounts, GenFormat, GenerationPlan, TopicLines } from '../../core/generate';
import { batched, ZipWriter } from './zip-writer';

export interface WrittenFormat {
  format: GenFormat;
  target: number;
  /** Paths relative to the output folder that the importer should be given (files and ZIPs). */
  inputs: string[];
  /** Every file written, archive members as `archive.zip/inner/path`. */
  files: number;
  bytes: number;
  counts: FormatCounts;
}

export interface GeneratedManifest {
  generator: 'cercle generate';
  version: 1;
  seed: number;
  size: number;
  brand: string;
  timezone: string;
  from: string;
  to: string;
  total: number;
  formats: WrittenFormat[];
  /** With a TopicLines sink: `topics.tsv` holds every member text as `topic<TAB>text` (chatter: no topic). */
  topics?: { file: string; texts: number; byTopic: Record<string, number> };
}

async function writePlain(path: string, chunks: Iterable<string>): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  try {
    for await (const b of batched(chunks)) {
      bytes += b.length;
      if (!out.write(b)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return bytes;
}

/**
 * Writes every file of a planned community under `outDir` (plain files, and ZIPs for the formats
 * that come as archives), streaming each one, then `manifest.json` with what each format's importer
 * should find. Returns the manifest. With `topics` (the sink the plan was made with), every member text
 * is also written to `topics.tsv` with its topic, a piece after each chunk of the files.
 */
export async function writeGenerated(
  plan: GenerationPlan,
  outDir: string,
  onFile?: (path: string) => void,
  topics?: TopicLines,
): Promise<GeneratedManifest> {
  await mkdir(outDir, { recursive: true });
  const tsv = topics ? createWriteStream(join(outDir, 'topics.tsv')) : undefined;
  // A text is recorded when its chunk is made: write what came before each chunk goes on.
  function* drained(chunks: Iterable<string>): Generator<string> {
    for (const c of chunks) {
      if (tsv && topics) tsv.write(topics.take());
      yield c;
    }
  }
  const formats: WrittenFormat[] = [];
  for (const f of plan.formats) {
    const inputs = new Set<string>();
    let files = 0;
    let bytes = 0;
    let zip: { name: string; writer: ZipWriter } | undefined;
    const closeZip = async () => {
      if (zip) await zip.writer.close();
      zip = undefined;
    };
    try {
      for (const file of f.generator.files()) {
        if (file.archive) {
          if (zip?.name !== file.archive) {
            await closeZip();
            const path = join(outDir, file.archive);
            await mkdir(dirname(path), { recursive: true });
            zip = { name: file.archive, writer: await ZipWriter.create(path, new Date(plan.to)) };
            inputs.add(file.archive);
            onFile?.(file.archive);
          }
          bytes += (await zip.writer.addFile(file.path, drained(file.chunks()))).size;
        } else {
          await closeZip();
          bytes += await writePlain(join(outDir, file.path), drained(file.chunks()));
          inputs.add(file.path);
          onFile?.(file.path);
        }
        files++;
      }
      await closeZip();
    } catch (err) {
      await zip?.writer.abort();
      throw err;
    }
    formats.push({ format: f.format, target: f.target, inputs: [...inputs], files, bytes, counts: f.counts });
  }
  const manifest: GeneratedManifest = {
    generator: 'cercle generate',
    version: 1,
    seed: plan.seed,
    size: plan.size,
    brand: plan.brand,
    timezone: plan.timezone,
    from: plan.from,
    to: plan.to,
    total: formats.reduce((s, f) => s + f.counts.total, 0),
    formats,
    ...(topics && { topics: { file: 'topics.tsv', texts: topics.texts, byTopic: topics.byTopic } }),
  };
  if (tsv && topics) {
    tsv.end(topics.take());
    await once(tsv, 'close');
  }
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
