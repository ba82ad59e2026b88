export { type CsvOptions, CsvParser, type CsvRecord, CsvSyntaxError, parseCsv, sniffDelimiter } from './csv-parser';
export { csvBatches, isBlankRecord, isEmptyLine, readCsvFile } from './csv-records';
export { headLines, looseHeader, normaliseHeader, splitCsvLine } from './csv-head';
export { RecordCompactor } from './csv-compact';
