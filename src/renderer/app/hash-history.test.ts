// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHashOnlyHistory } from './hash-history';

describe('the hash-only history', () => {
  it('reads the route and its search from the hash, never the page’s token', () => {
    window.history.replaceState(null, '', '/?token=secret#/client/demo/conversations?signal=complaint&answered=false');
    const h = createHashOnlyHistory(window);
    expect(h.location.pathname).toBe('/client/demo/conversations');
    expect(h.location.search).toBe('?signal=complaint&answered=false');
    expect(h.location.href).not.toContain('token');
  });

  it('keeps the token in the links it writes and in the address it pushes', async () => {
    window.history.replaceState(null, '', '/?token=secret#/');
    const h = createHashOnlyHistory(window);
    expect(h.createHref('/client/demo/settings')).toBe('/?token=secret#/client/demo/settings');
    h.push('/client/demo/conversations?q=livraison');
    // The history writes the address bar on the next tick.
    await new Promise((r) => setTimeout(r, 10));
    expect(window.location.search).toBe('?token=secret');
    expect(window.location.hash).toBe('#/client/demo/conversations?q=livraison');
    expect(h.location.search).toBe('?q=livraison');
  });

  it('opens on the root without a hash', () => {
    window.history.replaceState(null, '', '/?token=secret');
    expect(createHashOnlyHistory(window).location.pathname).toBe('/');
  });
});
