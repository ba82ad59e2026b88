import { useFormat } from '../i18n/format';

/**
 * Newer / "from–to of total" / older over a list read a page at a time, newest first. The texts are the
 * feature's own (passed in); `range` receives the formatted numbers.
 */
export function Pager({
  label,
  offset,
  page,
  total,
  onOffset,
  newer,
  older,
  range,
  testId,
}: {
  label: string;
  offset: number;
  page: number;
  total: number;
  onOffset: (offset: number) => void;
  newer: string;
  older: string;
  range: (n: { from: string; to: string; total: string }) => string;
  testId: string;
}) {
  const f = useFormat();
  return (
    <div className="pager" role="group" aria-label={label}>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - page))}
      >
        {newer}
      </button>
      <span className="muted" data-testid={`${testId}-range`}>
        {range({ from: f.int(offset + 1), to: f.int(Math.min(total, offset + page)), total: f.int(total) })}
      </span>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        disabled={offset + page >= total}
        onClick={() => onOffset(offset + page)}
        data-testid={`${testId}-older`}
      >
        {older}
      </button>
    </div>
  );
}
