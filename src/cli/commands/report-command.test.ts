// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageText } from '../../core/domain/coverage-fr';
import { main } from '../main';
import { outputKind, pdfPageCount } from './report-command';

async function cercle(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), lang: 'en' });
  return { code, out: out.join('\n'), err };
}

const CHROME = '/usr/bin/chromium';
const canPrint = existsSync(CHROME);
/** pdftotext's text, with every kind of space made one plain space (French uses narrow no-break spaces). */
const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], {
    encoding: 'utf8',
  }).replace(/[\u00a0\u202f\u2009 ]+/g, ' ');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pct = (x: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x).replace(/[\u00a0\u202f]/g, ' ');
const int = (x: number, locale: string) => new Intl.NumberFormat(locale).format(x).replace(/[\u00a0\u202f]/g, ' ');

describe.runIf(canPrint)('cercle report on the demo client', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-report-cli-'));
  let metrics: {
    responsiveness: { inboundConversations: number; answered: number; responseRate: number };
    funnel: { step: string; members: number }[];
    intent: Record<string, { count: number }>;
  };
  beforeAll(async () => {
    expect((await cercle(['demo', '--workspace', ws])).code).toBe(0);
    metrics = JSON.parse((await cercle(['metrics', '--client', 'demo', '--json', '--workspace', ws])).out);
  }, 120_000);

  for (const [lang, locale, titles] of [
    [
      'en',
      'en-GB',
      ['Executive summary', 'Micro-engagement funnel', 'Recurrence', 'Responsiveness', 'Ambassadors', 'Methodology and data coverage'],
    ],
    [
      'fr',
      'fr-FR',
      ['Synthèse', 'Entonnoir de micro-engagement', 'Récurrence', 'Réactivité', 'Ambassadeurs', 'Méthodologie et couverture des données'],
    ],
  ] as const) {
    it(`writes a PDF of at least 10 pages in ${lang} whose numbers are those of cercle metrics and whose contents give each section's page`, async () => {
      const out = join(ws, `report-${lang}.pdf`);
      const res = await cercle(['report', '--client', 'demo', '--workspace', ws, '--out', out, '--lang', lang, '--chrome', CHROME]);
      expect(res.err).toEqual([]);
      expect(pdfPageCount(readFileSync(out))).toBeGreaterThanOrEqual(10);
      const text = pdfText(out);
      for (const t of titles) expect(text).toContain(t);
      const r = metrics.responsiveness;
      // The responsiveness table's first row: every platform.
      expect(text).toMatch(
        new RegExp(`${int(r.inboundConversations, locale)} +${int(r.answered, locale)} +${pct(r.responseRate, locale)}`),
      );
      for (const s of metrics.funnel) expect(text).toContain(int(s.members, locale));
      expect(text).toContain(int(metrics.intent.question!.count, locale));
      if (lang === 'fr') expect(text).toMatch(/réponse|données|Thèmes/);
      expect(text).toContain(lang === 'fr' ? 'Les thèmes ne sont pas calculés' : 'Themes are not computed');

      // The contents (page 2): "N  Title  page" per section, and each page is where that section's heading
      // ("N Title" alone on its line) is printed, on that page only.
      const pages = Array.from({ length: pdfPageCount(readFileSync(out)) }, (_, i) => pdfText(out, i + 1));
      const contents = [...pages[1]!.matchAll(/^ *(\d+) +(\S.*?) +(\d+) *$/gm)].map((m) => ({
        heading: new RegExp(`^ *${m[1]} +${escapeRe(m[2]!)} *$`, 'm'),
        page: Number(m[3]),
      }));
      expect(contents).toHaveLength(10);
      for (const t of titles) expect(contents.some((c) => c.heading.source.includes(escapeRe(t)))).toBe(true);
      for (const c of contents) expect(pages.flatMap((p, i) => (c.heading.test(p) ? [i + 1] : []))).toEqual([c.page]);
      // No footer on the cover; pages are counted from it.
      expect(pages[0]).not.toMatch(/\d+ \/ \d+/);
      expect(pages[0]).not.toContain('Page');
      expect(pages[1]).toContain(`Page 2 / ${pages.length}`);
      expect(pages.at(-1)).toContain(`Page ${pages.length} / ${pages.length}`);
    }, 120_000);
  }

  it('with --pseudonymize, no member name or handle of the data appears in the PDF or the HTML', async () => {
    const pdf = join(ws, 'pseudo.pdf');
    const html = join(ws, 'pseudo.html');
    for (const out of [pdf, html])
      expect(
        (await cercle(['report', '--client', 'demo', '--workspace', ws, '--out', out, '--pseudonymize', '--chrome', CHROME])).err,
      ).toEqual([]);
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(join(ws, 'demo.cercle')));
    const names = db
      .exec('SELECT name FROM people WHERE is_brand = 0 UNION SELECT handle FROM identities WHERE is_brand = 0')[0]!
      .values.map((r) => String(r[0]));
    db.close();
    const texts = [pdfText(pdf), readFileSync(html, 'utf8').replace(/<svg[\s\S]*?<\/svg>|url\(data:[^)]*\)/g, '')];
    const leaks = names.filter((n) => n.length >= 5).filter((n) => texts.some((t) => t.includes(n)));
    expect(leaks).toEqual([]);
    expect(texts[0]).toContain('Member 1');
  }, 120_000);

  it("says in French what each of the demo client's sources cannot show, in the French report's appendix", async () => {
    const html = join(ws, 'methodology-fr.html');
    const args = ['report', '--client', 'demo', '--workspace', ws, '--out', html, '--lang', 'fr', '--sections', 'methodology'];
    expect((await cercle([...args, '--chrome', CHROME])).err).toEqual([]);
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(join(ws, 'demo.cercle')));
    const stored = db.exec('SELECT s.format, c.lacks FROM sources s JOIN coverages c ON c.id = s.coverage_id')[0]!.values.map((r) => ({
      format: String(r[0]),
      lacks: JSON.parse(String(r[1])) as string[],
    }));
    db.close();
    const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)));
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Ce que les sources ne peuvent pas montrer');
    // The appendix's "cannot show" list: one <dt> per format, its lines joined by " · ".
    const printed = new Map(
      [...page.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [unescape(m[1]!), unescape(m[2]!).split(' · ')]),
    );
    const formats = [...new Set(stored.filter((s) => s.lacks.length).map((s) => s.format))];
    expect(formats.length).toBeGreaterThan(3);
    for (const format of formats) {
      const english = stored.find((s) => s.format === format)!.lacks;
      expect(printed.get(format)).toEqual([...new Set(english.map((l) => coverageText(l, 'fr')))]);
      for (const l of english) expect(printed.get(format)).not.toContain(l);
    }
    expect(printed.get('whatsapp.txt')).toContain('accusés de lecture');
    expect(page).not.toContain('décrivent leurs sources en anglais');
  }, 120_000);

  it('writes the CSV of every table into a folder', async () => {
    const dir = join(ws, 'csv');
    const res = await cercle(['report', '--client', 'demo', '--workspace', ws, '--out', dir, '--format', 'csv', '--lang', 'fr']);
    expect(res.err).toEqual([]);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['funnel.csv', 'responsiveness.csv', 'ambassadors.csv', 'sources.csv']));
    expect(readFileSync(join(dir, 'funnel.csv'), 'utf8')).toContain('Étape;Atteinte');
  }, 120_000);

  it('stores the branding for the workspace and uses it in later reports', async () => {
    const logo = join(ws, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const html = join(ws, 'branded.html');
    const args = ['report', '--client', 'demo', '--workspace', ws, '--sections', 'summary', '--out', html];
    expect(
      (await cercle([...args, '--agency', 'Agence Étoile', '--agency-logo', logo, '--primary', '#0f5132', '--save-branding', 'workspace']))
        .err,
    ).toEqual([]);
    expect((await cercle(args)).err).toEqual([]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Agence Étoile');
    expect(page).toContain('--primary: #0f5132');
    expect(page).toContain('data:image/svg+xml;base64,');
    expect(page).not.toContain('id="funnel"');
    // Self-contained: nothing is fetched from anywhere.
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  }, 120_000);
});

describe('cercle report options', () => {
  it('tells the output from --out and --format', () => {
    expect(outputKind('a.pdf', undefined)).toBe('pdf');
    expect(outputKind('a.HTML', undefined)).toBe('html');
    expect(outputKind('tables/', undefined)).toBe('csv');
    expect(outputKind('tables', 'csv')).toBe('csv');
    expect(() => outputKind('a.docx', undefined)).toThrow();
  });

  it('says in one line how to get a browser when --chrome names no file', async () => {
    const res = await cercle(['report', '--client', 'demo', '--out', '/tmp/x.pdf', '--chrome', '/nowhere/chrome']);
    expect(res.code).toBe(1);
    expect(res.err).toEqual(['cercle report: --chrome /nowhere/chrome: no such file']);
  });
});
