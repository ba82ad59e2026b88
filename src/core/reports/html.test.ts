import { describe, expect, it } from 'vitest';
import { contentsPagesCss, cssString } from './html';

describe('the report’s generated CSS', () => {
  it('quotes a footer text so that it stays one CSS string inside the <style> element', () => {
    expect(cssString('Agence « Étoile » · Audit')).toBe('"Agence « Étoile » · Audit"');
    const hostile = cssString('a"b\\c</style><script>x</script>\nd');
    expect(hostile).toBe('"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\a d"');
    expect(hostile.slice(1, -1)).not.toMatch(/["<>\n]/);
  });

  it('writes one rule per section with its page, and nothing for what is not a section id or a page', () => {
    expect(
      contentsPagesCss(
        new Map([
          ['summary', 3],
          ['methodology', 13],
          ['x"}body{', 4],
          ['glance', 2.5],
        ]),
      ),
    ).toBe('#toc-page-summary::after { content: "3"; }\n#toc-page-methodology::after { content: "13"; }');
  });
});
