import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Segment } from '../../core/contract/metrics';
import type { Platform } from '../../core/domain/kinds';
import { useFormat } from '../i18n/format';
import { useClientSearch } from './client-context';
import type { ClientSearch } from './search';

const PRESETS = { last30: 30, last90: 90, last365: 365 } as const;
type Preset = keyof typeof PRESETS | 'all' | 'custom';

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The preset a search stands for, when it is one (a range ending on the last day with data). */
function presetOf(s: ClientSearch, lastDay: string | null): Preset {
  if (!s.from && !s.to) return 'all';
  if (lastDay && (s.to === undefined || s.to === lastDay) && s.from) {
    for (const [name, days] of Object.entries(PRESETS)) if (s.from === addDays(lastDay, 1 - days)) return name as Preset;
  }
  return 'custom';
}

/**
 * The filters every client screen shares: period (presets counted back from the last day with data,
 * since an export may end months before today), platforms, member segment and interval. They live in
 * the URL: changing one replaces the search, so Back returns to the previous view.
 */
export function FilterBar({
  platforms,
  firstDay,
  lastDay,
}: {
  platforms: readonly Platform[];
  firstDay: string | null;
  lastDay: string | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useClientSearch();
  const navigate = useNavigate();
  // The screen that is open stays open (navigating from the client's route would land on its overview);
  // its own keys (the funnel's switch, say) stay with it.
  const set = (patch: Partial<ClientSearch>) =>
    void navigate({ to: '.', search: ((prev: ClientSearch) => clean({ ...prev, ...patch })) as never });
  const preset = presetOf(search, lastDay);
  const choosePreset = (p: Preset) => {
    if (p === 'all') set({ from: undefined, to: undefined });
    else if (p === 'custom') set({ from: search.from ?? firstDay ?? undefined, to: search.to ?? lastDay ?? undefined });
    else if (lastDay) set({ from: addDays(lastDay, 1 - PRESETS[p]), to: lastDay });
  };
  const chosen = new Set(search.platforms ?? []);
  const togglePlatform = (p: Platform) => {
    // No choice in the URL means every platform, all boxes ticked: unticking one keeps the others.
    const next = new Set(chosen.size === 0 ? platforms : chosen);
    if (next.has(p)) next.delete(p);
    else next.add(p);
    set({ platforms: next.size === 0 || next.size === platforms.length ? undefined : platforms.filter((x) => next.has(x)) });
  };
  return (
    <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()} data-testid="filter-bar">
      <label className="filters__field">
        <span className="filters__label">{t('filters.period')}</span>
        <select value={preset} onChange={(e) => choosePreset(e.target.value as Preset)} data-testid="filter-period">
          {(['all', 'last30', 'last90', 'last365', 'custom'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`filters.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label className="filters__field">
            <span className="filters__label">{t('filters.from')}</span>
            <input
              type="date"
              value={search.from ?? firstDay ?? ''}
              min={firstDay ?? undefined}
              max={lastDay ?? undefined}
              onChange={(e) => set({ from: e.target.value || undefined })}
              data-testid="filter-from"
            />
          </label>
          <label className="filters__field">
            <span className="filters__label">{t('filters.to')}</span>
            <input
              type="date"
              value={search.to ?? lastDay ?? ''}
              min={firstDay ?? undefined}
              max={lastDay ?? undefined}
              onChange={(e) => set({ to: e.target.value || undefined })}
              data-testid="filter-to"
            />
          </label>
        </>
      )}
      {platforms.length > 1 && (
        <fieldset className="filters__field filters__platforms">
          <legend className="filters__label">{t('filters.platforms')}</legend>
          {platforms.map((p) => (
            <label key={p} className="chip-toggle">
              <input
                type="checkbox"
                checked={chosen.size === 0 || chosen.has(p)}
                onChange={() => togglePlatform(p)}
                data-testid={`filter-platform-${p}`}
              />
              <span>{t(`platforms.${p}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="filters__field">
        <span className="filters__label">{t('filters.segment')}</span>
        <select
          value={search.segment ?? 'all'}
          onChange={(e) => set({ segment: e.target.value === 'all' ? undefined : (e.target.value as Segment) })}
          data-testid="filter-segment"
        >
          {Segment.options.map((s) => (
            <option key={s} value={s}>
              {t(`filters.segments.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="filters__label">{t('filters.interval')}</span>
        <select
          value={search.interval ?? 'week'}
          onChange={(e) => set({ interval: e.target.value === 'week' ? undefined : 'month' })}
          data-testid="filter-interval"
        >
          <option value="week">{t('filters.week')}</option>
          <option value="month">{t('filters.month')}</option>
        </select>
      </label>
      {lastDay && preset !== 'all' && preset !== 'custom' && (
        <p className="filters__note">{t('filters.relative', { day: f.day(lastDay) })}</p>
      )}
    </form>
  );
}

/** Drops unset keys, so the URL holds only the filters actually chosen. */
function clean(s: ClientSearch): ClientSearch {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as ClientSearch;
}
