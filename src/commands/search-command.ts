import type { Corpus } from '../core/load-corpus.js';

/** What `reader --search` needs. */
export interface SearchCommandOptions {
  readonly query: string;
  readonly corpus: Corpus;
  readonly json: boolean;
  readonly color: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** `reader --search QUERY`: grep-like output. Returns the exit code. */
export async function runSearchCommand(options: SearchCommandOptions): Promise<number> {
  options.err('reader: --search is not available yet\n');
  return 2;
}
