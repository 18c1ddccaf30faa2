// The problems list: every file that was not loaded and every article whose analysis failed, so that
// the status bar's "N files not loaded" can be read in full inside the reader.
import type { LoadError } from '../article.js';
import type { State } from './state.js';

/** Everything the user gave that the reader could not show whole, in the order it happened. */
export function problemList(s: Pick<State, 'loadErrors' | 'analysisErrors'>): readonly LoadError[] {
  return s.analysisErrors.length ? [...s.loadErrors, ...s.analysisErrors] : s.loadErrors;
}

/** How many problems there are (without building the list: the screen asks every frame). */
export function problemCount(s: Pick<State, 'loadErrors' | 'analysisErrors'>): number {
  return s.loadErrors.length + s.analysisErrors.length;
}

/** Rows the problems list shows at once: the body less its heading and its last line. */
export function problemRows(s: Pick<State, 'size'>): number {
  return Math.max(1, s.size.rows - 5);
}

/** The problems list scrolled by `delta` rows (Infinity for the end), kept inside the list. */
export function scrollProblems(s: State, delta: number): State {
  const last = Math.max(0, problemCount(s) - problemRows(s));
  const top = Math.min(last, Math.max(0, s.problemsTop + delta));
  return top === s.problemsTop ? s : { ...s, problemsTop: top };
}
