import { describe, expect, it } from 'vitest';
import { countWords } from './text';

describe('countWords', () => {
  it('counts words in French and English, keeping elisions and hyphenated words whole', () => {
    expect(countWords("Aujourd'hui, c'est peut-être la meilleure bougie !")).toBe(6);
    expect(countWords('Top quality as always ✨ #candles @maison')).toBe(6);
    expect(countWords('  ')).toBe(0);
    expect(countWords(undefined)).toBe(0);
    expect(countWords('état, œuvre, naïve')).toBe(3);
    expect(countWords('日本語 テキスト')).toBe(2);
  });
});
