import { labelIs } from './aliases';
import { arr, isObject, num, str, type JsonObject } from './json-input';
import { epochToMs } from './time';
import type { UtcMs } from '../../../util/time-keys';

/** One labelled value of a record; `at` is UTC ms when the value carries a (non-zero) timestamp. */
export interface Field {
  label: string;
  value?: string | undefined;
  href?: string | undefined;
  at?: UtcMs | undefined;
}

/**
 * The one record shape every Meta list file reduces to, whatever its era or format: JSON
 * `string_list_data` rows become `items`, `string_map_data` and 2025+ `label_values` (nested `dict`s
 * flattened as "Owner/Username") become `fields`, and HTML blocks are read into the same shape.
 */
export interface Entry {
  title?: string | undefined;
  at?: UtcMs | undefined;
  fields: Field[];
  items: Field[];
}

function fieldOf(label: string, o: JsonObject): Field {
  const ts = num(o.timestamp);
  const value = str(o.value);
  const href = str(o.href);
  return { label, value: value === '' ? undefined : value, href: href === '' ? undefined : href, at: ts ? epochToMs(ts) : undefined };
}

function flattenLabelValues(list: unknown[], prefix: string, out: Field[]): void {
  for (const lv of list) {
    if (!isObject(lv)) continue;
    if (Array.isArray(lv.dict)) {
      const t = str(lv.title) ?? '';
      flattenLabelValues(lv.dict, t === '' ? prefix : prefix === '' ? t : `${prefix}/${t}`, out);
      continue;
    }
    const label = str(lv.label);
    if (label === undefined) continue;
    out.push(fieldOf(prefix === '' ? label : `${prefix}/${label}`, lv));
  }
}

export function entryFromJson(o: JsonObject): Entry {
  const fields: Field[] = [];
  const items: Field[] = [];
  if (isObject(o.string_map_data)) {
    for (const [label, v] of Object.entries(o.string_map_data)) if (isObject(v)) fields.push(fieldOf(label, v));
  }
  if (Array.isArray(o.label_values)) flattenLabelValues(o.label_values, '', fields);
  for (const v of arr(o.string_list_data)) if (isObject(v)) items.push(fieldOf('', v));
  const ts = num(o.timestamp);
  const title = str(o.title);
  return { title: title === '' ? undefined : title, at: ts ? epochToMs(ts) : undefined, fields, items };
}

/** A field by its (localised) label; `parent` restricts to fields nested under a matching dict title. */
export function field(e: Entry, aliases: readonly string[], parent?: readonly string[]): Field | undefined {
  return e.fields.find((f) => {
    const parts = f.label.split('/');
    const last = parts[parts.length - 1]!;
    if (!labelIs(last, aliases)) return false;
    if (!parent) return parts.length === 1;
    return parts.length > 1 && labelIs(parts[parts.length - 2]!, parent);
  });
}

/** The first timestamp anywhere in the entry: a time field, an item, or the record's own. */
export function entryTime(e: Entry): UtcMs | undefined {
  return e.fields.find((f) => f.at)?.at ?? e.items.find((f) => f.at)?.at ?? e.at;
}
