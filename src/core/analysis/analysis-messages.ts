import type { Analysis, Article } from '../article.js';
import type { StoredRow } from '../store/stored-row.js';

/** Main thread -> worker: analyse these articles. */
export interface AnalysisRequest {
  readonly jobs: readonly { readonly index: number; readonly article: Article }[];
  /** Answer with each article's row for the local store instead of its analysis, so the thread writing it only writes. */
  readonly rows?: boolean;
}

/** Worker -> main thread: one article's analysis, or why it failed. */
export type AnalysisReply =
  | { readonly index: number; readonly analysis: Analysis }
  | { readonly index: number; readonly row: StoredRow }
  | { readonly index: number; readonly error: string };
