import type { ThemesResult } from '../../core/contract/themes';
import { CercleError, type Lang } from '../../core/errors';
import { cliService } from '../context';
import { ThemesProgressLine } from '../progress-line';
import { type Command, str } from './types';

const TEXT = {
  en: {
    head: (r: ThemesResult) =>
      `${r.client}: ${r.themes.length} themes in ${r.texts} texts, ${r.unclassified} unclassified (seed ${r.settings?.seed ?? '-'}, ${r.settings?.includeBrand ? 'brand included' : 'brand left out'}, ${r.seconds.toFixed(1)} s)`,
    columns: ['share', 'texts', 'people', 'last 12 weeks', 'theme'],
    quote: 'e.g.',
    none: (client: string) => `${client}: no text to find themes in (comments, replies, DMs, story replies, chat messages)`,
  },
  fr: {
    head: (r: ThemesResult) =>
      `${r.client} : ${r.themes.length} thèmes dans ${r.texts} textes, ${r.unclassified} non classés (graine ${r.settings?.seed ?? '-'}, ${r.settings?.includeBrand ? 'marque incluse' : 'marque exclue'}, ${r.seconds.toFixed(1).replace('.', ',')} s)`,
    columns: ['part', 'textes', 'personnes', '12 dernières semaines', 'thème'],
    quote: 'ex.',
    none: (client: string) =>
      `${client} : aucun texte où chercher des thèmes (commentaires, réponses, messages privés, réponses aux stories, messages de groupe)`,
  },
} satisfies Record<Lang, unknown>;

const BARS = '▁▂▃▄▅▆▇█';

/** The last weeks of a trend as a one-line sparkline (each week's count against the theme's busiest). */
function sparkline(counts: number[]): string {
  const max = Math.max(0, ...counts);
  return counts.map((c) => (max === 0 ? BARS[0] : BARS[Math.min(7, Math.floor((c / max) * 7.999))])).join('');
}

function percent(x: number, lang: Lang): string {
  const s = `${(x * 100).toFixed(1)}%`;
  return lang === 'fr' ? s.replace('.', ',').replace('%', ' %') : s;
}

/** The themes as a table: share, size, people, a 12-week sparkline, label; one quote under each. */
function table(r: ThemesResult, lang: Lang): string[] {
  const t = TEXT[lang];
  if (r.texts === 0) return [t.none(r.client)];
  const rows = r.themes.map((th) => [
    percent(th.share, lang),
    String(th.size),
    String(th.members),
    sparkline(th.trend.slice(-12).map((w) => w.count)),
    th.label,
  ]);
  const widths = t.columns.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : i < 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const out = [t.head(r), line(t.columns)];
  r.themes.forEach((th, i) => {
    out.push(line(rows[i]!));
    const q = th.quotes[0];
    if (q) out.push(`${' '.repeat(widths[0]! + 2)}${t.quote} "${q.text.replace(/\s+/g, ' ').slice(0, 100)}"`);
  });
  return out;
}

export const themesCommand: Command = {
  name: 'themes',
  summary: "find the themes of a client's texts (comments, replies, DMs, chat), store them in its file and show them",
  usage: 'cercle themes --client NAME [--seed S] [--granularity G] [--include-brand] [--stored] [--progress] [--workspace DIR] [--json]',
  options: {
    client: { type: 'string' },
    seed: { type: 'string' },
    granularity: { type: 'string' },
    'include-brand': { type: 'boolean' },
    stored: { type: 'boolean' },
    progress: { type: 'boolean' },
    workspace: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const lang = io.lang ?? 'en';
    const client = str(values.client);
    if (!client) throw new CercleError('cli.needs-option', { command: 'themes', option: '--client NAME' });
    const seedText = str(values.seed);
    const seed = seedText === undefined ? 1 : Number(seedText);
    if (!Number.isInteger(seed)) throw new CercleError('cli.not-integer', { option: '--seed', value: seedText! });
    const g = str(values.granularity);
    const granularity = g === undefined ? undefined : Number(g);
    if (granularity !== undefined && !(granularity >= 0 && granularity <= 1))
      throw new CercleError('cli.out-of-range', {
        option: '--granularity',
        range: lang === 'fr' ? 'un nombre de 0 à 1' : 'a number from 0 to 1',
      });
    // The run's steps on stderr: on a terminal (not with --json), or asked for with --progress (one line a step off a terminal).
    const tty = process.stderr.isTTY === true;
    const line =
      values.progress || (tty && !values.json)
        ? new ThemesProgressLine(tty ? (s) => process.stderr.write(s) : (s) => io.err(s.trimEnd()), lang, tty)
        : undefined;
    const service = cliService(str(values.workspace), undefined, line && ((p) => line.update(p)));
    const r = values.stored
      ? await service.call('themes.get', { client, lang })
      : await service
          .call('themes.compute', { client, lang, seed, granularity, includeBrand: values['include-brand'] === true })
          .finally(() => line?.clear());
    if (values.json) io.out(JSON.stringify(r, null, 2));
    else for (const l of table(r, lang)) io.out(l);
    return 0;
  },
};
