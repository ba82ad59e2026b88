import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planGeneration, type GenerateOptions } from '../src/core/generate';
import { writeGenerated, type GeneratedManifest } from '../src/node/generate/write-generated';

export interface Dataset {
  dir: string;
  manifest: GeneratedManifest;
  /** Seconds spent generating (0 when reused from an earlier run). */
  generatedIn: number;
}

/** Changes whenever the generator's code does, so a dataset made by older code is made again. */
function generatorVersion(): string {
  const dir = join(import.meta.dirname, '..', 'src', 'core', 'generate');
  const h = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .sort())
    h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 16);
}

/**
 * A generated dataset in the bench's work folder, reused across runs when the same options and the
 * same generator code made it (the generator is deterministic: same options, same bytes).
 */
export async function dataset(work: string, key: string, opts: GenerateOptions): Promise<Dataset> {
  const dir = join(work, 'data', key);
  const manifestPath = join(dir, 'manifest.json');
  const stamp = JSON.stringify({ ...opts, formats: opts.formats ? [...opts.formats] : undefined, generator: generatorVersion() });
  const stampPath = join(dir, 'bench-options.json');
  if (existsSync(manifestPath) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
    return { dir, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as GeneratedManifest, generatedIn: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const manifest = await writeGenerated(planGeneration(opts), dir);
  writeFileSync(stampPath, stamp);
  return { dir, manifest, generatedIn: (performance.now() - t0) / 1000 };
}
