// Worker thread entry (bundled as dist/analysis-worker.js): heavy extraction off the UI thread.
import { parentPort } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.js';
import { analyzeArticle } from './analyze-article.js';

parentPort?.on('message', (request: AnalysisRequest) => {
  for (const { index, article } of request.jobs) {
    let reply: AnalysisReply;
    try {
      reply = { index, analysis: analyzeArticle(article) };
    } catch (error) {
      reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  }
});
