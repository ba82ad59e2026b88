// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { darkPalette, lightPalette } from '../../core/charts';
import { fakeSystemScheme } from '../ui/test-system-scheme';
import { renderWithI18n } from '../i18n/test-i18n';
import { WeeklyChart } from './weekly-chart';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 640 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const weekly = [
  { week: '2017-03-06', inbound: 3, outbound: 1 },
  { week: '2017-03-20', inbound: 2, outbound: 2 },
];
const fills = (el: HTMLElement) => new Set([...el.querySelectorAll('svg path[fill]')].map((p) => p.getAttribute('fill')));

describe('WeeklyChart', () => {
  it('draws the weeks with the English labels, in the colours of the system scheme, and redraws when it flips', () => {
    const system = fakeSystemScheme(true);
    const { getByRole } = renderWithI18n(<WeeklyChart weekly={weekly} />);
    const el = getByRole('img', { name: 'Weekly activity' });
    expect(el.dataset.testid).toBe('weekly-chart');
    expect(el.textContent).toContain('From members');
    expect(el.textContent).toContain('13 Mar 17');
    expect(fills(el)).toContain(darkPalette.chartInbound);
    expect(fills(el)).not.toContain(lightPalette.chartInbound);
    act(() => system.flip());
    expect(fills(el)).toContain(lightPalette.chartInbound);
    expect(fills(el)).toContain(lightPalette.chartOutbound);
    expect(fills(el)).not.toContain(darkPalette.chartInbound);
  });
});
