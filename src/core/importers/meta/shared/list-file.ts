import type { InputFile } from '../../types';
import { ImportError, type MetaLayout } from '../../../errors';
import { baseName } from './archive';
import { entryFromJson, type Entry } from './entries';
import { entryFromBlock, readHtmlBlocks } from './html-blocks';
import { isObject, readMetaJson } from './json-input';

/** A list file read into entries, whatever its format. */
export interface ListFile {
  /** The wrapper key (`relationships_following`), or the file's base name for bare arrays and HTML. */
  section: string;
  entries: Entry[];
  /** True when the file is a list of records (entries may still be empty). */
  isList: boolean;
  /** The raw JSON root, for the flat-era shapes that are not lists of records. */
  root?: unknown;
  html: boolean;
  /** HTML page header (localised section title). */
  pageTitle?: string | undefined;
}

export function isHtml(file: InputFile): boolean {
  return /\.html?$/i.test(file.innerPath);
}

export function sectionOfName(file: InputFile): string {
  return baseName(file.innerPath)
    .replace(/\.(json|html?)$/i, '')
    .toLowerCase();
}

/**
 * Reads a JSON file holding records under one wrapper key or as a bare array, or an HTML page of record
 * blocks. A JSON object whose values are not record lists is returned with no entries and its root, for
 * the caller to read (flat-era files) or reject.
 */
export async function readListFile(file: InputFile, timezone: string): Promise<ListFile> {
  if (isHtml(file)) {
    const entries: Entry[] = [];
    const page = await readHtmlBlocks(file, (b) => entries.push(entryFromBlock(b, timezone)));
    return { section: sectionOfName(file), entries, isList: true, html: true, pageTitle: page.title };
  }
  const root = await readMetaJson(file);
  if (Array.isArray(root)) {
    return { section: sectionOfName(file), entries: root.filter(isObject).map(entryFromJson), isList: true, root, html: false };
  }
  if (!isObject(root)) throw new ImportError('import.meta-not-object', { file: file.path });
  const keys = Object.keys(root);
  const listKey = keys.find((k) => Array.isArray(root[k]) && (root[k] as unknown[]).every((x) => isObject(x)));
  if (listKey && keys.length === 1) {
    return { section: listKey, entries: (root[listKey] as unknown[]).filter(isObject).map(entryFromJson), isList: true, root, html: false };
  }
  return { section: keys[0] ?? sectionOfName(file), entries: [], isList: false, root, html: false };
}

/** The one-line error for a file whose name or key looked right but whose records have another shape. */
export function unknownLayout(file: InputFile, what: MetaLayout, root: unknown): ImportError {
  const keys = isObject(root) ? Object.keys(root).slice(0, 4).join(', ') : Array.isArray(root) ? 'a list' : typeof root;
  return new ImportError('import.meta-layout', { file: file.path, what, keys });
}
