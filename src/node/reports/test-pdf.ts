/**
 * A small PDF for tests, shaped as Chromium writes them: a classic cross-reference table, a page tree of
 * `perNode` pages per node under one root, and the named destinations in the catalog's /Dests (or, with
 * `nameTree`, in a /Names tree as other writers do).
 */
export function testPdf(pageCount: number, dests: Record<string, number>, opts: { perNode?: number; nameTree?: boolean } = {}): Uint8Array {
  const perNode = opts.perNode ?? 8;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // 1 catalog, 2 root of the page tree, then the intermediate nodes, then the pages.
  const nodes = Math.ceil(pageCount / perNode);
  const nodeObj = (i: number) => 3 + i;
  const pageObj = (i: number) => 3 + nodes + i;
  const destArray = (page: number) => `[${pageObj(page - 1)} 0 R /XYZ 6 827.67 0]`;
  const destsObj = 3 + nodes + pageCount;
  const entries = Object.entries(dests);
  add(
    opts.nameTree
      ? `<</Type /Catalog /Pages 2 0 R /Names <</Dests <</Kids [${destsObj} 0 R]>>>>>>`
      : `<</Type /Catalog\n/Pages 2 0 R\n/Dests ${destsObj} 0 R>>`,
  );
  add(`<</Type /Pages\n/Count ${pageCount}\n/Kids [${Array.from({ length: nodes }, (_, i) => `${nodeObj(i)} 0 R`).join(' ')}]>>`);
  for (let n = 0; n < nodes; n++) {
    const kids = Array.from({ length: Math.min(perNode, pageCount - n * perNode) }, (_, k) => `${pageObj(n * perNode + k)} 0 R`);
    add(`<</Type /Pages\n/Parent 2 0 R\n/Count ${kids.length}\n/Kids [${kids.join(' ')}]>>`);
  }
  for (let i = 0; i < pageCount; i++) add(`<</Type /Page\n/Parent ${nodeObj(Math.floor(i / perNode))} 0 R\n/MediaBox [0 0 595 842]>>`);
  add(
    opts.nameTree
      ? `<</Names [${entries.map(([name, page]) => `(${name}) <</D ${destArray(page)}>>`).join(' ')}]>>`
      : `<<${entries.map(([name, page]) => `/${name} ${destArray(page)}`).join('\n')}>>`,
  );
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
