import type { Handlers } from '../../../core/contract';
import { buildReportModel } from '../../../core/reports/build-model';
import { collectReportData } from '../../../core/reports/collect';
import { reportTablesCsv } from '../../../core/reports/csv';
import {
  mergeBranding,
  readClientBranding,
  readWorkspaceBranding,
  writeClientBranding,
  writeWorkspaceBranding,
} from '../../reports/branding';
import { reportHtml } from '../../reports/render-html';
import type { Workspace } from '../../store/workspace';
import type { ServiceOptions } from './context';
import { CercleError } from '../../../core/errors';
import { freshReader } from './fresh-read';

type ReportsMethod = Extract<keyof Handlers, `reports.${string}`>;

/** The report: the client's numbers read once, built into a model by the core, rendered to HTML here. */
export function reportsHandlers(ws: Workspace, now: () => number, opts: ServiceOptions = {}): Pick<Handlers, ReportsMethod> {
  const read = freshReader(ws);
  const brandingOf = async (client: string | undefined) =>
    mergeBranding(await readWorkspaceBranding(ws.dir), client ? await ws.read(client, readClientBranding) : undefined);
  const render: Handlers['reports.render'] = async (req) => {
    const t0 = performance.now();
    const data = await read(req.client, (db) => collectReportData(db, req.client, req.filter, req.lang));
    const model = buildReportModel(data, {
      lang: req.lang,
      sections: req.sections,
      pseudonymize: req.pseudonymize,
      branding: mergeBranding(await brandingOf(req.client), req.branding),
      today: new Date(now()).toISOString().slice(0, 10),
    });
    const html = await reportHtml(model);
    return {
      html,
      title: model.title,
      tables: reportTablesCsv(model),
      ms: Math.round(performance.now() - t0),
    };
  };
  return {
    'reports.render': render,
    'reports.pdf': async (req) => {
      if (!opts.printPdf) throw new CercleError('reports.no-printer', {});
      const t0 = performance.now();
      const report = await render(req);
      const pdf = await opts.printPdf(report.html);
      return { pdfBase64: Buffer.from(pdf).toString('base64'), title: report.title, ms: Math.round(performance.now() - t0) };
    },
    'reports.branding.get': ({ client }) => brandingOf(client),
    'reports.branding.set': async ({ client, branding }) => {
      if (client) await ws.write(client, (db) => writeClientBranding(db, branding));
      else await writeWorkspaceBranding(ws.dir, branding);
      return brandingOf(client);
    },
  };
}
