/**
 * RFC 4180 records from streamed text: quoted fields may hold commas, doubled quotes and line breaks, and a
 * chunk may end anywhere. Yields one array of fields per record; blank lines are skipped.
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let field = '';
  let record: string[] = [];
  let quoted = false;
  /** A quote seen inside a quoted field: either the closing one or the first of a doubled pair. */
  let quotePending = false;
  let touched = false;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const out: string[][] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (quotePending) {
        quotePending = false;
        if (c === 34) {
          field += '"';
          start = i + 1;
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (c === 34) {
          field += chunk.slice(start, i);
          start = i + 1;
          quotePending = true;
        }
        continue;
      }
      if (c === 34 && !touched && field === '' && i === start) {
        quoted = true;
        touched = true;
        start = i + 1;
      } else if (c === 44) {
        record.push(field + chunk.slice(start, i));
        field = '';
        touched = false;
        start = i + 1;
      } else if (c === 10 || c === 13) {
        const value = field + chunk.slice(start, i);
        if (record.length > 0 || value !== '' || touched) {
          record.push(value);
          out.push(record);
        }
        record = [];
        field = '';
        touched = false;
        start = i + 1;
      } else touched = true;
    }
    field += chunk.slice(start);
    yield* out;
  }
  if (quoted && !quotePending) throw new Error('the file ends inside a quoted field');
  if (record.length > 0 || field !== '' || touched) {
    record.push(field);
    yield record;
  }
}
