import { describe, expect, it } from 'vitest';
import { printWithContentsPages } from './page-numbers';
import { testPdf } from './test-pdf';

/** A page whose prints are given in turn, recording the stylesheets added between them. */
function loaded(prints: Uint8Array[]) {
  const css: string[] = [];
  let printed = 0;
  return {
    css,
    printed: () => printed,
    report: {
      print: async () => prints[Math.min(printed++, prints.length - 1)]!,
      addCss: async (text: string) => void css.push(text),
    },
  };
}

describe('numbering the contents with a second print', () => {
  it('prints, writes each section’s page into the contents, and prints again', async () => {
    const first = testPdf(12, { summary: 3, funnel: 5 });
    const second = testPdf(12, { summary: 3, funnel: 5 });
    const page = loaded([first, second]);
    expect(await printWithContentsPages(page.report)).toBe(second);
    expect(page.printed()).toBe(2);
    expect(page.css).toEqual(['#toc-page-summary::after { content: "3"; }\n#toc-page-funnel::after { content: "5"; }']);
  });

  it('prints once more when the numbers moved a section, and stops after three prints', async () => {
    const moved = loaded([testPdf(12, { summary: 3 }), testPdf(12, { summary: 4 }), testPdf(12, { summary: 4 })]);
    await printWithContentsPages(moved.report);
    expect(moved.printed()).toBe(3);
    expect(moved.css.at(-1)).toContain('content: "4"');
    const restless = loaded([
      testPdf(12, { summary: 3 }),
      testPdf(12, { summary: 4 }),
      testPdf(12, { summary: 5 }),
      testPdf(12, { summary: 6 }),
    ]);
    await printWithContentsPages(restless.report);
    expect(restless.printed()).toBe(3);
  });

  it('prints once a page without contents', async () => {
    const page = loaded([testPdf(2, {})]);
    await printWithContentsPages(page.report);
    expect(page.printed()).toBe(1);
    expect(page.css).toEqual([]);
  });
});
