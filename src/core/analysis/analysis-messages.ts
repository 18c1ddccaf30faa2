import type { Analysis, Article } from '../article.js';

/** Main thread -> worker: analyse these articles. */
export interface AnalysisRequest {
  readonly jobs: readonly { readonly index: number; readonly article: Article }[];
}

/** Worker -> main thread: one article's analysis, or why it failed. */
export type AnalysisReply =
  | { readonly index: number; readonly analysis: Analysis }
  | { readonly index: number; readonly error: string };
