import type { ChannelRecord, ContentMetricRecord, ContentRecord, IdentityRef, InteractionRecord } from '../domain/records';
import type { Importer, ImportSink, InputFile } from '../importers/types';
import { normaliseBrandName } from '../settings/settings';

/**
 * Parsing a large file on another thread while this one writes: a shell that can (the Node CLI, the
 * Electron database worker) passes a ParseOffload to runImport. The importer runs unchanged over a
 * recording sink; its calls travel as batches of operations and are replayed, in order, on the real
 * sink. Measured on a 1.26M-message DiscordChatExporter JSON: parsing ~16 s and writing ~10 s ran one
 * after the other; overlapped, the import waits only for the slower of the two.
 */
export type SinkOp =
  | ['interaction', InteractionRecord]
  | ['content', ContentRecord]
  | ['metric', ContentMetricRecord]
  | ['channel', ChannelRecord]
  | ['identity', IdentityRef]
  | ['brand', IdentityRef]
  | ['warn', string];

/** What the other thread needs to parse one file on its own. */
export interface ParseJob {
  /** The path shown in messages (as the InputFile's). */
  path: string;
  /** The file on disk. */
  diskPath: string;
  innerPath: string;
  size: number;
  format: string;
  timezone: string;
  brands: readonly string[];
}

export interface ParseOffload {
  /**
   * Parses the job elsewhere, handing over batches in order; resolves with the file's SHA-256 (hashed in
   * the same read), rejects with the importer's error.
   */
  parse(job: ParseJob, onOps: (ops: SinkOp[]) => void, onRead?: (chars: number) => void): Promise<{ hash: string }>;
}

/** Formats whose importer reads only its own file (no sibling files of an archive) and that can be huge. */
const SINGLE_FILE_FORMATS: ReadonlySet<string> = new Set(['discord.dce.json', 'discord.dce.csv', 'telegram.json', 'whatsapp.txt']);
/** Below this, starting a thread costs more than it saves. */
export const OFFLOAD_BYTES = 16 * 1024 * 1024;

export function canOffload(file: InputFile, importer: Importer, minBytes = OFFLOAD_BYTES): file is InputFile & { diskPath: string } {
  return file.diskPath !== undefined && file.size >= minBytes && SINGLE_FILE_FORMATS.has(importer.format);
}

/** Brand recognition by name, the same on both threads (the writer's and the recording sink's). */
export class BrandNames {
  private readonly names: Set<string>;
  constructor(names: readonly string[]) {
    this.names = new Set(names.map(normaliseBrandName));
  }
  has(ref: IdentityRef): boolean {
    return this.names.has(normaliseBrandName(ref.handle)) || (ref.name !== undefined && this.names.has(normaliseBrandName(ref.name)));
  }
  add(handle: string): void {
    this.names.add(normaliseBrandName(handle));
  }
}

/** The sink an importer writes to on the parsing thread: it records, and answers isBrand as the writer would. */
export function recordingSink(brands: readonly string[], emit: (ops: SinkOp[]) => void, batchSize = 2000): ImportSink & { flush(): void } {
  const names = new BrandNames(brands);
  let ops: SinkOp[] = [];
  const push = (op: SinkOp) => {
    ops.push(op);
    if (ops.length >= batchSize) flush();
  };
  const flush = () => {
    if (ops.length === 0) return;
    const out = ops;
    ops = [];
    emit(out);
  };
  return {
    interaction: (r) => push(['interaction', r]),
    content: (r) => push(['content', r]),
    contentMetric: (r) => push(['metric', r]),
    channel: (r) => push(['channel', r]),
    identity: (r) => push(['identity', r]),
    declareBrand: (r) => {
      names.add(r.handle);
      push(['brand', r]);
    },
    isBrand: (r) => names.has(r),
    warn: (m) => push(['warn', m]),
    // Cancellation is checked where the operations are replayed.
    checkpoint: () => undefined,
    flush,
  };
}

/** Replays recorded operations on the real sink, checking for cancellation as the importer would. */
export function replay(ops: readonly SinkOp[], sink: ImportSink): void {
  for (const op of ops) {
    switch (op[0]) {
      case 'interaction':
        sink.interaction(op[1]);
        sink.checkpoint();
        break;
      case 'content':
        sink.content(op[1]);
        break;
      case 'metric':
        sink.contentMetric(op[1]);
        break;
      case 'channel':
        sink.channel(op[1]);
        break;
      case 'identity':
        sink.identity(op[1]);
        break;
      case 'brand':
        sink.declareBrand(op[1]);
        break;
      case 'warn':
        sink.warn(op[1]);
        break;
    }
  }
}
