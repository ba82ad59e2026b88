import { readFile } from 'node:fs/promises';
import { RESULT_LISTED as LISTED } from '../../core/contract/imports';
import type { ThemesProgress, ThemesResult } from '../../core/contract/themes';
import { describeError, describeSkip, type Lang } from '../../core/errors';
import { parseGenericCsvMapping, type GenericCsvMapping } from '../../core/importers/generic/mapping';
import { CercleError, cliService } from '../context';
import { ProgressLine, ThemesProgressLine } from '../progress-line';
import { type Command, str, strs } from './types';

export const importCommand: Command = {
  name: 'import',
  summary: 'import export files, folders or ZIPs into a client (all or nothing)',
  usage:
    'cercle import PATH... --client NAME [--brand NAME]... [--timezone TZ] [--mapping FILE.json] [--analytics] [--workspace DIR] [--json]',
  options: {
    client: { type: 'string' },
    brand: { type: 'string', multiple: true },
    timezone: { type: 'string' },
    analytics: { type: 'boolean' },
    mapping: { type: 'string' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'import', option: '--client NAME' });
    if (positionals.length === 0) throw new CercleError('cli.needs-path', { command: 'import' });
    // Progress only on an interactive terminal: scripts get exactly one stderr line on failure.
    const lang = io.lang ?? 'en';
    const line = values.json || !process.stderr.isTTY ? undefined : new ProgressLine((s) => process.stderr.write(s), lang);
    const themesLine = line && new ThemesProgressLine((s) => process.stderr.write(s), lang, true);
    // How the themes run an import starts ended (the reason, when it failed), for the line after the import.
    let themesEnd: ThemesProgress | undefined;
    const svc = cliService(str(values.workspace), line && ((p) => line.update(p)), (p) => {
      themesLine?.update(p);
      if (p.step === 'done' || p.step === 'cancelled' || p.step === 'failed') themesEnd = p;
    });
    const mappingFile = str(values.mapping);
    const mapping = mappingFile ? await readMapping(mappingFile) : undefined;
    const res = await svc
      .call('imports.start', {
        client,
        paths: positionals,
        brands: strs(values.brand),
        timezone: str(values.timezone),
        ...(mapping ? { mapping } : {}),
      })
      .finally(() => line?.clear());
    // The import is saved first; --analytics then builds the analytics tables too (else the first
    // `cercle metrics` does), as a second save: a failure there leaves the imported data in place.
    const prepared = values.analytics ? await svc.call('metrics.prepare', { client }) : undefined;
    // The client had themes and the import brought texts: they are computed again on the client's queue
    // (metrics.prepare above waited for it); this call waits for it too, then says how it went.
    const themes = res.themesRerun ? await svc.call('themes.get', { client }).finally(() => themesLine?.clear()) : undefined;
    const themesJson = themes && {
      updated: themes.newTexts === 0,
      themes: themes.themes.length,
      texts: themes.texts,
      seconds: themes.seconds,
      ...(themesEnd?.reason ? { error: describeError(themesEnd.reason, lang) } : {}),
    };
    if (values.json)
      io.out(
        JSON.stringify({ ...res, ...(prepared ? { analytics: prepared } : {}), ...(themesJson ? { themes: themesJson } : {}) }, null, 2),
      );
    else {
      for (const s of res.sources.slice(0, LISTED))
        io.out(`${s.file}: ${s.format}, ${s.records} records, ${s.added} added${s.warnings.length ? ` (${s.warnings.join('; ')})` : ''}`);
      cutOff(io, res.sources.length, 'files', lang);
      // A file named like a record file but not understood is a warning, printed before the plain skips.
      for (const w of res.warnings.slice(0, LISTED)) io.out(`warning ${w.file}: ${w.warning}`);
      cutOff(io, res.warnings.length, 'warnings', lang);
      for (const s of res.skipped.slice(0, LISTED)) io.out(`skipped ${s.file}: ${describeSkip(s.why, lang)}`);
      cutOff(io, res.skipped.length, 'skipped', lang);
      io.out(`added ${res.added.interactions} interactions, ${res.added.members} members, ${res.added.contents} contents to "${client}"`);
      if (prepared) io.out(`analytics tables built in ${(prepared.ms / 1000).toFixed(1)} s`);
      if (themes) io.out(themesOutcome(themes, client, themesEnd, lang));
    }
    return 0;
  },
};

const CUT_OFF = {
  en: { files: 'files', warnings: 'warnings', skipped: 'skipped files' },
  fr: { files: 'fichiers', warnings: 'avertissements', skipped: 'fichiers ignorés' },
} as const;

/** Says how many more lines a list had past LISTED (one per line in a terminal; `--json` lists them all), and where to find them. */
function cutOff(io: { out(line: string): void }, total: number, what: keyof (typeof CUT_OFF)['en'], lang: Lang): void {
  if (total <= LISTED) return;
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const more = n.format(total - LISTED);
  io.out(
    lang === 'fr'
      ? `… et ${more} autres ${CUT_OFF.fr[what]} (${n.format(total)} en tout ; --json les liste tous)`
      : `… and ${more} more ${CUT_OFF.en[what]} (${n.format(total)} in all; --json lists them all)`,
  );
}

/** The line after an import that started a themes run: updated, or why not and how to run it again. */
function themesOutcome(r: ThemesResult, client: string, end: ThemesProgress | undefined, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const seconds = r.seconds.toFixed(1);
  if (r.newTexts === 0)
    return lang === 'fr'
      ? `thèmes mis à jour avec les nouveaux textes : ${r.themes.length} thèmes dans ${n.format(r.texts)} textes en ${seconds.replace('.', ',')} s (vos modifications reportées)`
      : `themes updated with the new texts: ${r.themes.length} themes in ${n.format(r.texts)} texts in ${seconds} s (your edits carried over)`;
  const why = end?.reason ? describeError(end.reason, lang) : end?.step === 'cancelled' ? (lang === 'fr' ? 'annulé' : 'cancelled') : '';
  return lang === 'fr'
    ? `thèmes non mis à jour${why ? ` (${why})` : ''} : « cercle themes --client ${client} » les calcule à nouveau`
    : `themes not updated${why ? ` (${why})` : ''}: "cercle themes --client ${client}" computes them again`;
}

/** A column mapping for other tools' CSV exports (see core/importers/generic/mapping.ts), checked here so its errors name the file. */
async function readMapping(file: string): Promise<GenericCsvMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CercleError('cli.file-unreadable', { file });
  }
  try {
    return parseGenericCsvMapping(JSON.parse(text));
  } catch (err) {
    if (err instanceof SyntaxError) throw new CercleError('cli.file-not-json', { file, detail: err.message });
    if (err instanceof CercleError && err.code === 'import.mapping-invalid')
      throw new CercleError('import.mapping-invalid', { ...(err as CercleError<'import.mapping-invalid'>).params, file });
    throw err;
  }
}
