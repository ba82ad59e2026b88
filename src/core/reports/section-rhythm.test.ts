import { describe, expect, it } from 'vitest';
import type { InterInteraction, MetricsResult } from '../contract/metrics';
import type { RhythmCell } from '../contract/rhythm';
import { gapsBlock, rhythmBlocks } from './section-rhythm';
import { testSectionContext } from './test-section-context';

const week = (fill: (weekday: number, hour: number) => Partial<RhythmCell>): RhythmCell[] =>
  Array.from({ length: 7 * 24 }, (_, i) => ({
    weekday: Math.floor(i / 24),
    hour: i % 24,
    members: 0,
    memberMessages: 0,
    brand: 0,
    ...fill(Math.floor(i / 24), i % 24),
  }));
const rhythmCtx = (cells: RhythmCell[], lang: 'en' | 'fr' = 'en') =>
  testSectionContext(
    {
      timezone: 'Europe/Paris',
      rhythm: {
        timezone: 'Europe/Paris',
        cells,
        totals: {
          members: cells.reduce((s, c) => s + c.members, 0),
          memberMessages: cells.reduce((s, c) => s + c.memberMessages, 0),
          brand: cells.reduce((s, c) => s + c.brand, 0),
        },
        segmentIgnored: false,
      },
    },
    lang,
  );

describe('the responsiveness section’s week grids', () => {
  it('say which share of the members’ messages arrive in hours the brand never writes in, and the busiest hours', () => {
    // members: 3 messages every evening hour 18–21 and 1 at 10 on weekdays; the brand: weekdays 9–17 only
    const cells = week((d, h) => ({
      memberMessages: h >= 18 && h <= 21 ? 3 : d < 5 && h === 10 ? 1 : 0,
      brand: d < 5 && h >= 9 && h <= 17 ? 2 : 0,
    }));
    const blocks = rhythmBlocks(rhythmCtx(cells));
    // 7 × 4 × 3 = 84 evening messages unattended of 84 + 5 = 89
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Messages per hour of the week over the period, on the client’s clock (Europe/Paris). The members’ busiest hours: Monday 18:00, Monday 19:00, Monday 20:00. 94% of the members’ messages arrive in hours of the week when the brand never wrote in the period.',
    });
    expect(blocks.map((b) => (b.type === 'chart' ? b.chart.id : b.type))).toEqual(['paragraph', 'rhythm-members', 'rhythm-brand']);
    const fr = rhythmBlocks(rhythmCtx(cells, 'fr'));
    expect(fr[0]).toMatchObject({ text: expect.stringMatching(/lundi 18 h, lundi 19 h, lundi 20 h\. 94\s% des messages des membres/) });
  });

  it('leave the brand’s grid and the unattended share out when the brand never writes, and everything out without member messages', () => {
    const alone = rhythmBlocks(rhythmCtx(week((_, h) => ({ memberMessages: h === 12 ? 1 : 0 }))));
    expect(alone.map((b) => (b.type === 'chart' ? b.chart.id : b.type))).toEqual(['paragraph', 'rhythm-members']);
    expect(JSON.stringify(alone[0])).not.toMatch(/never wrote/);
    expect(rhythmBlocks(rhythmCtx(week(() => ({ brand: 1 }))))).toEqual([]);
  });
});

describe('the recurrence section’s time between visits', () => {
  const gaps = (g: InterInteraction, lang: 'en' | 'fr' = 'en') =>
    gapsBlock(testSectionContext({ metrics: { interInteraction: g } as unknown as MetricsResult }, lang));
  it('draw the histogram with the median and the 90th percentile in its caption', () => {
    const g: InterInteraction = {
      gaps: 1234,
      medianDays: 3,
      p90Days: 27.5,
      histogram: [
        { label: '1', fromDays: 1, toDays: 1, count: 800 },
        { label: '2–7', fromDays: 2, toDays: 7, count: 400 },
        { label: '8+', fromDays: 8, toDays: null, count: 34 },
      ],
    };
    const [b] = gaps(g);
    expect(b?.type === 'chart' && b.chart.caption).toBe(
      'Days between two consecutive active days of a member, counted when the member comes back: 1,234 returns, median 3 d, 90% within 27.5 d.',
    );
    const [fr] = gaps(g, 'fr');
    expect(fr?.type === 'chart' && fr.chart.caption).toMatch(/1\s234 retours, médiane 3 j, 90\s% en moins de 27,5 j\.$/);
    expect(gaps({ gaps: 0, medianDays: null, p90Days: null, histogram: [] })).toEqual([]);
  });
});
