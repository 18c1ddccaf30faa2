import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Article, LoadError } from '../core/article.js';
import { findFiles, type FoundFile, type InputPath } from '../core/load/find-files.js';
import { readFoundFiles } from '../core/load/load-documents.js';
import { parseArticle } from '../core/parse/parse-article.js';
import { parseDocuments } from '../core/parse/parse-documents.js';
import type { FileStamp, StoredArticle } from '../core/store/archive-store.js';
import type { AsyncArchiveStore } from '../core/store/async-archive-store.js';
import { groupDigits } from '../core/group-digits.js';
import { analyzeInOrder } from './analyze-in-order.js';

/** Articles written to the store in one transaction. */
const BATCH = 64;

/** What one run of `--index` did. */
export interface IndexSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Unchanged articles analysed again: their stored analysis was missing or made by other rules. */
  readonly reanalysed: number;
  readonly errors: readonly LoadError[];
}

/**
 * Brings the store up to date with the files: a file whose size and modification time are as stored
 * is left alone; otherwise its bytes are hashed, and only new or changed text is parsed and analysed
 * (and, for a server, sent). Files gone from the archive are removed. Writes go in batches, each one
 * transaction, so a kill leaves every batch before it and the next run goes on from there.
 */
export async function indexArchive(inputs: readonly InputPath[], store: AsyncArchiveStore, options: { maxBytes?: number; progress?: (done: number, total: number) => void } = {}): Promise<IndexSummary> {
  const { files, errors } = findFiles(inputs);
  const stamps = await store.stamps();
  const order = new Map<string, number>();
  const fresh: { file: FoundFile; stamp: FileStamp; order: number; known: boolean }[] = [];
  const touched: FileStamp[] = [];
  files.forEach((file, position) => {
    order.set(file.label, position);
    const known = stamps.get(file.label);
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
  // Touched, not changed: the new time is kept so the next run need not hash it again.
  for (const stamp of touched) {
    const stored = await store.get(stamp.path);
    if (stored) await store.put([{ ...stored, stamp }]);
  }

  const read = readFoundFiles(fresh.map((f) => f.file), options.maxBytes);
  const parsed = parseDocuments(read, parseArticle);
  errors.push(...parsed.errors);
  const byPath = new Map(fresh.map((f) => [f.file.label, f]));
  const articles: Article[] = parsed.articles.filter((a) => byPath.has(a.path));
  // Unchanged articles whose analysis is missing or stale: analysed again from the stored text.
  let reanalysed = 0;
  for (const path of await store.unanalysed()) {
    const stored = byPath.has(path) || !order.has(path) ? null : await store.get(path);
    if (!stored) continue;
    byPath.set(path, { file: { path, label: path, section: stored.article.section, explicit: false }, stamp: stored.stamp, order: order.get(path)!, known: true });
    articles.push(stored.article);
    reanalysed++;
  }
  let pending: StoredArticle[] = [];
  let done = 0;
  // Awaiting each batch in the callback holds the analysis back while a server is slower than it.
  const analysisErrors = await analyzeInOrder(articles, async (article) => {
    const entry = byPath.get(article.path)!;
    const { quotes, facts, entities, ...plain } = article;
    pending.push({ stamp: entry.stamp, order: entry.order, article: plain, analysis: { quotes, facts, entities } });
    if (pending.length >= BATCH) {
      const batch = pending;
      pending = [];
      await store.put(batch);
    }
    options.progress?.(++done, articles.length);
  });
  if (pending.length) await store.put(pending);
  errors.push(...analysisErrors);

  const gone = [...stamps.keys()].filter((path) => !order.has(path));
  await store.remove(gone);
  await store.reorder(order);
  const added = articles.filter((a) => !byPath.get(a.path)!.known).length;
  return { total: await store.count(), added, changed: articles.length - added - reanalysed, removed: gone.length, reanalysed, errors };
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
