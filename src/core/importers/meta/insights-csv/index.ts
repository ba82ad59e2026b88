import type { Importer } from '../../types';
import { metaImporter } from '../define';
import { importInsightsCsv } from './insights-csv';

const lacks = [
  'member identities (aggregate numbers only)',
  'which members liked, commented or shared',
  'how metrics changed over time (one lifetime value per export)',
];

export const insightsCsvImporters: readonly Importer[] = [
  metaImporter({
    kind: 'ig.insights-csv',
    format: 'instagram.insights-csv',
    platform: 'instagram',
    label: 'Meta Business Suite Instagram insights (CSV)',
    coverage: {
      shows: [
        'per post/story reach, views or impressions, likes, comments, shares, saves, follows, replies, profile visits, link clicks, sticker taps, navigation',
      ],
      lacks,
    },
    run: (f, s) => importInsightsCsv(f, s, 'instagram'),
  }),
  metaImporter({
    kind: 'fb.insights-csv',
    format: 'facebook.insights-csv',
    platform: 'facebook',
    label: 'Meta Business Suite Facebook Page insights (CSV)',
    coverage: { shows: ['per post reach, views, reactions, comments, shares, clicks'], lacks },
    run: (f, s) => importInsightsCsv(f, s, 'facebook'),
  }),
];
