// Preloaded into a reader under test (NODE_OPTIONS=--import): on exit, the main thread writes the
// process's peak resident memory in bytes (worker threads included) to READER_PEAK_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.READER_PEAK_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
