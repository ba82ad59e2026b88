import { describe, expect, it } from 'vitest';
import { exportName } from './methodology';

describe('the appendix’s export names', () => {
  it('keep the file or the archive and its inner path, never the folders of the consultant’s machine', () => {
    expect(exportName('/Users/marie/Clients/Lumière/Maison Lumière - Communauté - général [1178].json')).toBe(
      'Maison Lumière - Communauté - général [1178].json',
    );
    expect(exportName('C:\\Users\\marie\\Exports\\WhatsApp Chat with Club.txt')).toBe('WhatsApp Chat with Club.txt');
    expect(exportName('/tmp/x/WhatsApp Chat - ShortChat.zip/_chat.txt')).toBe('WhatsApp Chat - ShortChat.zip/_chat.txt');
    expect(exportName('instagram-maisonlumiere-2026-12-08.zip')).toBe('instagram-maisonlumiere-2026-12-08.zip');
    expect(exportName('result.json')).toBe('result.json');
  });
});
