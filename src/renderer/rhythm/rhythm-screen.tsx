import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hourNames,
  peakSlots,
  rhythmHeatmapOption,
  type RhythmMeasure,
  unattendedShare,
  weekdayNames,
} from '../../core/charts/rhythm-heatmap-option';
import type { ActivityRhythm, RhythmCell } from '../../core/contract/rhythm';
import { useBackend } from '../api/backend-context';
import { useLoad } from '../api/use-load';
import { useClientQuery } from '../app/client-context';
import { useFormat } from '../i18n/format';
import { Card, PageHeader } from '../ui/card';
import { usePalette } from '../ui/color-scheme';
import { EChart } from '../ui/echart';
import { LoadSlot } from '../ui/load-slot';
import { useExportName } from '../app/export-name';

type MemberMeasure = Exclude<RhythmMeasure, 'brand'>;

/**
 * When to be present: members' activity and the brand's messages as two weekday × hour grids on the
 * client's clock, for the period and platforms of the URL, with the busiest slots said in words.
 */
export function RhythmScreen() {
  const { t } = useTranslation('rhythm');
  const q = useClientQuery();
  const { api } = useBackend();
  const { load, reload } = useLoad(() => api['rhythm.heatmap']({ client: q.client, filter: q.filter }), `rhythm:${q.key}`);
  const [measure, setMeasure] = useState<MemberMeasure>('members');
  const tz = load.state === 'ready' ? load.data.timezone : '…';
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { tz })} />
      <p className="line-note line-note--strong" data-testid="rhythm-lesson">
        {t('lesson')}
      </p>
      <LoadSlot load={load} reload={reload} className="line-note">
        {(r) => <Findings rhythm={r} measure={measure} />}
      </LoadSlot>
      <Card
        title={t('membersTitle')}
        subtitle={t(`membersSubtitle.${measure}`)}
        actions={
          <div className="toggle-group" role="group" aria-label={t('measure')}>
            {(['members', 'memberMessages'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className="toggle-group__button"
                aria-pressed={measure === m}
                onClick={() => setMeasure(m)}
                data-testid={`measure-${m}`}
              >
                {t(`measures.${m}`)}
              </button>
            ))}
          </div>
        }
      >
        <LoadSlot load={load} reload={reload} className="chart chart--week">
          {(r) => <WeekGrid cells={r.cells} measure={measure} testId="rhythm-members" title={t('membersTitle')} />}
        </LoadSlot>
      </Card>
      <Card title={t('brandTitle')} subtitle={t('brandSubtitle')}>
        <LoadSlot load={load} reload={reload} className="chart chart--week">
          {(r) => <WeekGrid cells={r.cells} measure="brand" testId="rhythm-brand" title={t('brandTitle')} />}
        </LoadSlot>
      </Card>
    </>
  );
}

function WeekGrid({ cells, measure, testId, title }: { cells: RhythmCell[]; measure: RhythmMeasure; testId: string; title: string }) {
  const { t } = useTranslation('rhythm');
  const { locale } = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () => rhythmHeatmapOption(cells, { palette, locale, measure, labels: { series: t(`series.${measure}`) } }),
    [cells, palette, locale, measure, t],
  );
  return <EChart option={option} label={title} testId={testId} className="chart chart--week" exportName={useExportName(title)} />;
}

/** What the grids say, in words: the busiest slots of each side and the members' share the brand leaves alone. */
function Findings({ rhythm, measure }: { rhythm: ActivityRhythm; measure: MemberMeasure }) {
  const { t } = useTranslation('rhythm');
  const f = useFormat();
  const days = useMemo(() => weekdayNames(f.locale, 'long'), [f.locale]);
  const hours = useMemo(() => hourNames(f.locale), [f.locale]);
  const slots = (cells: RhythmCell[]) =>
    cells.map((c) => t('slot', { day: days[c.weekday], from: hours[c.hour], to: hours[(c.hour + 1) % 24] })).join(t('or'));
  const members = peakSlots(rhythm.cells, measure);
  const brand = peakSlots(rhythm.cells, 'brand');
  const alone = unattendedShare(rhythm.cells, measure);
  return (
    <div className="line-note" data-testid="rhythm-findings">
      {members.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <p>
          {brand.length > 0 ? t('peaks', { members: slots(members), brand: slots(brand) }) : t('peaksNoBrand', { members: slots(members) })}{' '}
          {alone !== null && t(`unattended.${measure}`, { share: f.percent(alone) })}
        </p>
      )}
      {rhythm.segmentIgnored && <p className="muted">{t('segmentIgnored')}</p>}
    </div>
  );
}
