import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './router';

describe('hash routes', () => {
  it('reads the three screens, and falls back to the client list', () => {
    expect(parseRoute('')).toEqual({ name: 'clients' });
    expect(parseRoute('#/')).toEqual({ name: 'clients' });
    expect(parseRoute('#/client/demo')).toEqual({ name: 'summary', client: 'demo' });
    expect(parseRoute('#/client/demo/import')).toEqual({ name: 'import', client: 'demo' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'clients' });
  });

  it('round-trips client names with spaces, accents and # or ?', () => {
    for (const client of ['Maison Lune', 'Café Über', 'A#1?x', '100% bio']) {
      for (const route of [{ name: 'summary', client }, { name: 'import', client }] as Route[]) {
        expect(parseRoute(hrefOf(route))).toEqual(route);
      }
    }
  });
});
