import type { LoadError } from '../core/article.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

/** Lines printed before the rest are summed up (all of them stay in `--json` and the status bar). */
const SHOWN = 20;

/** One `reader: path: message` line per problem on stderr. */
export function reportErrors(errors: readonly LoadError[], write: (line: string) => void): void {
  for (const e of errors.slice(0, SHOWN)) write(sanitizeForTerminal(`reader: ${e.path}: ${e.message}`));
  if (errors.length > SHOWN) write(`reader: ... and ${errors.length - SHOWN} more problems (all are listed in --json "errors")`);
}
