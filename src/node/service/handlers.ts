import type { Handlers, ImportProgress } from '../../core/contract';
import { refreshDerived } from '../../core/analytics/derived/refresh-derived';
import { generateDemo } from '../../core/generate/demo';
import type { ParseOffload } from '../../core/ingest/offload';
import { runImport } from '../../core/ingest/run-import';
import { genericCsvImporter } from '../../core/importers/generic/generic-csv-importer';
import { rebuildAggregates } from '../../core/stats/aggregates';
import { statsSummary } from '../../core/stats/summary';
import { isValidTimeZone } from '../../core/util/time-zone';
import { type Db, transaction } from '../../core/db/db';
import { collectInputs } from '../sources/collect-inputs';
import { identityAndSettingsHandlers } from './identity-handlers';
import { metricsHandlers } from './metrics-handlers';
import { UserError, type Workspace } from '../store/workspace';

export interface ServiceOptions {
  now?: () => number;
  /** Where large single-file exports are parsed (another thread); without it, on this one. */
  offload?: ParseOffload;
  onImportProgress?: (p: ImportProgress) => void;
}

/**
 * The one implementation of the contract. Every shell (Electron worker, HTTP bridge, CLI) serves
 * these same handlers; inputs arrive already parsed by the contract's schemas.
 */
export function createHandlers(ws: Workspace, opts: ServiceOptions = {}): Handlers {
  const now = opts.now ?? Date.now;
  const cancelRequested = new Set<string>();
  // CERCLE_PROFILE=1 prints where an import's time goes (stderr; the bench and profiling read it).
  const profile = process.env.CERCLE_PROFILE ? (name: string, ms: number) => process.stderr.write(`profile: ${name} ${Math.round(ms)} ms, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB\n`) : undefined;
  // Derived data that depends on people, brands or the time zone is rebuilt after such changes.
  const afterChange = (db: Db) => {
    rebuildAggregates(db);
    transaction(db, () => refreshDerived(db));
  };
  return {
    ...identityAndSettingsHandlers(ws, afterChange),
    ...metricsHandlers(ws),
    'clients.list': async () => ws.list(),
    'clients.create': async ({ name, timezone }) => ws.create(name, timezone),
    'clients.delete': async ({ name }) => ({ deleted: await ws.delete(name) }),
    'clients.createDemo': async ({ name, seed }) => {
      if (await ws.exists(name)) await ws.delete(name);
      await ws.create(name);
      await ws.write(name, (db) => generateDemo(db, { seed, now }));
      return ws.info(name);
    },
    'imports.start': async (input) => {
      if (input.timezone !== undefined && !isValidTimeZone(input.timezone)) throw new UserError(`unknown time zone "${input.timezone}"`);
      if (input.paths.length + input.uploads.length === 0) throw new UserError('nothing to import: give at least one file, folder or ZIP');
      if (!(await ws.exists(input.client))) await ws.create(input.client, input.timezone);
      const uploads = input.uploads.map((u) => ({ name: u.name, bytes: Buffer.from(u.base64, 'base64') }));
      const inputs = await collectInputs(input.paths, uploads);
      cancelRequested.delete(input.client);
      try {
        const outcome = await ws.write(input.client, (db) =>
          runImport(db, inputs.files, {
            brands: input.brands,
            timezone: input.timezone,
            now,
            onProgress: (p) => opts.onImportProgress?.({ client: input.client, ...p }),
            isCancelled: () => cancelRequested.has(input.client),
            onPhase: profile,
            ...(input.mapping ? { importers: [genericCsvImporter(input.mapping)] } : {}),
            offload: opts.offload,
          }),
        );
        return {
          client: input.client,
          sources: outcome.sources.map((s) => ({ file: s.file, format: s.format, platform: s.platform, records: s.records, added: s.added, warnings: s.warnings, importedAt: new Date(now()).toISOString() })),
          skipped: [...inputs.skipped, ...outcome.skipped],
          added: outcome.added,
        };
      } finally {
        cancelRequested.delete(input.client);
        await inputs.close();
      }
    },
    'imports.cancel': async ({ client }) => {
      cancelRequested.add(client);
      return { cancelled: true };
    },
    'stats.summary': async ({ client }) => ws.read(client, (db) => statsSummary(db)),
  };
}
