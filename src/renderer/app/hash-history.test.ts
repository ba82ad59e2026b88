import { describe, expect, it } from 'vitest';
import { parseHash } from './hash-history';

const state = { __TSR_index: 3, key: 'k', __TSR_key: 'k' };

describe('parseHash', () => {
  it('reads the path, the search and a hash of the URL’s hash, whatever the page’s own query', () => {
    expect(parseHash('#/client/demo/recurrence?segment=core&interval=month', state)).toEqual({
      href: '/client/demo/recurrence?segment=core&interval=month',
      pathname: '/client/demo/recurrence',
      search: '?segment=core&interval=month',
      hash: '',
      state,
    });
    expect(parseHash('#/client/demo?from=2026-01-01#top', state)).toMatchObject({
      pathname: '/client/demo',
      search: '?from=2026-01-01',
      hash: '#top',
    });
  });

  it('reads an empty hash as the home page, and gives a location reached without the router a state', () => {
    expect(parseHash('', state)).toMatchObject({ href: '/', pathname: '/', search: '' });
    expect(parseHash('#/', null).state).toMatchObject({ __TSR_index: 0, key: expect.any(String) });
  });
});
