import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isTrustedSender, type AppUrlPolicy } from './url-policy';

const built: AppUrlPolicy = { indexFileUrl: 'file:///opt/Cercle/resources/app.asar/out/renderer/index.html' };
const dev: AppUrlPolicy = { ...built, devOrigin: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it('accepts our index.html with any route in the hash', () => {
    expect(isAppUrl('file:///opt/Cercle/resources/app.asar/out/renderer/index.html', built)).toBe(true);
    expect(isAppUrl('file:///opt/Cercle/resources/app.asar/out/renderer/index.html#/client/demo', built)).toBe(true);
  });
  it('refuses other files, remote pages and the dev server when not in dev', () => {
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('file:///opt/Cercle/resources/app.asar/out/renderer/other.html', built)).toBe(false);
    expect(isAppUrl('https://example.com/', built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });
  it('accepts the dev server origin only in dev, and not a look-alike port or host', () => {
    expect(isAppUrl('http://localhost:5173/#/client/demo', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets local schemes through and blocks the network', () => {
    expect(isAllowedRequest('file:///opt/Cercle/out/renderer/assets/index.js', built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', built)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', built)).toBe(false);
  });
  it('allows the dev server and its websocket in dev only', () => {
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const url = 'file:///opt/Cercle/resources/app.asar/out/renderer/index.html#/';
  it('trusts only the main frame of our own window showing our page', () => {
    expect(isTrustedSender({ url, isMainFrame: true, isOurWindow: true }, built)).toBe(true);
    expect(isTrustedSender({ url, isMainFrame: false, isOurWindow: true }, built)).toBe(false);
    expect(isTrustedSender({ url, isMainFrame: true, isOurWindow: false }, built)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true, isOurWindow: true }, built)).toBe(false);
    expect(isTrustedSender(null, built)).toBe(false);
  });
});
