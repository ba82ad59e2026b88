import { foldLabel } from './aliases';

/**
 * Metric names as metrics.md and the stats read them, from the labels Meta prints (insights pages,
 * Business Suite CSV headers; English first, then common translations). Unknown labels keep a
 * snake_case form of their own name rather than being dropped.
 */
const CANONICAL: [string, string[]][] = [
  [
    'reach',
    [
      'accounts reached',
      'reach',
      'alcance',
      'bereik',
      'couverture',
      'reichweite',
      'jangkauan',
      'copertura',
      'contas alcancadas',
      'cuentas alcanzadas',
    ],
  ],
  ['impressions', ['impressions', 'impressoes', 'impresiones', 'impressies', 'impressionen', 'impressioni', 'tayangan']],
  ['views', ['views', 'plays', 'visualizacoes', 'visualizaciones', 'weergaven', 'vues', 'aufrufe', 'visualizzazioni']],
  ['likes', ['likes', 'curtidas', 'me gusta', "j'aime", 'mi piace', 'vind-ik-leuks', 'suka']],
  ['comments', ['comments', 'comentarios', 'commentaires', 'kommentare', 'opmerkingen', 'commenti', 'komentar']],
  ['shares', ['shares', 'compartilhamentos', 'veces que se compartio', 'partages', 'geteilte inhalte', 'gedeeld', 'condivisioni']],
  ['saves', ['saves', 'salvamentos', 'veces guardado', 'enregistrements', 'gespeichert', 'opgeslagen', 'salvataggi']],
  ['follows', ['follows', 'seguimentos', 'seguimientos', 'abonnements']],
  ['replies', ['replies', 'respostas', 'respuestas', 'reponses', 'antworten', 'reacties']],
  ['profile_visits', ['profile visits', 'visitas ao perfil', 'visitas al perfil', 'visites du profil', 'profilaufrufe']],
  ['link_clicks', ['link clicks', 'external link taps', 'cliques no link', 'clics en el enlace']],
  ['sticker_taps', ['sticker taps', 'toques na figurinha']],
  ['navigation', ['navigation', 'navegacao', 'navegacion']],
  ['reactions', ['reactions', 'reacoes', 'reacciones']],
];

const BY_LABEL = new Map<string, string>(CANONICAL.flatMap(([name, labels]) => labels.map((l) => [l, name] as [string, string])));

export function slug(label: string): string {
  return foldLabel(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function metricName(label: string): string {
  return BY_LABEL.get(foldLabel(label)) ?? slug(label);
}

export type MetricValue = { metric: string; value: number } | { missing: true } | { text: string };

const NUMBER = /^([+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+)(\.\d+)?\s*(%)?(?:\s+vs\.?\s+.+)?$/;

/**
 * Insight values are strings: "1,644,378", "64%", "-1.6% vs Nov 8 - Feb 5", "--" (not available),
 * "Lagos: 30.6%, Abuja: 3.6%" (a distribution: not one number). A percentage keeps its number under
 * a `_pct` name so it is never mistaken for a count.
 */
export function parseMetric(label: string, raw: string | undefined): MetricValue {
  const t = (raw ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (t === '' || /^[-–—]{1,2}$/.test(t) || /^n\/?a$/i.test(t)) return { missing: true };
  const m = NUMBER.exec(t);
  if (!m) return { text: t };
  const value = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
  let metric = metricName(label);
  if (m[3] && !/pct|percent|percentage|rate/.test(metric)) metric += '_pct';
  return { metric, value };
}
