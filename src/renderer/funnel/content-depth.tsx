import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentDepthChartOption, depthClass, depthMedians, type DepthClass } from '../../core/charts';
import type { ContentFunnel } from '../../core/contract/metrics';
import { CONTENT_KINDS, type ContentKind } from '../../core/domain/kinds';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { EChart } from '../ui/echart';
import { useLabels } from '../ui/labels';
import { useExportName } from '../app/export-name';

type Post = ContentFunnel['posts'][number];
type Format = ContentFunnel['byFormat'][number];

/** A content format's name in the current language. */
export function useFormatLabel(): (format: string) => string {
  const { t } = useTranslation('funnel');
  return useMemo(
    () => (format: string) =>
      (CONTENT_KINDS as readonly string[]).includes(format) ? t(`content.formats.${format as ContentKind}`) : format,
    [t],
  );
}

/** A post's name: its title, else its format and day. */
export function usePostTitle(): (post: { title: string | null; format: string; at: string | null }) => string {
  const { t } = useTranslation('funnel');
  const f = useFormat();
  const format = useFormatLabel();
  return useCallback(
    (p: { title: string | null; format: string; at: string | null }) =>
      p.title?.trim() || t('content.untitled', { format: format(p.format), date: p.at ? f.dateTime(p.at) : '—' }),
    [t, f, format],
  );
}

export function ContentDepthChart({ posts, onOpen }: { posts: Post[]; onOpen: (contentId: number) => void }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const { locale } = useFormat();
  const palette = usePalette();
  const format = useFormatLabel();
  const title = usePostTitle();
  const option = useMemo(
    () =>
      contentDepthChartOption(posts, {
        palette,
        locale,
        labels: {
          likeRate: t('content.likeRate'),
          microEngagementRate: t('content.microRate'),
          median: t('content.median'),
          format,
          post: title,
        },
      }),
    [posts, palette, locale, t, format, title],
  );
  return (
    <EChart
      option={option}
      label={t('content.chartLabel')}
      testId="content-depth-chart"
      exportName={exportName(t('content.title'))}
      onItemClick={({ value: v }) => Array.isArray(v) && typeof v[2] === 'number' && onOpen(v[2])}
    />
  );
}

const fmt = createColumnHelper<TableFeaturesUsed, Format>();

export function FormatTable({ formats }: { formats: Format[] }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const f = useFormat();
  const format = useFormatLabel();
  const columns: Columns<Format> = useMemo(
    () =>
      fmt.columns([
        fmt.accessor((r) => format(r.format), { id: 'format', header: t('content.columns.format') }),
        fmt.accessor('posts', { header: t('content.columns.posts'), cell: (i) => f.int(i.getValue()) }),
        fmt.accessor('reach', { header: t('content.columns.reach'), cell: (i) => f.int(i.getValue()) }),
        fmt.accessor('likeRate', { header: t('content.columns.likeRate'), cell: (i) => f.percent(i.getValue()) }),
        fmt.accessor('microEngagementRate', { header: t('content.columns.microRate'), cell: (i) => f.percent(i.getValue()) }),
      ]),
    [t, f, format],
  );
  return (
    <DataTable
      columns={columns}
      data={formats}
      label={t('content.byFormat')}
      numeric={['posts', 'reach', 'likeRate', 'microEngagementRate']}
      testId="content-by-format"
      exportName={exportName(`${t('content.title')} ${t('content.byFormat')}`)}
    />
  );
}

type PostRow = Post & { depth: DepthClass | null };
/** The content funnel carries no time zone; a post's day is read in the viewer's. */
const VIEWER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const post = createColumnHelper<TableFeaturesUsed, PostRow>();

/** Posts listed before "show all": the widest reach first, as the core sends them. */
const POSTS_SHOWN = 25;

/**
 * The posts with their rates and reading, which can be narrowed to one reading (the liked but
 * ignored ones, say); a post opens the interactions imported on it.
 */
export function PostsTable({ posts, onOpen, open }: { posts: Post[]; onOpen: (contentId: number) => void; open: number | undefined }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const f = useFormat();
  const labels = useLabels();
  const format = useFormatLabel();
  const title = usePostTitle();
  const [only, setOnly] = useState<DepthClass | null>(null);
  const [all, setAll] = useState(false);
  const classified = useMemo(() => {
    const m = depthMedians(posts);
    return posts.map((p) => ({ ...p, depth: depthClass(p, m) }));
  }, [posts]);
  const chosen = only ? classified.filter((p) => p.depth === only) : classified;
  const rows = useMemo(() => (all ? chosen : chosen.slice(0, POSTS_SHOWN)), [chosen, all]);
  const count = (c: DepthClass | null) => (c ? classified.filter((p) => p.depth === c).length : classified.length);
  const columns: Columns<PostRow> = useMemo(
    () =>
      post.columns([
        post.accessor((p) => title(p), {
          id: 'post',
          header: t('content.columns.post'),
          cell: (i) => <span className="post-title">{i.getValue()}</span>,
        }),
        post.accessor((p) => format(p.format), { id: 'format', header: t('content.columns.format') }),
        post.accessor((p) => labels.platform(p.platform), { id: 'platform', header: t('content.columns.platform') }),
        post.accessor('at', { header: t('content.columns.date'), cell: (i) => (i.getValue() ? f.date(i.getValue(), VIEWER_ZONE) : '—') }),
        post.accessor('reach', { header: t('content.columns.reach'), cell: (i) => f.int(i.getValue()) }),
        post.accessor('likeRate', { header: t('content.columns.likeRate'), cell: (i) => f.percent(i.getValue()) }),
        post.accessor('microEngagementRate', { header: t('content.columns.microRate'), cell: (i) => f.percent(i.getValue()) }),
        post.accessor((p) => (p.depth ? t(`content.classes.${p.depth}`) : ''), {
          id: 'depth',
          header: t('content.columns.depth'),
          cell: (i) => (i.row.original.depth ? <span className={`depth depth--${i.row.original.depth}`}>{i.getValue()}</span> : '—'),
        }),
        post.display({
          id: 'actions',
          header: '',
          cell: (i) => (
            <button
              type="button"
              className={`btn btn--ghost btn--small${open === i.row.original.contentId ? ' btn--current' : ''}`}
              title={t('content.openTitle')}
              aria-pressed={open === i.row.original.contentId}
              onClick={() => onOpen(i.row.original.contentId)}
              data-testid={`post-open-${i.row.original.contentId}`}
            >
              {t('content.open')}
            </button>
          ),
        }),
      ]),
    [t, f, labels, format, title, onOpen, open],
  );
  return (
    <>
      <div className="segmented" role="radiogroup" aria-label={t('content.show')} data-testid="content-filter">
        {([null, 'liked-ignored', 'discussed', 'quiet'] as const).map((c) => (
          <button
            key={c ?? 'all'}
            type="button"
            role="radio"
            className="segmented__option"
            aria-checked={only === c}
            onClick={() => setOnly(c)}
            data-testid={`content-filter-${c ?? 'all'}`}
          >
            {c ? `${t(`content.classes.${c}`)} (${f.int(count(c))})` : t('content.all', { n: f.int(count(null)) })}
          </button>
        ))}
      </div>
      <DataTable
        columns={columns}
        data={rows}
        label={t('content.posts')}
        numeric={['reach', 'likeRate', 'microEngagementRate']}
        narrow={['actions']}
        testId="content-posts"
        exportName={exportName(`${t('content.title')} ${t('content.posts')}`)}
      />
      {rows.length < chosen.length && (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setAll(true)} data-testid="content-show-all">
          {t('content.showAll', { n: f.int(chosen.length) })}
        </button>
      )}
    </>
  );
}
