import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentFunnel, Funnel, FunnelBreakdown } from '../../core/contract/metrics';
import { useBackend } from '../api/backend-context';
import { useLoad, type Load } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import type { FunnelSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { Card, PageHeader, Spinner } from '../ui/card';
import { ErrorLine } from '../ui/error-line';
import { BreakdownTable } from './breakdown';
import { ContentDepthChart, FormatTable, PostsTable } from './content-depth';
import { FunnelChart, LadderTable } from './ladder';
import { PostInteractions } from './post-interactions';

/**
 * The micro-engagement funnel: the member ladder of the period's entrants (all of them, or those who
 * had the whole conversion window), by platform and by cohort; then the content depth of each post,
 * which opens the interactions imported on it. The switch, the breakdown and the open post live in the URL.
 */
export function FunnelScreen() {
  const { client, filter, interval, key } = useClientQuery();
  const { t } = useTranslation('funnel');
  const { api } = useBackend();
  const search = useSearch({ from: '/client/$client/funnel' });
  const navigate = useNavigate({ from: '/client/$client/funnel' });
  const set = useCallback(
    (patch: Partial<FunnelSearch>) =>
      void navigate({
        // A switch changes the view, not the page: it stays where it was.
        resetScroll: false,
        search: (prev: FunnelSearch) =>
          Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined)) as FunnelSearch,
      }),
    [navigate],
  );
  const funnel = useLoad(() => api['metrics.funnel']({ client, filter, interval }), `funnel:${key}`);
  const breakdown = useLoad(() => api['metrics.funnelBreakdown']({ client, filter, interval }), `breakdown:${key}`);
  const content = useLoad(() => api['metrics.contentFunnel']({ client, filter, interval }), `content:${key}`);
  const openPost = useCallback((contentId: number) => set({ post: contentId }), [set]);
  const days = funnel.load.state === 'ready' ? funnel.load.data.windowDays : 90;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { days })} />
      <div className="stack">
        <Section load={funnel.load} reload={funnel.reload}>
          {(fu) => <Ladder funnel={fu} full={search.full === true} onFull={(full) => set({ full: full || undefined })} />}
        </Section>
        <Card
          title={t('breakdownTitle')}
          subtitle={t('breakdownSubtitle')}
          actions={
            <div className="segmented" role="group" aria-label={t('breakdownTitle')}>
              {(['platform', 'cohort'] as const).map((by) => (
                <button
                  key={by}
                  type="button"
                  className="segmented__option"
                  aria-pressed={(search.by ?? 'platform') === by}
                  onClick={() => set({ by: by === 'platform' ? undefined : by })}
                  data-testid={`funnel-by-${by}-toggle`}
                >
                  {by === 'platform' ? t('byPlatform') : t('byCohort')}
                </button>
              ))}
            </div>
          }
        >
          <Section load={breakdown.load} reload={breakdown.reload}>
            {(b: FunnelBreakdown) => (
              <>
                <BreakdownTable breakdown={b} by={search.by ?? 'platform'} interval={interval} />
                <p className="muted card__footnote">{(search.by ?? 'platform') === 'platform' ? t('platformNote') : t('cohortNote')}</p>
              </>
            )}
          </Section>
        </Card>
        <Card title={t('content.title')} subtitle={t('content.subtitle')}>
          <Section load={content.load} reload={content.reload}>
            {(c) => <ContentDepth content={c} open={search.post} onOpen={openPost} />}
          </Section>
        </Card>
        {search.post !== undefined && (
          <PostInteractions key={search.post} contentId={search.post} onClose={() => set({ post: undefined })} />
        )}
      </div>
    </>
  );
}

function Section<T>({ load, reload, children }: { load: Load<T>; reload: () => void; children: (data: T) => ReactNode }) {
  const { t: tc } = useTranslation();
  if (load.state === 'loading') return <Spinner label={tc('loading')} />;
  if (load.state === 'error') return <ErrorLine message={load.error} onRetry={reload} />;
  return <>{children(load.data)}</>;
}

/** The ladder, with the switch between all entrants and those who had the whole window. */
function Ladder({ funnel, full, onFull }: { funnel: Funnel; full: boolean; onFull: (full: boolean) => void }) {
  const { t } = useTranslation('funnel');
  const f = useFormat();
  const entrants = funnel.steps[0]?.members ?? 0;
  const steps = full ? funnel.fullWindow.steps : funnel.steps;
  const days = funnel.windowDays;
  const switcher = (
    <div className="segmented" role="radiogroup" aria-label={t('window.label')} data-testid="funnel-window">
      <button
        type="button"
        role="radio"
        className="segmented__option"
        aria-checked={!full}
        onClick={() => onFull(false)}
        data-testid="funnel-window-all"
      >
        {t('window.all', { n: f.int(entrants), days })}
      </button>
      <button
        type="button"
        role="radio"
        className="segmented__option"
        aria-checked={full}
        onClick={() => onFull(true)}
        data-testid="funnel-window-full"
      >
        {t('window.full', { n: f.int(funnel.fullWindow.entrants), days })}
      </button>
    </div>
  );
  return (
    <Card title={t('ladderTitle')} subtitle={t('ladderSubtitle')} actions={switcher}>
      {funnel.recentEntrants > 0 && (
        <p className={`notes__item${full ? ' notes__item--warn' : ''}`} data-testid="funnel-recent">
          {funnel.fullWindow.entrants === 0 && full
            ? t('window.allRecent', { days })
            : t('window.recent', { count: funnel.recentEntrants, days, n: f.int(funnel.recentEntrants) })}
        </p>
      )}
      {steps[0]?.members ? (
        <>
          <FunnelChart steps={steps} />
          <LadderTable steps={steps} fullWindow={full} />
        </>
      ) : (
        <p className="muted">{t('empty')}</p>
      )}
    </Card>
  );
}

function ContentDepth({ content, open, onOpen }: { content: ContentFunnel; open: number | undefined; onOpen: (id: number) => void }) {
  const { t } = useTranslation('funnel');
  const f = useFormat();
  if (content.posts.length === 0)
    return (
      <p className="muted" data-testid="content-none">
        {t('content.none')}
      </p>
    );
  const c = content.totals;
  return (
    <>
      <p className="result-line" data-testid="content-totals">
        {t('content.totals', {
          posts: f.int(c.posts),
          reach: f.int(c.reach),
          likeRate: f.percent(c.likeRate),
          microRate: f.percent(c.microEngagementRate),
        })}
      </p>
      <ContentDepthChart posts={content.posts} onOpen={onOpen} />
      <h3 className="subhead">{t('content.byFormat')}</h3>
      <FormatTable formats={content.byFormat} />
      <h3 className="subhead">{t('content.posts')}</h3>
      <p className="muted card__footnote">{t('content.postsNote')}</p>
      <PostsTable posts={content.posts} onOpen={onOpen} open={open} />
    </>
  );
}
