import { useTranslation } from 'react-i18next';
import type { ThemeMetrics } from '../../core/contract/themes';
import { useFormat } from '../i18n/format';

/** The themes whose share rose significantly in the last complete weeks, each with its ratio; the test in a footnote. */
export function EmergingLine({ m, onOpen }: { m: ThemeMetrics; onOpen: (theme: number) => void }) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const emerging = m.themes.filter((r) => !r.hidden && r.emergence?.emerging);
  const w = m.window;
  return (
    <div className="line-note themes-emerging" data-testid="themes-emerging">
      <p>
        <strong>{t('emerging.title')} </strong>
        {w === null && t('emerging.noWindow')}
        {w !== null && emerging.length === 0 && t('emerging.none')}
        {emerging.map((r) => (
          <button key={r.id} type="button" className="chip chip--emerging" onClick={() => onOpen(r.id)} data-testid="emerging-theme">
            {r.emergence!.ratio === null
              ? t('emerging.itemNew', { label: r.label })
              : t('emerging.item', { label: r.label, ratio: f.decimal(r.emergence!.ratio, 1) })}
          </button>
        ))}
      </p>
      {w !== null && (
        <p className="muted themes-emerging__test">
          {t('emerging.window', {
            recentFrom: f.day(w.recentFrom),
            recentTo: f.day(w.recentTo),
            beforeFrom: f.day(w.beforeFrom),
            beforeTo: f.day(w.beforeTo),
          })}
        </p>
      )}
    </div>
  );
}
