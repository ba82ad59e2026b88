// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { darkPalette, lightPalette } from '../../core/charts';
import { followColorScheme } from './color-scheme';
import { fakeSystemScheme } from './test-system-scheme';

afterEach(() => vi.restoreAllMocks());

describe('followColorScheme', () => {
  it('writes the palette of the system scheme on the root element and follows its changes', () => {
    const system = fakeSystemScheme(false);
    const root = document.createElement('html');
    const stop = followColorScheme(root);
    expect(system.matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    expect(root.style.getPropertyValue('--chart-inbound')).toBe(lightPalette.chartInbound);
    expect(root.style.getPropertyValue('--surface-muted')).toBe(lightPalette.surfaceMuted);
    expect(root.style.colorScheme).toBe('light');
    system.flip();
    expect(root.style.getPropertyValue('--chart-inbound')).toBe(darkPalette.chartInbound);
    expect(root.style.getPropertyValue('--bg')).toBe(darkPalette.bg);
    expect(root.style.colorScheme).toBe('dark');
    stop();
    expect(system.listeners.size).toBe(0);
  });
});
