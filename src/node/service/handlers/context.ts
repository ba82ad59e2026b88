import type { ImportProgress } from '../../../core/contract';
import type { ThemesProgress } from '../../../core/contract/themes';
import type { ParseOffload } from '../../../core/ingest/offload';

export interface ServiceOptions {
  now?: () => number;
  /** Where large single-file exports are parsed (another thread); without it, on this one. */
  offload?: ParseOffload;
  onImportProgress?: (p: ImportProgress) => void;
  /** Where a themes run is (its engine's steps), for a progress line. */
  onThemesProgress?: (p: ThemesProgress) => void;
  /** Prints a report's HTML to PDF (a local Chromium in the CLI and `cercle serve`); without it, `reports.pdf` says it cannot. */
  printPdf?: (html: string) => Promise<Uint8Array>;
  /** The duration of each phase of an import (the shells decide whether to show it: CERCLE_PROFILE). */
  onImportPhase?: (name: string, ms: number) => void;
}
