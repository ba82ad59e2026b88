// The parsing thread of large imports (src/node/ingest/parse-worker.ts), built as its own file so the
// database worker can start it next to itself.
import '../../src/node/ingest/parse-worker';
