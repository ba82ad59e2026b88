import type { ImportProgress } from '../../../core/contract';
import type { ThemesProgress } from '../../../core/contract/themes';
import type { ParseOffload } from '../../../core/ingest/offload';

export interface ServiceOptions {
  now?: () => number;
  /** Where large single-file exports are parsed (another thread); without it, on this one. */
  offload?: ParseOffload;
  onImportProgress?: (p: ImportProgress) => void;
  /** Where a themes run is (reading, the engine's steps, storing) and how it ended, for a progress bar or line. */
  onThemesProgress?: (p: ThemesProgress) => void;
  /**
   * Awaited at each step of a themes run, once reported and the thread given back (a run always gives it
   * back at its steps, so a cancel gets through): tests pass a gate to hold a run at a step.
   */
  themesPause?: (p: ThemesProgress) => Promise<void>;
  /** Failures of work nobody awaits (the themes run after an import) that are bugs: the shell's error log. */
  logError?: (what: string, err: unknown) => void;
  /** Prints a report's HTML to PDF (a local Chromium in the CLI and `cercle serve`); without it, `reports.pdf` says it cannot. */
  printPdf?: (html: string) => Promise<Uint8Array>;
  /**
   * The duration of each phase of an import, and of the analytics tables' refresh with the path it took
   * (inside the import's write, or by metrics.prepare): the shells decide whether to show them (CERCLE_PROFILE).
   */
  onImportPhase?: (name: string, ms: number) => void;
}
