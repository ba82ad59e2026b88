import type { ImportSink, InputFile } from '../types';
import { describeRowProblem, ImportError, type RowProblem } from '../../errors';
import type { CsvRecord } from '../csv';

/** Counts rows left out, warns about them, and fails the file when nothing at all could be read. */
export class RowTally {
  bad = 0;
  firstBad: { line: number; problem: RowProblem; value: string } | undefined;
  written = 0;

  skip(r: CsvRecord, problem: RowProblem, value = ''): void {
    this.bad++;
    this.firstBad ??= { line: r.line, problem, value };
  }

  finish(file: InputFile, sink: ImportSink): void {
    const first = this.firstBad;
    if (!first) return;
    if (this.written === 0) throw new ImportError('import.no-row-readable', { file: file.path, ...first });
    sink.warn(`${this.bad} row(s) could not be read and were left out (first: line ${first.line}: ${describeRowProblem('en', first)})`);
  }
}
