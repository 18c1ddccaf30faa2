import { basename, normalize } from 'node:path';
import type { Article } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { articleHash } from '../core/state/article-key.js';
import { createMemoryState } from '../core/state/memory-reading-state.js';
import type { ReadingState } from '../core/state/reading-state.js';
import { reconcile, type Reconciled } from '../core/state/reconcile.js';
import { openSqliteState } from '../core/state/sqlite-reading-state.js';
import { archiveKey, stateFile } from './store-file.js';

/** An archive's reading state, matched to its articles as they are now. */
export interface OpenedReadingState {
  readonly state: ReadingState;
  readonly remembered: Reconciled;
  /** Article index -> path within the archive. */
  readonly paths: readonly string[];
  /** Lines to tell the user (a file set aside, state kept in memory only). */
  readonly notices: readonly string[];
}

/**
 * Opens the reading state of the archive made of `inputs` and matches it to `articles`: moved files
 * take their state along, bookmarks in changed articles are found again. When the state folder
 * cannot be written, state lives in memory for this session and a line says why.
 */
export function openReadingState(inputs: readonly InputPath[], articles: readonly Article[], env: NodeJS.ProcessEnv = process.env): OpenedReadingState {
  const notices: string[] = [];
  let state: ReadingState;
  const file = stateFile(env);
  try {
    const opened = openSqliteState(file, archiveKey(inputs.map((i) => i.path)));
    state = opened.state;
    if (opened.notice) notices.push(opened.notice);
  } catch (error) {
    state = createMemoryState();
    notices.push(`reading state kept for this session only: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const paths = articles.map((a) => pathInArchive(a.path, inputs));
  const { remembered, notice } = matchState(state, articles, paths);
  if (notice) notices.push(notice);
  return { state, remembered, paths, notices };
}

/**
 * Matches the saved state to the archive as it is now and writes back what moved or was found
 * again. `paths[i]` names article i within the archive (null for one whose file is gone).
 */
export function matchState(state: ReadingState, articles: readonly Article[], paths: readonly (string | null)[]): { remembered: Reconciled; notice: string | null } {
  // A gone article keeps its place in the list but no path: its state may move elsewhere.
  const named = paths.map((p, i) => p ?? `\0gone ${i}`);
  const remembered = reconcile(state.load(), articles, named);
  try {
    for (const [from, to] of remembered.moves) state.move(from, to);
    for (const { id, ...change } of remembered.bookmarkUpdates) state.updateBookmark(id, change);
    return { remembered, notice: null };
  } catch (error) {
    return { remembered, notice: `reading state not updated: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * An article's path within its archive: relative to the path given, so the same archive opened from
 * another folder (or by another relative path) finds the same state. With several paths given,
 * the number of the path given leads (`2:politics/001.txt`).
 */
export function pathInArchive(label: string, inputs: readonly InputPath[]): string {
  const many = inputs.length > 1;
  for (let i = 0; i < inputs.length; i++) {
    // Files found in a folder are labelled by path.join, so the folder is compared the same way.
    const given = normalize(inputs[i]!.label ?? inputs[i]!.path).replace(/\/+$/, '');
    const rest = label === given || label === inputs[i]!.path ? basename(label) : label.startsWith(`${given}/`) ? label.slice(given.length + 1) : null;
    if (rest !== null) return many ? `${i + 1}:${rest}` : rest;
  }
  return label;
}

/** Article index -> its key in the reading state (`articles` may grow: the path is worked out when asked). */
export function keyOf(articles: readonly Article[], inputs: readonly InputPath[]) {
  return (article: number) => ({ path: pathInArchive(articles[article]!.path, inputs), hash: articleHash(articles[article]!) });
}
