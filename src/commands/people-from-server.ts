// `reader --people [--json] --store postgres://… [PATH…]`: everyone the shared archive quotes, from
// the analyses on the server, read a page at a time in the archive's order; an article the server
// holds no analysis of (made by other rules, or none yet) is analysed here. The same table or JSON as
// `--people` on the files.
import { resolve } from 'node:path';
import type { AnalyzedArticle } from '../core/article.js';
import { PeopleTally } from '../core/people/people.js';
import { analysisVersion, analyzeCorpus } from './analyze-corpus.js';
import { openServerStore } from './open-server-store.js';
import { peopleJson, peopleRow, peopleSummary, peopleTable } from './people-command.js';
import { reportErrors } from './report-errors.js';
import { writeAll } from './write-stdout.js';

/** Articles asked of the server at a time. */
const PAGE = 256;

/** Runs `--people` on the archive at `url` (only the articles indexed under `paths`, when given); returns the exit code. */
export async function runPeopleFromServer(url: string, paths: readonly string[], json: boolean): Promise<number> {
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots: paths.length ? paths.map((p) => resolve(p)) : null, mode: 'read' });
  if ('failure' in opened) {
    process.stderr.write(`${opened.failure}\n`);
    return 1;
  }
  const { store, describe } = opened;
  const tally = new PeopleTally();
  let count = 0;
  try {
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.window(offset, PAGE);
      const missing = page.filter((item) => item.analysis === null).map((item) => item.article);
      const { analyzed, errors } = await analyzeCorpus(missing);
      reportErrors(errors, (line) => process.stderr.write(`${line}\n`));
      const made = new Map(analyzed.map((a) => [a.path, a]));
      for (const item of page) {
        const article: AnalyzedArticle = item.analysis ? { ...item.article, ...item.analysis } : made.get(item.article.path)!;
        tally.add(count++, article);
      }
      if (page.length < PAGE) break;
    }
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
  if (count === 0) {
    process.stderr.write('reader: no articles found\n');
    return 1;
  }
  const people = tally.people().map(peopleRow);
  await writeAll(json ? peopleJson(people) : peopleTable(people));
  process.stderr.write(`${peopleSummary(people)}\n`);
  return 0;
}
