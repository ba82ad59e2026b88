// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { getInstanceByDom } from 'echarts/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lightPalette, weeklyChartOption } from '../../core/charts';
import { EChart } from './echart';

const labels = { inbound: 'From members', outbound: 'From the brand' };
const option = (weeks: { week: string; inbound: number; outbound: number }[]) =>
  weeklyChartOption(weeks, { palette: lightPalette, locale: 'en-GB', labels });
const twoWeeks = option([
  { week: '2017-03-06', inbound: 3, outbound: 1 },
  { week: '2017-03-13', inbound: 2, outbound: 2 },
]);

// happy-dom lays nothing out: give every element the size of a chart, or ECharts draws into 0 × 0.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 640 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
});
afterEach(cleanup);

const bars = (el: HTMLElement, colour: string) => el.querySelectorAll(`svg path[fill="${colour}"]`).length;

describe('EChart', () => {
  it('is an image named by its label, with the test id passed in', () => {
    const { getByRole } = render(<EChart option={twoWeeks} label="Weekly activity" testId="weekly-chart" />);
    const el = getByRole('img', { name: 'Weekly activity' });
    expect(el.dataset.testid).toBe('weekly-chart');
    expect(el.className).toBe('chart');
  });

  it('draws the option as SVG and replaces it, not merges it, when the option changes', () => {
    const { getByTestId, rerender } = render(<EChart option={twoWeeks} label="Weekly" testId="c" />);
    const el = getByTestId('c');
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    // Two bars per series, plus one legend mark each.
    expect(bars(el, lightPalette.chartInbound)).toBe(3);
    expect(bars(el, lightPalette.chartOutbound)).toBe(3);
    const oneWeek = option([{ week: '2017-03-06', inbound: 3, outbound: 1 }]);
    rerender(<EChart option={oneWeek} label="Weekly" testId="c" />);
    expect(bars(el, lightPalette.chartInbound)).toBe(2);
    expect(getInstanceByDom(el)?.getOption().xAxis).toMatchObject([{ data: ['6 Mar 17'] }]);
  });

  it('lets go of its ECharts instance when it unmounts', () => {
    const { getByTestId, unmount } = render(<EChart option={twoWeeks} label="Weekly" testId="c" />);
    const el = getByTestId('c');
    expect(getInstanceByDom(el)).toBeDefined();
    unmount();
    expect(getInstanceByDom(el)).toBeUndefined();
  });
});
