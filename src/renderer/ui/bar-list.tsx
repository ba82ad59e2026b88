import { useFormat } from '../i18n/format';

/** A ranked breakdown as horizontal bars: easier to read than a pie for 3–15 categories. */
export function BarList({ entries, label, testId }: { entries: [string, number][]; label: (id: string) => string; testId?: string }) {
  const f = useFormat();
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <ul className="bar-list" data-testid={testId}>
      {entries.map(([id, n]) => (
        <li key={id} className="bar-list__row">
          <span className="bar-list__label">{label(id)}</span>
          <span className="bar-list__track" aria-hidden="true">
            <span className="bar-list__bar" style={{ width: `${(n / max) * 100}%` }} />
          </span>
          <span className="bar-list__value">{f.int(n)}</span>
          <span className="bar-list__share">{f.percent(total ? n / total : 0)}</span>
        </li>
      ))}
    </ul>
  );
}
