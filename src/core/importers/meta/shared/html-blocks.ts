import { Parser } from 'htmlparser2';
import type { InputFile } from '../../types';
import type { Entry, Field } from './entries';
import { parseHtmlTime } from './time';
import { asUtcMs } from '../../../util/time-keys';

/** A small element tree, built only inside one record block so memory stays bounded on big pages. */
export interface HNode {
  tag: string;
  cls: string[];
  attrs: Record<string, string>;
  children: (HNode | string)[];
}

/**
 * Each record of a Meta HTML export is one `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">`
 * (older pages: `… _2pi0 _2lej uiBoxWhite noborder`), formats.md §1.1.
 */
const isBlock = (cls: string[]) => cls.includes('uiBoxWhite') || cls.includes('_a6-g');

export interface HtmlPage {
  /** The page header (`<h1>`): a section name, or the other party of a DM thread. */
  title: string | undefined;
  blocks: number;
}

/** Streams an HTML export page and hands over each record block as soon as it closes. */
export async function readHtmlBlocks(file: InputFile, onBlock: (block: HNode, page: HtmlPage) => void): Promise<HtmlPage> {
  const page: HtmlPage = { title: undefined, blocks: 0 };
  const stack: HNode[] = [];
  const done: HNode[] = [];
  let h1: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const cls = (attribs.class ?? '').split(/\s+/).filter(Boolean);
        if (stack.length === 0) {
          if (name === 'h1' && page.title === undefined) h1 = '';
          else if (name === 'div' && isBlock(cls)) stack.push({ tag: name, cls, attrs: attribs, children: [] });
          return;
        }
        const node: HNode = { tag: name, cls, attrs: attribs, children: [] };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      ontext(text) {
        if (stack.length > 0) {
          // The parser splits a text run at each entity (&amp;, &#064;): join the pieces back.
          const kids = stack[stack.length - 1]!.children;
          const last = kids.length - 1;
          if (typeof kids[last] === 'string') kids[last] += text;
          else kids.push(text);
        } else if (h1 !== undefined) h1 += text;
      },
      onclosetag(name) {
        if (stack.length === 0) {
          if (name === 'h1' && h1 !== undefined) {
            page.title = h1.trim();
            h1 = undefined;
          }
          return;
        }
        const node = stack.pop()!;
        if (stack.length === 0) done.push(node);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  const flush = () => {
    for (const b of done) {
      page.blocks++;
      onBlock(b, page);
    }
    done.length = 0;
  };
  for await (const chunk of file.chunks()) {
    parser.write(chunk);
    flush();
  }
  parser.end();
  flush();
  return page;
}

export function isNode(n: HNode | string): n is HNode {
  return typeof n !== 'string';
}

export function textOf(n: HNode | string): string {
  if (typeof n === 'string') return n;
  if (n.tag === 'br') return '\n';
  return n.children.map(textOf).join('');
}

export function findAll(n: HNode, pred: (x: HNode) => boolean, out: HNode[] = []): HNode[] {
  for (const c of n.children) {
    if (typeof c === 'string') continue;
    if (pred(c)) out.push(c);
    findAll(c, pred, out);
  }
  return out;
}

export function find(n: HNode, pred: (x: HNode) => boolean): HNode | undefined {
  for (const c of n.children) {
    if (typeof c === 'string') continue;
    if (pred(c)) return c;
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

export const hasClass = (c: string) => (n: HNode) => n.cls.includes(c);
export const isTag = (t: string) => (n: HNode) => n.tag === t;

/** Non-empty text runs in document order, each trimmed. */
export function leafTexts(n: HNode, out: string[] = []): string[] {
  for (const c of n.children) {
    if (typeof c === 'string') {
      const t = c.trim();
      if (t) out.push(t);
    } else leafTexts(c, out);
  }
  return out;
}

export interface Cell {
  label: string;
  value: string;
  href: string | undefined;
}

/**
 * Label/value cells: `<td class="_2pin _a6_q">Label<div><div>value</div></div></td>`, or a label cell
 * followed by a `_2pin _2piu _a6_r` value cell in the same row (timestamps are written so).
 */
export function cellsOf(block: HNode): Cell[] {
  const out: Cell[] = [];
  for (const tr of findAll(block, isTag('tr'))) {
    const tds = tr.children.filter(isNode).filter((c) => c.tag === 'td');
    if (tds.length === 0) continue;
    const first = tds[0]!;
    const label = first.children
      .filter((c): c is string => typeof c === 'string')
      .join('')
      .trim();
    let valueNode: HNode | undefined;
    let value = first.children
      .filter(isNode)
      .map((c) => textOf(c).trim())
      .filter(Boolean)
      .join('\n');
    if (value === '' && tds[1]) {
      valueNode = tds[1];
      value = textOf(tds[1]).trim();
    }
    const a = find(valueNode ?? first, isTag('a'));
    out.push({ label, value, href: a?.attrs.href || undefined });
  }
  return out;
}

/**
 * An HTML record block as the shared Entry shape: cells become fields (a value that reads as a time
 * gets `at`), and a block without cells (relationship lists) becomes one item from its first link and
 * its timestamp text. `h2` is the record's title (a username, or a DM sender).
 */
export function entryFromBlock(block: HNode, timezone: string): Entry {
  const h2 = find(block, isTag('h2'));
  const fields: Field[] = cellsOf(block).map((c) => {
    const at = parseHtmlTime(c.value, timezone);
    return { label: c.label, value: c.value === '' ? undefined : c.value, href: c.href, at: Number.isNaN(at) ? undefined : at };
  });
  const items: Field[] = [];
  if (fields.length === 0) {
    const a = find(block, isTag('a'));
    const texts = leafTexts(block);
    const time = texts.map((t) => parseHtmlTime(t, timezone)).find((t) => !Number.isNaN(t));
    const value = a ? textOf(a).trim() : texts.find((t) => Number.isNaN(parseHtmlTime(t, timezone)) && t !== (h2 ? textOf(h2).trim() : ''));
    items.push({ label: '', value: value || undefined, href: a?.attrs.href || undefined, at: time });
  }
  const timeDiv = find(block, hasClass('_a6-o'));
  const at = timeDiv ? parseHtmlTime(textOf(timeDiv).trim(), timezone) : asUtcMs(NaN);
  return { title: h2 ? textOf(h2).trim() || undefined : undefined, at: Number.isNaN(at) ? undefined : at, fields, items };
}
