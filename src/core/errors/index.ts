export { describeError, ERROR_MESSAGES, isErrorCode, type ErrorCode, type ErrorParams } from './catalog';
export { CercleError, fromReason, ImportCancelled, ImportError, type ErrorReason, type FileErrorCode } from './cercle-error';
export { LANGS, type Lang, type Params } from './define';
export { describeRowProblem, describeSkip, ROW_PROBLEMS, type RowProblem } from './messages/imports';
export { META_LAYOUTS, type MetaLayout } from './messages/formats';
