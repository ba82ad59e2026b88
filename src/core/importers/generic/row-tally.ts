import type { ImportSink, InputFile } from '../types';
import { ImportError } from '../types';
import type { CsvRecord } from '../csv';

/** Counts rows left out, warns about them, and fails the file when nothing at all could be read. */
export class RowTally {
  bad = 0;
  firstBad: string | undefined;
  written = 0;

  skip(r: CsvRecord, why: string): void {
    this.bad++;
    this.firstBad ??= `line ${r.line}: ${why}`;
  }

  finish(file: InputFile, sink: ImportSink): void {
    if (this.written === 0 && this.bad > 0) throw new ImportError(file.path, `no row could be read (${this.firstBad})`);
    if (this.bad > 0) sink.warn(`${this.bad} row(s) could not be read and were left out (first: ${this.firstBad})`);
  }
}
