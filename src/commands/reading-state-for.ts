import { basename, join, normalize } from 'node:path';
import type { Article } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { articleHash } from '../core/state/article-key.js';
import { createMemoryState } from '../core/state/memory-reading-state.js';
import type { ReadingState } from '../core/state/reading-state.js';
import { arrayLookup, reconcileLast, reconcileWith, type ArticleLookup, type Reconciled } from '../core/state/reconcile.js';
import type { ArticleRows } from '../core/reader/article-rows.js';
import { openSqliteState } from '../core/state/sqlite-reading-state.js';
import { archiveKey, stateFile } from './store-file.js';

/** An archive's reading state, matched to its articles as they are now. */
export interface OpenedReadingState {
  readonly state: ReadingState;
  readonly remembered: Reconciled;
  /** Lines to tell the user (a file set aside, state kept in memory only). */
  readonly notices: readonly string[];
}

/**
 * Opens the reading state of the archive made of `inputs` and matches it to `articles`: moved files
 * take their state along, bookmarks in changed articles are found again. When the state folder
 * cannot be written, state lives in memory for this session and a line says why. With `lastOnly`
 * only the article open at the last quit is matched (see reconcileLast); matchState does the rest.
 */
export function openReadingState(inputs: readonly InputPath[], articles: ArticleRows, env: NodeJS.ProcessEnv = process.env, lastOnly = false): OpenedReadingState {
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
  if (lastOnly) return { state, remembered: reconcileLast(state.load(), lookupIn(articles, inputs)), notices };
  const { remembered, notice } = matchState(state, lookupIn(articles, inputs));
  if (notice) notices.push(notice);
  return { state, remembered, notices };
}

/**
 * How reading state finds the articles. Over rows that know their positions (a store's window),
 * a saved path is looked up by itself, and a file that moved is looked for among `candidates`
 * (what the refresh added); in memory every article is named once. `gone` are no longer in the archive.
 */
export function lookupIn(articles: ArticleRows, inputs: readonly InputPath[], candidates: Iterable<number> = [], gone: ReadonlySet<number> = new Set()): ArticleLookup {
  if (!articles.positionOf) {
    const all: Article[] = Array.from({ length: articles.length }, (_, i) => articles.at(i)!);
    return arrayLookup(all, all.map((a, i) => (gone.has(i) ? `\0gone ${i}` : pathInArchive(a.path, inputs))));
  }
  const find = (path: string): number | null => {
    for (const label of labelsOf(path, inputs)) {
      const position = articles.positionOf!(label);
      if (position !== null && !gone.has(position) && pathInArchive(label, inputs) === path) return position;
    }
    return null;
  };
  return {
    find,
    article: (position) => articles.at(position),
    candidates: function* () {
      for (const i of candidates) {
        const article = articles.at(i);
        if (article && !gone.has(i)) yield [i, pathInArchive(article.path, inputs)] as const;
      }
    },
  };
}

/** The labels an article's path within the archive may stand for (pathInArchive the other way). */
function labelsOf(path: string, inputs: readonly InputPath[]): string[] {
  const numbered = inputs.length > 1 ? /^(\d+):(.*)$/s.exec(path) : null;
  const input = numbered ? inputs[Number(numbered[1]) - 1] : inputs.length === 1 ? inputs[0] : undefined;
  if (!input) return [path];
  const rest = numbered ? numbered[2]! : path;
  const given = normalize(input.label ?? input.path).replace(/\/+$/, '');
  return [join(given, rest), given, input.path];
}

/**
 * Matches the saved state to the archive as it is now and writes back what moved or was found
 * again.
 */
export function matchState(state: ReadingState, lookup: ArticleLookup): { remembered: Reconciled; notice: string | null } {
  const remembered = reconcileWith(state.load(), lookup);
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

/** Article index -> its key in the reading state (the articles change as the refresh goes: the path is worked out when asked). */
export function keyOf(articles: () => ArticleRows, inputs: readonly InputPath[]) {
  return (article: number) => {
    const a = articles().at(article)!;
    return { path: pathInArchive(a.path, inputs), hash: articleHash(a) };
  };
}
