import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Platform } from '../../core/contract/schemas';
import { REPORT_SECTIONS, type ReportBranding, type ReportSectionId } from '../../core/contract/reports';
import type { Platform as PlatformName } from '../../core/domain/kinds';
import { CercleError, type Lang } from '../../core/errors';
import { findChrome } from '../../node/reports/find-chrome';
import { readPdfPages } from '../../node/reports/pdf-pages';
import { openPrinter } from '../../node/reports/print-pdf';
import { cliService } from '../context';
import { type Command, str, strs } from './types';

const TEXT = {
  en: {
    wrote: (file: string, what: string, s: string) => `wrote ${file} (${what}, ${s} s)`,
    pages: (n: number) => `${n} pages`,
    tables: (n: number) => `${n} CSV tables`,
  },
  fr: {
    wrote: (file: string, what: string, s: string) => `${file} écrit (${what}, ${s} s)`,
    pages: (n: number) => `${n} pages`,
    tables: (n: number) => `${n} tableaux CSV`,
  },
} satisfies Record<Lang, unknown>;

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/** A logo file carried inline (the report is one file). */
async function imageUri(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  const mime = MIME[path.extname(file).toLowerCase()];
  if (!mime) throw new CercleError('cli.not-one-of', { what: 'logo', value: file, allowed: '.png, .jpg, .svg' });
  const data = await readFile(file).catch(() => {
    throw new CercleError('cli.file-unreadable', { file });
  });
  return `data:${mime};base64,${data.toString('base64')}`;
}

function oneOf<T extends string>(value: string, what: string, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new CercleError('cli.not-one-of', { what, value, allowed: allowed.join(', ') });
  return value as T;
}

/** What --out asks for: a PDF, an HTML file, or a folder of CSV files (--format csv, or a path ending with /). */
export function outputKind(out: string, format: string | undefined): 'pdf' | 'html' | 'csv' {
  if (format === 'csv' || /[/\\]$/.test(out)) return 'csv';
  const ext = path.extname(out).toLowerCase();
  if (format === 'pdf' || (!format && ext === '.pdf')) return 'pdf';
  if (format === 'html' || (!format && (ext === '.html' || ext === '.htm'))) return 'html';
  throw new CercleError('reports.bad-out', { out });
}

/** Pages of a PDF Chromium wrote (its page tree). */
export const pdfPageCount = (pdf: Uint8Array) => readPdfPages(pdf).pageCount;

export const reportCommand: Command = {
  name: 'report',
  summary: 'a client-ready audit as PDF (printed by a local Chromium), one self-contained HTML file, or CSV of every table',
  usage:
    'cercle report --client NAME --out FILE.pdf|FILE.html|DIR/ [--format pdf|html|csv] [--lang fr|en] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--platform P]... [--sections a,b] [--pseudonymize] [--chrome PATH] [--agency NAME] [--agency-logo FILE] [--client-logo FILE] [--primary #rrggbb] [--accent #rrggbb] [--save-branding workspace|client] [--workspace DIR]',
  options: {
    client: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    platform: { type: 'string', multiple: true },
    sections: { type: 'string' },
    pseudonymize: { type: 'boolean' },
    chrome: { type: 'string' },
    agency: { type: 'string' },
    'agency-logo': { type: 'string' },
    'client-logo': { type: 'string' },
    primary: { type: 'string' },
    accent: { type: 'string' },
    'save-branding': { type: 'string' },
    workspace: { type: 'string' },
  },
  async run({ values }, io) {
    const t0 = performance.now();
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'report', option: '--client NAME' });
    const out = str(values.out);
    if (!out) throw new CercleError('cli.needs-option', { command: 'report', option: '--out FILE.pdf|FILE.html|DIR/' });
    const format = str(values.format);
    if (format) oneOf(format, 'format', ['pdf', 'html', 'csv']);
    const kind = outputKind(out, format);
    const lang = oneOf<Lang>(str(values.lang) ?? io.lang ?? 'en', 'lang', ['fr', 'en']);
    const platforms = strs(values.platform).map((p) => oneOf<PlatformName>(p, 'platform', Platform.options));
    const sections = (str(values.sections) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => oneOf<ReportSectionId>(s, 'section', REPORT_SECTIONS));
    // Look for the browser first: no point computing a report that cannot be printed.
    const chrome = kind === 'pdf' ? findChrome(str(values.chrome)) : undefined;
    const branding: ReportBranding = {
      agencyName: str(values.agency),
      agencyLogo: await imageUri(str(values['agency-logo'])),
      clientLogo: await imageUri(str(values['client-logo'])),
      primaryColour: str(values.primary),
      accentColour: str(values.accent),
    };
    // Chromium starts while the report is computed; an unhandled rejection is avoided until it is awaited.
    const printer = chrome ? openPrinter(chrome) : undefined;
    printer?.catch(() => undefined);
    try {
      const service = cliService(str(values.workspace));
      const save = str(values['save-branding']);
      if (save) {
        oneOf(save, 'save-branding', ['workspace', 'client']);
        const stored = await service.call('reports.branding.get', save === 'client' ? { client } : {});
        const merged = { ...stored, ...Object.fromEntries(Object.entries(branding).filter(([, v]) => v !== undefined)) };
        await service.call('reports.branding.set', save === 'client' ? { client, branding: merged } : { branding: merged });
      }
      const report = await service.call('reports.render', {
        client,
        lang,
        filter: { from: str(values.from), to: str(values.to), platforms: platforms.length ? platforms : undefined },
        sections: sections.length ? sections : undefined,
        pseudonymize: values.pseudonymize === true,
        branding,
      });
      const text = TEXT[lang];
      let what: string;
      if (kind === 'csv') {
        await mkdir(out, { recursive: true });
        for (const t of report.tables) await writeFile(path.join(out, `${t.name}.csv`), `\ufeff${t.csv}`);
        what = text.tables(report.tables.length);
      } else if (kind === 'html') {
        await mkdir(path.dirname(path.resolve(out)), { recursive: true });
        await writeFile(out, report.html);
        what = 'HTML';
      } else {
        const pdf = await (await printer!).print(report.html);
        await mkdir(path.dirname(path.resolve(out)), { recursive: true });
        await writeFile(out, pdf);
        what = text.pages(pdfPageCount(pdf));
      }
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      io.out(text.wrote(out, what, lang === 'fr' ? seconds.replace('.', ',') : seconds));
      return 0;
    } finally {
      await (await printer?.catch(() => undefined))?.close();
    }
  },
};
