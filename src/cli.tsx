#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storeFileFor } from './commands/store-file.js';
import { parseFlags } from './commands/cli-flags.js';
import { isPostgresUrl } from './commands/postgres-url.js';
import { reportErrors } from './commands/report-errors.js';
import { analyzeInOrder } from './commands/analyze-in-order.js';
import { JSON_OPENING, jsonArticlePieces, jsonClosing } from './commands/export-json.js';
import type { LoadError } from './core/article.js';
import type { InputPath } from './core/load/find-files.js';
import type { ServerSource } from './commands/background-index.js';
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
  // A shared archive on a PostgreSQL server: indexed into with --index, read with --json, --search, --people or --export, or on the reader's screen.
  if (cli.flags.store !== undefined && isPostgresUrl(cli.flags.store) && !cli.flags.index) {
    if (cli.flags.search !== undefined && !cli.flags.people && !cli.flags.bookmarks && !cli.flags.forget && cli.flags.export === undefined) {
      const { runSearchFromServer } = await import('./commands/search-from-server.js');
      const color = cli.flags.color && !process.env['NO_COLOR'] && process.stdout.isTTY === true;
      return runSearchFromServer(cli.flags.search, cli.flags.store, cli.input, {
        json: cli.flags.json, color, out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text),
      });
    }
    if (cli.flags.people && cli.flags.search === undefined && !cli.flags.bookmarks && !cli.flags.forget && cli.flags.export === undefined) {
      const { runPeopleFromServer } = await import('./commands/people-from-server.js');
      return runPeopleFromServer(cli.flags.store, cli.input, cli.flags.json);
    }
    if (cli.flags.export !== undefined && !cli.flags.people && !cli.flags.bookmarks && !cli.flags.forget && !cli.flags.json) {
      const { runExportFromServer } = await import('./commands/export-from-server.js');
      return runExportFromServer(cli.flags.store, cli.input, cli.flags.export, cli.flags.search);
    }
    // The reader's screen: on a copy of the shared archive kept on this machine, brought up to date beside it.
    if (!cli.flags.json && cli.flags.search === undefined && !cli.flags.people && !cli.flags.bookmarks && !cli.flags.forget && process.stdout.isTTY === true) {
      const { serverCopy } = await import('./commands/server-copy.js');
      const copy = await serverCopy(cli.flags.store, cli.input);
      if ('failure' in copy) {
        process.stderr.write(`${copy.failure}\n`);
        return 1;
      }
      return readFromStore(copy.stateInputs, copy.file, undefined, cli.flags.color, cli.flags.clipboard, copy.source);
    }
    if (!cli.flags.json || cli.flags.search !== undefined || cli.flags.people || cli.flags.bookmarks || cli.flags.forget) {
      process.stderr.write('reader: --store postgres://… goes with --index, --json, --search, --people or --export, or opens the reader on a terminal\n');
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
  // stored articles and analyses, not a fresh analysis (`--search` reads only the articles the store's
  // index names). None ever makes a store.
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
  const color = cli.flags.color && !process.env['NO_COLOR'];
  const searchOutput = {
    json: cli.flags.json, color: color && process.stdout.isTTY === true,
    out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text),
  };
  if (usableStore !== null && cli.flags.search !== undefined) {
    const { runSearchFromStore } = await import('./commands/search-from-store.js');
    return runSearchFromStore(cli.flags.search, inputs, usableStore, maxBytes, searchOutput);
  }
  if (usableStore !== null && cli.flags.json) {
    const { runJsonFromStore } = await import('./commands/json-from-store.js');
    return runJsonFromStore(inputs, usableStore, maxBytes);
  }
  // The reader's screen: say what is happening while a large corpus is read (the line is erased after).
  const interactive = process.stdout.isTTY === true && !cli.flags.json && cli.flags.search === undefined;
  if (interactive && storeFile !== null) return readFromStore(inputs, storeFile, maxBytes, cli.flags.color, cli.flags.clipboard);
  if (interactive) process.stdout.write('reader: reading articles…');
  const corpus: Corpus = await loadCorpusLazily(inputs, { maxBytes });
  if (interactive) process.stdout.write('\r\x1b[K');
  const toStderr = (line: string) => process.stderr.write(`${line}\n`);

  if (cli.flags.search !== undefined) {
    reportErrors(corpus.errors, toStderr);
    // Nothing loaded, so nothing matched: 1, as the README says (2 is for usage errors).
    if (corpus.articles.length === 0) return 1;
    const { runSearchCommand } = await import('./commands/search-command.js');
    return runSearchCommand({ query: cli.flags.search, corpus, ...searchOutput });
  }
  // No screen to draw on: every article analysed and written as soon as it is ready, in order, as
  // JSON or (piped) as a plain outline, so `| head` answers at once and output never has to fit one string.
  if (cli.flags.json || !process.stdout.isTTY) {
    reportErrors(corpus.errors, toStderr);
    const json = cli.flags.json;
    if (json) await writeOut(JSON_OPENING);
    const errors = await analyzeInOrder(corpus.articles, undefined, (article, index) =>
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
  const clipboard = cli.flags.clipboard && process.env['READER_CLIPBOARD'] !== 'off';
  return runTui({ corpus, color: cli.flags.color && !process.env['NO_COLOR'], inputs: inputs.some((i) => i.path === '-') ? null : inputs, clipboard });
}

/**
 * The reader on an archive's store: the stored list at once, refreshed beside the reader (the first
 * run shows the articles as they are indexed). A store that cannot be used falls back to memory.
 */
async function readFromStore(inputs: readonly InputPath[], storeFile: string, maxBytes: number | undefined, color: boolean, clipboard: boolean, server?: ServerSource): Promise<number> {
  const { openStoredArchive } = await import('./commands/stored-archive.js');
  process.stdout.write(existsSync(storeFile) ? 'reader: opening the archive…' : server ? 'reader: copying the archive from the server (the first time only)…' : 'reader: indexing the archive (the first time only)…');
  const stored = await openStoredArchive(server ? [] : inputs, storeFile, maxBytes, server);
  process.stdout.write('\r\x1b[K');
  const withColour = color && !process.env['NO_COLOR'];
  const useClipboard = clipboard && process.env['READER_CLIPBOARD'] !== 'off';
  const { runTui } = await import('./ui/run-tui.js');
  if ('unusable' in stored) {
    process.stderr.write(`reader: ${stored.unusable}\n`);
    const corpus = await loadCorpusLazily(inputs, { maxBytes });
    if (!corpus.articles.length) {
      reportErrors(corpus.errors, (line) => process.stderr.write(`${line}\n`));
      return 1;
    }
    return runTui({ corpus, color: withColour, inputs, clipboard: useClipboard });
  }
  if (!stored.window.rows().length) {
    // Nothing to show: the refresh has finished by now; say why, as without a store.
    const errors: LoadError[] = [];
    await new Promise<void>((resolve) => stored.listen((message) => {
      if (message.type === 'done') errors.push(...message.summary.errors);
      if (message.type === 'failed') errors.push({ path: storeFile, message: message.text });
      // A server that stopped answering before anything was copied: nothing to show until it is back.
      const unreachable = server !== undefined && message.type === 'notice';
      if (unreachable) errors.push({ path: storeFile, message: message.text });
      if (message.type === 'done' || message.type === 'failed' || unreachable) resolve();
    }));
    await stored.stop();
    reportErrors(errors, (line) => process.stderr.write(`${line}\n`));
    if (!errors.length) process.stderr.write('reader: no articles found\n');
    return 1;
  }
  if (stored.notice) process.stderr.write(`reader: ${stored.notice}\n`);
  return runTui({ corpus: { articles: [], errors: [] }, color: withColour, inputs, clipboard: useClipboard, stored });
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
