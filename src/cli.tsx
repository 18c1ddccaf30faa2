#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storeFileFor } from './commands/store-file.js';
import { parseFlags } from './commands/cli-flags.js';
import { isPostgresUrl } from './commands/postgres-url.js';
import { reportErrors } from './commands/report-errors.js';
import { analyzeInOrder } from './commands/analyze-in-order.js';
import { JSON_OPENING, jsonArticlePieces, jsonClosing } from './commands/export-json.js';
import type { Analysis } from './core/article.js';
import type { InputPath } from './core/load/find-files.js';
import type { Corpus } from './core/load/load-corpus.js';
import { loadCorpusLazily } from './core/load/load-corpus-lazily.js';
import { formatOutlineArticle } from './commands/outline.js';
import { writeAll, writeOut } from './commands/write-stdout.js';
import { parseSize } from './commands/parse-size.js';

const SEEDS: InputPath = { path: fileURLToPath(new URL('../seeds', import.meta.url)), label: 'seeds' };

async function main(): Promise<number> {
  const cli = parseFlags();
  if ('exit' in cli) {
    if (cli.stdout) process.stdout.write(cli.stdout);
    if (cli.stderr) process.stderr.write(cli.stderr);
    return cli.exit;
  }
  if (cli.flags.search !== undefined && cli.flags.search.trim() === '') {
    process.stderr.write('reader: --search needs a query\n');
    return 2;
  }
  const maxBytes = cli.flags.maxSize === undefined ? undefined : parseSize(cli.flags.maxSize);
  if (maxBytes === null) {
    process.stderr.write(`reader: --max-size: not a size: ${cli.flags.maxSize} (try 50MB or 500k)\n`);
    return 2;
  }
  const inputs: InputPath[] = cli.input.length ? cli.input.map((path) => ({ path })) : [SEEDS];
  // A shared archive on a PostgreSQL server: indexed into with --index, read with --json (the other modes are to come).
  if (cli.flags.store !== undefined && isPostgresUrl(cli.flags.store) && !cli.flags.index) {
    if (!cli.flags.json || cli.flags.search !== undefined || cli.flags.people || cli.flags.bookmarks || cli.flags.forget) {
      process.stderr.write('reader: --store postgres://… goes with --index or --json for now\n');
      return 2;
    }
    const { runJsonFromServer } = await import('./commands/json-from-server.js');
    return runJsonFromServer(cli.flags.store, cli.input);
  }
  if (cli.flags.forget) {
    const { forgetStore } = await import('./commands/forget-store.js');
    return forgetStore(storeFileFor(inputs.map((i) => i.path), cli.flags.store));
  }
  if (cli.flags.bookmarks) {
    const { runBookmarks } = await import('./commands/bookmarks-command.js');
    return runBookmarks(inputs, cli.flags.json, (text) => process.stdout.write(text));
  }
  if (cli.flags.index) {
    const { runIndex } = await import('./commands/run-index.js');
    return runIndex(inputs, cli.flags.store, maxBytes);
  }
  // `--json`, `--search`, `--people` and `--export` on an archive with a store: a quick refresh, then the
  // stored articles and analyses, not a fresh analysis. None ever makes a store.
  const storeFile = cli.flags.noStore || inputs.some((i) => i.path === '-') ? null : storeFileFor(inputs.map((i) => i.path), cli.flags.store);
  const usableStore = storeFile !== null && existsSync(storeFile) ? storeFile : null;
  if (cli.flags.people) {
    const { runPeopleCommand } = await import('./commands/people-command.js');
    return runPeopleCommand(inputs, usableStore, maxBytes, cli.flags.json);
  }
  if (cli.flags.export !== undefined) {
    const { runExportCommand } = await import('./commands/export-command.js');
    return runExportCommand({ format: cli.flags.export, inputs, storeFile: usableStore, maxBytes, query: cli.flags.search });
  }
  const stored = usableStore !== null && (cli.flags.json || cli.flags.search !== undefined);
  if (stored && cli.flags.json && cli.flags.search === undefined) {
    const { runJsonFromStore } = await import('./commands/json-from-store.js');
    return runJsonFromStore(inputs, usableStore, maxBytes);
  }
  // The reader's screen: say what is happening while a large corpus is read (the line is erased after).
  const interactive = process.stdout.isTTY === true && !cli.flags.json && cli.flags.search === undefined;
  if (interactive) process.stdout.write('reader: reading articles…');
  let analyses: readonly (Analysis | null)[] | undefined;
  let corpus: Corpus;
  if (stored) {
    const { readStoredArchive } = await import('./commands/json-from-store.js');
    const archive = await readStoredArchive(inputs, usableStore, maxBytes);
    corpus = { articles: archive.articles, errors: archive.errors };
    analyses = archive.analyses;
  } else {
    corpus = await loadCorpusLazily(inputs, { maxBytes });
  }
  if (interactive) process.stdout.write('\r\x1b[K');
  const toStderr = (line: string) => process.stderr.write(`${line}\n`);

  if (cli.flags.search !== undefined) {
    reportErrors(corpus.errors, toStderr);
    // Nothing loaded, so nothing matched: 1, as the README says (2 is for usage errors).
    if (corpus.articles.length === 0) return 1;
    const { runSearchCommand } = await import('./commands/search-command.js');
    return runSearchCommand({
      query: cli.flags.search, corpus, json: cli.flags.json, ...(analyses ? { analyses } : {}),
      color: cli.flags.color && !process.env['NO_COLOR'] && process.stdout.isTTY === true,
      out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text),
    });
  }
  // No screen to draw on: every article analysed and written as soon as it is ready, in order, as
  // JSON or (piped) as a plain outline, so `| head` answers at once and output never has to fit one string.
  if (cli.flags.json || !process.stdout.isTTY) {
    reportErrors(corpus.errors, toStderr);
    const json = cli.flags.json;
    if (json) await writeOut(JSON_OPENING);
    const errors = await analyzeInOrder(corpus.articles, (article, index) =>
      json ? writeAll(jsonArticlePieces(article, index === 0)) : writeOut(formatOutlineArticle(article)),
    );
    reportErrors(errors, toStderr);
    if (json) await writeOut(jsonClosing([...corpus.errors, ...errors], corpus.articles.length > 0));
    return corpus.articles.length ? 0 : 1;
  }
  if (corpus.articles.length === 0) {
    reportErrors(corpus.errors, toStderr);
    return 1;
  }
  const { runTui } = await import('./ui/run-tui.js');
  return runTui({ corpus, color: cli.flags.color && !process.env['NO_COLOR'], inputs: inputs.some((i) => i.path === '-') ? null : inputs });
}

// Output piped into `head` and the like: stop quietly when the reader at the other end goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reader: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
