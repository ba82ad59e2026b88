import { useMemo } from 'react';
import { allTimeZones } from './format';

/** IANA zones from the browser's own list; `emptyLabel` adds a "keep the default" first choice. */
export function TimeZoneSelect({
  value,
  onChange,
  emptyLabel,
  id,
}: {
  value: string;
  onChange: (tz: string) => void;
  emptyLabel?: string;
  id?: string;
}) {
  const zones = useMemo(() => {
    const all = allTimeZones();
    return value && !all.includes(value) ? [value, ...all] : all;
  }, [value]);
  return (
    <select className="input" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {zones.map((z) => (
        <option key={z} value={z}>
          {z.replace(/_/g, ' ')}
        </option>
      ))}
    </select>
  );
}
