import type { Db } from '../db/db';
import type { Ev } from '../analytics/test-community';
import { BRAND } from '../analytics/test-community';
import { addDays, dayToIso, isoToDay } from '../util/time-keys';

/** Three topics a brand meets, in French and English, for the themes' metrics and edits tests. */
export const DELIVERY = [
  'My parcel delivery is late, where is my order?',
  'La livraison de mon colis est en retard',
  'The delivery of my order took two weeks',
  'Order received but the parcel was damaged',
  'Colis reçu mais la commande était abîmée',
  'Still waiting for my parcel, delivery is so slow',
];
export const SCENT = [
  'This candle smells amazing, the vanilla scent is perfect',
  'Cette bougie sent trop bon, le parfum vanille est parfait',
  'The scent of the fig candle fills the whole room',
  'I love the smell of this candle, vanilla is my favourite',
  'Le parfum de la bougie figue est incroyable',
  'Which candle scent is best for a bedroom?',
];
export const SIZES = [
  'Do you have this sweater in size small?',
  'La taille M du pull est trop grande pour moi',
  'What size should I take, the sweater fits large?',
  'Le pull taille petit, je fais du 38',
  'The sweater size chart is confusing, medium or large?',
  'Quelle taille choisir pour ce pull en laine ?',
];

/** Day n (0 = Monday 5 January 2026) at a given hour, as test-community reads it. */
export const dayAt = (n: number, hour = 10): string =>
  `${dayToIso(addDays(isoToDay('2026-01-05'), n))} ${String(hour).padStart(2, '0')}:00`;

/**
 * Sixteen weeks. Scent and sizes: two comments a week all along, on posts of their own, never answered.
 * Delivery: one DM a week for twelve weeks, then four a week in the last four (an emerging theme), each
 * in its member's DM channel and answered by the brand an hour later.
 */
export function themeCommunity(): Ev[] {
  const ev: Ev[] = [];
  let n = 0;
  let d = 0;
  for (let week = 0; week < 16; week++) {
    for (let k = 0; k < 2; k++) {
      const i = n++;
      ev.push({ who: `s${i % 9}`, kind: 'comment', at: dayAt(week * 7 + k * 2, 9), text: SCENT[i % SCENT.length], post: `scent${i}` });
      ev.push({ who: `z${i % 7}`, kind: 'comment', at: dayAt(week * 7 + k * 2 + 1, 9), text: SIZES[i % SIZES.length], post: `size${i}` });
    }
    const deliveries = week >= 12 ? 4 : 1;
    for (let k = 0; k < deliveries; k++) {
      const i = d++;
      const channel = { key: `dm-d${i}`, kind: 'dm' as const };
      ev.push({ who: `d${i}`, kind: 'dm', at: dayAt(week * 7 + k, 14), text: DELIVERY[i % DELIVERY.length], channel });
      ev.push({ who: BRAND, kind: 'dm', at: dayAt(week * 7 + k, 15), text: 'Sorry, we are looking into it', channel, to: `d${i}` });
    }
  }
  // the data end on the last Sunday: every week is complete
  ev.push({ who: 'x', kind: 'like', at: dayAt(111), post: 'scent0' });
  return ev;
}

/**
 * A stored run written by hand, as computeClientThemes would (its node ids chosen by the test, so two
 * calls can play two runs of the engine): leaves delivery, scent, sizes A and sizes B (the size texts
 * alternate), sizes = A + B, then scent + sizes, then the root. Themes at the cut: delivery, scent, sizes.
 * `stray`: texts of the scent topic the run puts with delivery (a run that drew the line elsewhere).
 */
export function storeTopicRun(
  db: Db,
  ids: { delivery: number; scent: number; sizesA: number; sizesB: number; sizes: number; rest: number; root: number },
  stray = 0,
): void {
  for (const table of ['theme_runs', 'theme_nodes', 'theme_members', 'theme_weeks', 'theme_facts']) db.run(`DELETE FROM ${table}`);
  db.run("INSERT INTO theme_runs (id, computed_at, settings, texts, unclassified, seconds) VALUES (1, 0, '{}', 0, 0, 0)");
  const node = (id: number, parent: number | null, theme: boolean, label: string) =>
    db.run("INSERT INTO theme_nodes (id, parent, is_theme, label, terms, size, similarity, quotes) VALUES (?, ?, ?, ?, ?, 0, 0, '[]')", [
      id,
      parent,
      theme ? 1 : 0,
      label,
      JSON.stringify(label.split(' ')),
    ]);
  node(ids.delivery, ids.root, true, 'delivery parcel');
  node(ids.scent, ids.rest, true, 'candle scent');
  node(ids.sizesA, ids.sizes, false, 'size sweater');
  node(ids.sizesB, ids.sizes, false, 'size chart');
  node(ids.sizes, ids.rest, true, 'size sweater');
  node(ids.rest, ids.root, false, 'candle size');
  node(ids.root, null, false, 'all');
  const texts = db.all<{ id: number; text: string; person_id: number; week: number }>(
    "SELECT id, text, person_id, week FROM interactions WHERE direction = 'inbound' AND text IS NOT NULL ORDER BY id",
  );
  let sizes = 0;
  let scents = 0;
  for (const t of texts) {
    let leaf: number;
    let theme: number;
    if (DELIVERY.includes(t.text)) [leaf, theme] = [ids.delivery, ids.delivery];
    else if (SCENT.includes(t.text)) [leaf, theme] = scents++ < stray ? [ids.delivery, ids.delivery] : [ids.scent, ids.scent];
    else [leaf, theme] = [sizes++ % 2 ? ids.sizesB : ids.sizesA, ids.sizes];
    db.run('INSERT INTO theme_members (interaction_id, leaf, theme_id, person_id, week) VALUES (?, ?, ?, ?, ?)', [
      t.id,
      leaf,
      theme,
      t.person_id,
      t.week,
    ]);
  }
  db.run('UPDATE theme_runs SET texts = ?', [texts.length]);
  db.run('INSERT INTO theme_weeks (theme_id, week, n) SELECT theme_id, week, COUNT(*) FROM theme_members GROUP BY theme_id, week');
  db.run('INSERT INTO theme_weeks (theme_id, week, n) SELECT -1, week, COUNT(*) FROM theme_members GROUP BY week');
}
