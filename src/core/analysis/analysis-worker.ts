// Worker thread entry (bundled as dist/analysis-worker.js): heavy extraction off the UI thread, and for
// an index run the local store's row of each article, so the thread writing the store only writes.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.js';
import { analyzeArticle } from './analyze-article.js';
import { storedRowOf } from '../store/stored-row.js';

// Lowest priority: on Linux this nices only this thread, so keys and frames on the main thread win
// the CPU whenever they want it (the analysis just takes what is left).
try {
  setPriority(19);
} catch {
  // Not permitted on some systems: the analysis then runs at normal priority.
}

parentPort?.on('message', (request: AnalysisRequest) => {
  for (const { index, article } of request.jobs) {
    let reply: AnalysisReply;
    try {
      const analysis = analyzeArticle(article);
      // The row alone: a structured clone of the analysis cost more than making the row.
      reply = request.rows ? { index, row: storedRowOf(article, analysis) } : { index, analysis };
    } catch (error) {
      reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  }
});
