import { describe, expect, it } from 'vitest';
import { fillWeeks } from './fill-weeks';

describe('fillWeeks', () => {
  it('puts back the silent weeks between active ones as zeros', () => {
    // Mondays 6 Mar, 3 Apr and 8 May 2017: 4 weeks between the first two, 5 between the last two.
    const filled = fillWeeks([
      { week: '2017-03-06', inbound: 1, outbound: 0 },
      { week: '2017-04-03', inbound: 1, outbound: 2 },
      { week: '2017-05-08', inbound: 1, outbound: 0 },
    ]);
    expect(filled.map((w) => w.week)).toEqual([
      '2017-03-06',
      '2017-03-13',
      '2017-03-20',
      '2017-03-27',
      '2017-04-03',
      '2017-04-10',
      '2017-04-17',
      '2017-04-24',
      '2017-05-01',
      '2017-05-08',
    ]);
    expect(filled[1]).toEqual({ week: '2017-03-13', inbound: 0, outbound: 0 });
    expect(filled[4]).toEqual({ week: '2017-04-03', inbound: 1, outbound: 2 });
    expect(filled.reduce((s, w) => s + w.inbound + w.outbound, 0)).toBe(5);
  });

  it('crosses a daylight-saving change and a year end without drifting off Mondays', () => {
    const filled = fillWeeks([
      { week: '2025-10-20', inbound: 1, outbound: 0 },
      { week: '2026-01-05', inbound: 1, outbound: 0 },
    ]);
    expect(filled).toHaveLength(12);
    expect(filled.every((w) => new Date(`${w.week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('leaves an empty or single-week history as it is', () => {
    expect(fillWeeks([])).toEqual([]);
    expect(fillWeeks([{ week: '2017-03-06', inbound: 3, outbound: 1 }])).toEqual([{ week: '2017-03-06', inbound: 3, outbound: 1 }]);
  });
});
