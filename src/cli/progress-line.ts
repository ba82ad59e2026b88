import type { ImportProgress } from '../core/contract';
import type { ThemeRunStep, ThemesProgress } from '../core/contract/themes';
import type { Lang } from '../core/errors';

const WORDS = {
  en: { files: 'files', records: 'records', perSecond: '/s', left: (t: string) => `about ${t} left` },
  fr: { files: 'fichiers', records: 'enregistrements', perSecond: '/s', left: (t: string) => `environ ${t} restantes` },
} as const;

function duration(seconds: number, lang: Lang): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const m = Math.round(seconds / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}${lang === 'fr' ? '' : ' min'}`;
}

/** The line shown while an import runs: files, records, rate, share of the bytes read, time left. */
export function progressText(p: ImportProgress, elapsedMs: number, lang: Lang): string {
  const w = WORDS[lang];
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const seconds = elapsedMs / 1000;
  const parts = [`${p.filesDone}/${p.filesTotal} ${w.files}`, `${n.format(p.records)} ${w.records}`];
  if (seconds >= 1) parts.push(`${n.format(Math.round(p.records / seconds))}${w.perSecond}`);
  if (p.bytesTotal > 0) {
    const share = Math.min(1, p.bytesDone / p.bytesTotal);
    parts.push(`${Math.floor(share * 100)} %`);
    // Bytes read so far against time spent: a fair guess once a second has passed and something was read.
    if (seconds >= 1 && share > 0.01 && share < 1) parts.push(w.left(duration((seconds * (1 - share)) / share, lang)));
  }
  return parts.join(' · ');
}

/**
 * One line on a terminal, rewritten in place (carriage return, clear to the end of the line) at most
 * four times a second, and cleared when the import ends so the result is printed on a clean line.
 */
export class ProgressLine {
  private last = -Infinity;
  private shown = false;
  private readonly start: number;

  constructor(
    private readonly write: (s: string) => void,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  update(p: ImportProgress): void {
    const t = this.now();
    if (t - this.last < 250 && p.filesDone < p.filesTotal) return;
    this.last = t;
    this.shown = true;
    this.write(`\r${progressText(p, t - this.start, this.lang)}\x1b[K`);
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}

const THEME_STEPS_SAID: Record<Lang, Record<ThemeRunStep, string>> = {
  en: {
    read: 'reading the texts',
    analyse: 'words and languages',
    features: 'weighting the words',
    embed: 'reducing the dimensions',
    cluster: 'grouping the texts',
    refine: 'refining the groups by their words',
    tree: 'building the tree of themes',
    label: 'labels and quotes',
    store: 'saving',
    done: 'done',
    cancelled: 'cancelled',
    failed: 'failed',
  },
  fr: {
    read: 'lecture des textes',
    analyse: 'mots et langues',
    features: 'pondération des mots',
    embed: 'réduction des dimensions',
    cluster: 'regroupement des textes',
    refine: 'affinage des groupes par leurs mots',
    tree: 'arbre des thèmes',
    label: 'étiquettes et citations',
    store: 'enregistrement',
    done: 'terminé',
    cancelled: 'annulé',
    failed: 'échec',
  },
};

/** A themes run's line: whose themes, the step, the share done ("themes of demo (new texts): grouping the texts · 62 %"). */
export function themesProgressText(p: ThemesProgress, lang: Lang): string {
  const who =
    lang === 'fr'
      ? `thèmes de ${p.client}${p.automatic ? ' (nouveaux textes)' : ''} : `
      : `themes of ${p.client}${p.automatic ? ' (new texts)' : ''}: `;
  return `${who}${THEME_STEPS_SAID[lang][p.step]} · ${Math.floor(p.fraction * 100)} %`;
}

/**
 * A themes run's progress on stderr: on a terminal one line rewritten in place (at most four times a
 * second, and at each new step) and cleared at the end; elsewhere (--progress into a file or a pipe)
 * one line per step, so a log reads cleanly.
 */
export class ThemesProgressLine {
  private last = -Infinity;
  private step = '';
  private shown = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly lang: Lang,
    private readonly tty: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  update(p: ThemesProgress): void {
    const ended = p.step === 'done' || p.step === 'cancelled' || p.step === 'failed';
    if (this.tty) {
      if (ended) return this.clear();
      const t = this.now();
      if (t - this.last < 250 && p.step === this.step) return;
      this.last = t;
      this.step = p.step;
      this.shown = true;
      this.write(`\r${themesProgressText(p, this.lang)}\x1b[K`);
    } else if (p.step !== this.step) {
      this.step = p.step;
      this.write(`${themesProgressText(p, this.lang)}\n`);
    }
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
