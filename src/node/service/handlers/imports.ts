import type { Handlers } from '../../../core/contract';
import { CercleError } from '../../../core/errors';
import { genericCsvImporter } from '../../../core/importers/generic/generic-csv-importer';
import { isDerivedFresh } from '../../../core/analytics/derived/refresh-derived';
import { refreshIncrementalInWrite } from '../../../core/analytics/rebuild';
import { runImport } from '../../../core/ingest/run-import';
import { isValidTimeZone } from '../../../core/util/time-zone';
import { themesWatermark, themeTextsAfter } from '../../../core/themes/client-themes';
import { collectInputs } from '../../sources/collect-inputs';
import type { Workspace } from '../../store/workspace';
import type { ThemeJobs } from '../../themes/theme-jobs';
import type { ServiceOptions } from './context';
import { reportRefresh } from './fresh-read';

type ImportsHandlers = Pick<Handlers, 'imports.start' | 'imports.cancel'>;

/** Imports, all or nothing: files, folders and ZIPs collected here, parsed and written by the core. */
export function importsHandlers(ws: Workspace, now: () => number, opts: ServiceOptions, themes: ThemeJobs): ImportsHandlers {
  const cancelRequested = new Set<string>();
  return {
    'imports.start': async (input) => {
      if (input.timezone !== undefined && !isValidTimeZone(input.timezone))
        throw new CercleError('time-zone.unknown', { zone: input.timezone });
      if (input.paths.length + input.uploads.length === 0) throw new CercleError('import.nothing');
      const created = !(await ws.exists(input.client));
      if (created) await ws.create(input.client, input.timezone);
      // A first import that fails leaves no empty client behind: the client was only made to receive it.
      const undo = async (err: unknown): Promise<never> => {
        if (created) await ws.delete(input.client);
        throw err;
      };
      const uploads = input.uploads.map((u) => ({ name: u.name, bytes: Buffer.from(u.base64, 'base64') }));
      const inputs = await collectInputs(input.paths, uploads).catch(undo);
      cancelRequested.delete(input.client);
      try {
        let themesBehind = false;
        const outcome = await ws.write(input.client, async (db) => {
          // A client with themes: where the import starts, to see whether it brings texts (one lookup otherwise).
          const mark = themesWatermark(db);
          const analyticsWereFresh = isDerivedFresh(db);
          const done = await runImport(db, inputs.files, {
            brands: input.brands,
            timezone: input.timezone,
            now,
            onProgress: (p) => opts.onImportProgress?.({ client: input.client, ...p }),
            isCancelled: () => cancelRequested.has(input.client),
            onPhase: opts.onImportPhase,
            ...(input.mapping ? { importers: [genericCsvImporter(input.mapping)] } : {}),
            offload: opts.offload,
          });
          // The files are read: let them go before the refresh and the save (close is idempotent).
          await inputs.close();
          themesBehind = mark !== null && themeTextsAfter(db, mark) > 0;
          // Analytics tables that were fresh follow the new rows in this same write and save, when that
          // can be done incrementally; otherwise they stay stale for metrics.prepare, as after any import.
          if (analyticsWereFresh && done.added.interactions > 0) {
            const outcome = refreshIncrementalInWrite(db, opts.onImportPhase && (() => performance.now()));
            reportRefresh(
              opts.onImportPhase,
              'report' in outcome ? outcome.report : undefined,
              'fallback' in outcome ? outcome.fallback : undefined,
            );
          }
          return done;
        });
        // The themes follow the texts: a run with the stored settings, queued on the client right now so
        // that every later call on it reads the new themes (edits replayed); themes.progress reports it.
        if (themesBehind) themes.rerun(input.client);
        return {
          themesRerun: themesBehind,
          client: input.client,
          sources: outcome.sources.map((s) => ({
            file: s.file,
            format: s.format,
            platform: s.platform,
            records: s.records,
            added: s.added,
            warnings: s.warnings,
            importedAt: new Date(now()).toISOString(),
          })),
          skipped: [...inputs.skipped, ...outcome.skipped],
          warnings: outcome.warnings,
          added: outcome.added,
        };
      } catch (err) {
        return await undo(err);
      } finally {
        cancelRequested.delete(input.client);
        await inputs.close();
      }
    },
    'imports.cancel': async ({ client }) => {
      cancelRequested.add(client);
      return { cancelled: true };
    },
  };
}
