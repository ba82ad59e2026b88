import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('the loopback bridge refuses strangers', () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await startHarness();
    base = `http://127.0.0.1:${h.bridge.port}`;
  });
  afterAll(() => h?.close());

  const call = (headers: Record<string, string>) =>
    fetch(`${base}/api/clients.list`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  it('answers with the right token', async () => {
    const res = await call({ authorization: `Bearer ${h.bridge.token}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: [] });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await call({})).status).toBe(401);
    // Another last character (a base64url token ends in "x" one time in 64: then "x" would be right).
    const t = h.bridge.token;
    const wrong = await call({ authorization: `Bearer ${t.slice(0, -1)}${t.endsWith('x') ? 'y' : 'x'}` });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error: 'bad token' });
  });

  it('refuses a request from a foreign origin, even with the token', async () => {
    const res = await call({ authorization: `Bearer ${h.bridge.token}`, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ ok: false, error: 'cross-origin request refused' });
  });

  it('refuses the event stream without the token', async () => {
    const res = await fetch(`${base}/api/events?token=nope`);
    expect(res.status).toBe(401);
  });

  it('serves the page with the same content policy as the desktop window', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<meta http-equiv="Content-Security-Policy"');
  });
});
