import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Article, LoadError } from '../core/article.js';
import { walkFiles, type FoundFile, type InputPath } from '../core/load/find-files.js';
import { readFoundFiles } from '../core/load/load-documents.js';
import { parseArticle } from '../core/parse/parse-article.js';
import { parseDocuments } from '../core/parse/parse-documents.js';
import { stampLookupOf, type FileStamp, type StampLookup, type StoredArticle } from '../core/store/archive-store.js';
import type { AsyncArchiveStore } from '../core/store/async-archive-store.js';
import { groupDigits } from '../core/group-digits.js';
import { analyzeInOrder } from './analyze-in-order.js';

/** Articles written to the store in one transaction. */
const BATCH = 64;

/** A file new or changed since the store last saw it. */
interface FreshFile {
  readonly file: FoundFile;
  readonly stamp: FileStamp;
  readonly order: number;
  readonly known: boolean;
}

/**
 * Walks the inputs and compares each file with its stamp: the archive's order (label to position),
 * the stored files whose place changed, the files new or changed, and those touched but unchanged
 * (same bytes, new time). Files are compared as the walk finds them: of the unchanged ones, only
 * their labels are kept, in the order.
 */
function compareWithStore(inputs: readonly InputPath[], stamps: StampLookup) {
  const order = new Map<string, number>();
  // Stored articles whose place in the order changed (all of them where the lookup does not know places).
  const moved = new Map<string, number>();
  const fresh: FreshFile[] = [];
  const touched: FileStamp[] = [];
  let walked = 0;
  const errors = walkFiles(inputs, (file) => {
    const position = walked++;
    order.set(file.label, position);
    const known = stamps.get(file.label);
    if (known && known.order !== position) moved.set(file.label, position);
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(file.path));
    } catch {
      return; // reported when it is read below, or gone: removed with the others
    }
    if (known && known.size === size && known.mtimeMs === mtimeMs) return;
    const hash = hashFile(file.path);
    if (known && hash === known.hash) {
      touched.push({ ...known, size, mtimeMs });
      return;
    }
    fresh.push({ file, stamp: { path: file.label, size, mtimeMs, hash: hash ?? '' }, order: position, known: known !== undefined });
  });
  return { order, moved, fresh, touched, errors };
}

/** What one run of `--index` did. */
export interface IndexSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Unchanged articles analysed again: their stored analysis was missing or made by other rules. */
  readonly reanalysed: number;
  readonly errors: readonly LoadError[];
  /** Paths removed from the store (their files are gone). */
  readonly gone: readonly string[];
}

/**
 * Brings the store up to date with the files: a file whose size and modification time are as stored
 * is left alone; otherwise its bytes are hashed, and only new or changed text is parsed and analysed
 * (and, for a server, sent). Files gone from the archive are removed. Writes go in batches, each one
 * transaction, so a kill leaves every batch before it and the next run goes on from there.
 */
export async function indexArchive(inputs: readonly InputPath[], store: AsyncArchiveStore, options: IndexOptions = {}): Promise<IndexSummary> {
  const stamps = store.stampLookup?.() ?? stampLookupOf(await store.stamps());
  const { order, moved, fresh, touched, errors } = compareWithStore(inputs, stamps);
  // Touched, not changed: the new time is kept so the next run need not hash it again.
  for (const stamp of touched) {
    const stored = await store.get(stamp.path);
    if (stored) await store.put([{ ...stored, stamp }]);
  }

  const byPath = new Map(fresh.map((f) => [f.file.label, f]));
  // Unchanged articles whose analysis is missing or stale: analysed again from the stored text.
  const again: Article[] = [];
  for (const path of await store.unanalysed()) {
    const stored = byPath.has(path) || !order.has(path) ? null : await store.get(path);
    if (!stored) continue;
    byPath.set(path, { file: { path, label: path, section: stored.article.section, explicit: false }, stamp: stored.stamp, order: order.get(path)!, known: true });
    again.push(stored.article);
  }
  // Each file is read and parsed only when the analysis reaches it, so the first batch is stored
  // (and shown, by a reader filling its list) long before a large archive is all read.
  const unreadable = new Set<string>();
  // Parsed articles wait here until written (the analysis asks for each twice: to send it, and with its result).
  const parsed = new Map<number, Article>();
  const source = {
    length: fresh.length + again.length,
    at(index: number): Article | undefined {
      if (index >= fresh.length) return again[index - fresh.length];
      const known = parsed.get(index);
      if (known) return known;
      const file = fresh[index]!.file;
      const result = parseDocuments(readFoundFiles([file], options.maxBytes), parseArticle);
      errors.push(...result.errors);
      const article = result.articles[0] ?? unreadableArticle(file);
      if (!result.articles[0]) unreadable.add(file.label);
      parsed.set(index, article);
      return article;
    },
  };
  let pending: StoredArticle[] = [];
  let done = 0;
  // Awaiting each batch holds the analysis back while a server is slower than it.
  const commit = async () => {
    const batch = pending;
    pending = [];
    await store.put(batch);
    options.committed?.(batch.map((p) => p.stamp.path));
  };
  const analysisErrors = await analyzeInOrder(source, options.workers, async (article, index, row) => {
    parsed.delete(index);
    options.progress?.(++done, source.length);
    if (unreadable.has(article.path)) return;
    const entry = byPath.get(article.path)!;
    const { quotes, facts, entities, ...plain } = article;
    pending.push({ stamp: entry.stamp, order: entry.order, article: plain, analysis: { quotes, facts, entities }, ...(row ? { row } : {}) });
    if (pending.length >= BATCH) await commit();
  }, store.acceptsRows === true);
  if (pending.length) await commit();
  errors.push(...analysisErrors);
  const reanalysed = again.length;
  const articles = [...fresh.map((f) => f.file.label).filter((label) => !unreadable.has(label)), ...again.map((a) => a.path)];

  const gone: string[] = [];
  for (const path of stamps.paths()) if (!order.has(path)) gone.push(path);
  await store.remove(gone);
  // Only the places that changed, not every stored article's.
  await store.reorder(moved);
  const added = articles.filter((path) => !byPath.get(path)!.known).length;
  return { total: await store.count(), added, changed: articles.length - added - reanalysed, removed: gone.length, reanalysed, errors, gone };
}

/** How an index run reports what it does. */
export interface IndexOptions {
  readonly maxBytes?: number;
  /** Articles analysed so far, of those to analyse. */
  readonly progress?: (done: number, total: number) => void;
  /** Paths just written to the store, one transaction's worth (new, changed or analysed again). */
  readonly committed?: (paths: readonly string[]) => void;
  /** Analysis workers (default: one a core). */
  readonly workers?: number;
}

/** Stands in for a file that could not be read or parsed, so the analysis keeps its order; never stored. */
function unreadableArticle(file: FoundFile): Article {
  return { path: file.label, title: '', byline: null, section: file.section, paragraphs: [], boilerplate: [], words: 0, readingMinutes: 0 };
}

/** `100,125 articles: 3 new, 1 changed, 1 removed, 12.4 s` (and `, N analysed again` when the rules changed) */
export function summaryLine(summary: IndexSummary, seconds: number): string {
  const again = summary.reanalysed ? `, ${groupDigits(summary.reanalysed)} analysed again` : '';
  return `${groupDigits(summary.total)} articles: ${groupDigits(summary.added)} new, ${groupDigits(summary.changed)} changed, ${groupDigits(summary.removed)} removed${again}, ${seconds.toFixed(1)} s`;
}

function hashFile(path: string): string | null {
  try {
    return createHash('sha1').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}
