import type { Coverage } from '../../domain/coverage';
import type { Platform } from '../../domain/kinds';
import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { classifyMeta, type Classified, type MetaKind } from './shared/classify';

/** detect() runs once per importer per file: classify each file once. */
const classified = new WeakMap<DetectInput, Classified | undefined>();

function classifyOnce(f: DetectInput): Classified | undefined {
  if (!classified.has(f)) classified.set(f, classifyMeta(f));
  return classified.get(f);
}

export interface MetaImporterSpec {
  kind: MetaKind;
  format: string;
  platform: Platform;
  label: string;
  coverage: Coverage;
  run(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void>;
}

/** One importer per kind of Meta file, so each source row states the coverage of what it really holds. */
export function metaImporter(spec: MetaImporterSpec): Importer {
  return {
    format: spec.format,
    platform: spec.platform,
    label: spec.label,
    coverage: spec.coverage,
    detect(f: DetectInput): number {
      const c = classifyOnce(f);
      return c && c.kind === spec.kind ? c.score : 0;
    },
    import: spec.run,
  };
}
