// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRouter } from './router';
import { parseHashRoute } from './hash-history';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the hash history', () => {
  it('reads the route from the hash alone, the page query (the bridge token) left out', () => {
    expect(parseHashRoute('#/client/acme/funnel?from=2026-01-01&by=cohort', null)).toMatchObject({
      pathname: '/client/acme/funnel',
      search: '?from=2026-01-01&by=cohort',
      hash: '',
    });
    expect(parseHashRoute('', null)).toMatchObject({ pathname: '/', search: '' });
    expect(parseHashRoute('#/a#b?c', null)).toMatchObject({ pathname: '/a', search: '', hash: '#b?c' });
  });

  it('keeps every filter of the URL on a reload under cercle serve, and the token in the links', async () => {
    window.history.replaceState(null, '', '/?token=abc#/client/acme/funnel?to=2026-03-01&by=cohort');
    const router = createAppRouter();
    await router.load();
    expect(router.state.location.search).toEqual({ to: '2026-03-01', by: 'cohort' });
    expect(window.location.hash).toBe('#/client/acme/funnel?to=2026-03-01&by=cohort');
    await router.navigate({ to: '/client/$client/funnel', params: { client: 'acme' }, search: { post: 3 } });
    expect(window.location.search).toBe('?token=abc');
    expect(window.location.hash).toBe('#/client/acme/funnel?post=3');
  });
});
