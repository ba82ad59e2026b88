import type { ImportWarning } from '../contract/imports';
import { ImportError } from '../errors';
import type { DetectInput, Importer } from '../importers/types';

/**
 * A skipped file that an importer claims by its name (LinkedIn's messages.csv, Shares.csv, …) but
 * whose layout it did not understand: most likely an export whose layout changed. Listed only as
 * "skipped", its records would vanish without the user noticing; it is an import warning instead,
 * or the import's error when nothing else was imported. One sentence serves both.
 */
export function refusedFileError(
  file: string,
  input: DetectInput,
  importers: readonly Importer[],
): ImportError<'import.layout-not-understood'> | undefined {
  for (const importer of importers) {
    const refusal = importer.refusal?.(input);
    if (!refusal) continue;
    return new ImportError('import.layout-not-understood', {
      file,
      format: importer.label,
      missing: refusal.missing.join(', '),
      found: refusal.found.length > 0 ? refusal.found.join(', ') : '—',
    });
  }
  return undefined;
}

/** The error as a warning on the import result: the file, and the English sentence after it. */
export function refusedFileWarning(err: ImportError<'import.layout-not-understood'>): ImportWarning {
  return { file: err.file, warning: err.problem };
}
