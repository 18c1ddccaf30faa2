// Commands: what the command line parses and prints (--json, --search, --people, --export, the outline), each a small module over core.
// May import src/core and Node's streams; never React or Ink.
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };

// Node's own parseArgs rather than meow: measured here, importing meow costs about 25 ms of every
// start (it builds SPDX licence tables to normalise package data), a tenth of the first-frame budget.

export const HELP = `
  ${packageJson.description}

  Usage
    $ reader [PATH...]              open the reader on files and folders (default: the bundled seeds)
    $ reader --json [PATH...]       print every article with its quotes, facts and names as JSON
    $ reader --search QUERY [PATH...]  print matching paragraphs, quotes, facts and titles
    $ reader --people [PATH...]     print everyone quoted, most quotes first
    $ reader --export md|csv [--search QUERY] [PATH...]  write a Markdown digest or one CSV row per quotation
    $ cat story.txt | reader -      read one article from stdin
    $ reader --index [PATH...]      build or refresh the archive's store on disk, and exit
    $ reader --index PATH... --store postgres://user@host:port/db  index into a shared archive on a server
    $ reader --json --store postgres://user@host:port/db [PATH...]  print the shared archive (or the part under PATH)
    $ reader --bookmarks [--json] [PATH...]  print the archive's bookmarks (Markdown, or JSON)

  Options
    --json            Print JSON to stdout and exit (with --people, --search or --bookmarks: those as JSON)
    --search, -s      Search without the UI (exit 0 on a match, 1 on none); with --export, export only the matches
    --people          Print the people table: name, kind, quotes, articles, sections
    --export FORMAT   Write every article as md (a digest: titles, quotes, facts) or csv (a row per quotation)
    --bookmarks       Print the bookmarks made in the reader (m), as Markdown or with --json as JSON
    --max-size SIZE   Largest file to read (default 10MB; e.g. 500k, 50MB)
    --index           Index the archive into its store (SQLite, in $XDG_CACHE_HOME/reader) and exit
    --store FILE      Keep the store in FILE (also READER_STORE)
    --store URL       Read or index the shared archive on a PostgreSQL server (postgres://…)
    --no-store        Read the files and keep everything in memory (--json uses a store when one exists)
    --forget          Delete the archive's store (it is rebuilt from the files by --index)
    --no-color        Plain text without colours (also NO_COLOR=1)
    --no-clipboard    y keeps quotes in the clippings file only, no OSC 52 (also READER_CLIPBOARD=off)
    --help, -h        Show this help
    --version, -v     Show the version

  Formats
    .txt and files without extension (title, optional credit line, paragraphs), .md, .html

  Keys (as in less and vim; ? lists them all)
    Tab / 1-4 pane   j k line   Ctrl-D Ctrl-U half page   Space b page (Space at the end: next article)
    { } paragraph   g G top / end   J K next / previous article   Enter open   Backspace back
    / search (Tab: section or all)   n N hit by hit   Esc highlights off   s sections   e errors   q quit
    u read/unread   U unread only   . next unread   A all read   m bookmark   B bookmarks
    p people (Enter: their quotes)   i names (Enter: their stories)   y copy a quote with its citation

  Reading state
    Where you were in each article, read marks and bookmarks live in $XDG_STATE_HOME/reader
    (default ~/.local/state/reader), apart from the store: --forget and rebuilding keep them.

  Examples
    $ reader ../corpus/bbc
    $ reader --json seeds | jq '.articles[0].quotes'
    $ reader --search '"prime minister" speaker:blair' ../corpus/bbc
    $ reader --export csv --search 'speaker:blair' ../corpus/bbc > blair.csv

  Modes: --json, --search, --export, --people and --bookmarks. --json gives --people, --search and
  --bookmarks as JSON, and --search narrows --export; no other two go together.
`;

/** What the command line asks for. */
export interface CliFlags {
  readonly json: boolean;
  readonly search: string | undefined;
  readonly maxSize: string | undefined;
  readonly color: boolean;
  /** `--index`: build or refresh the archive's store, then exit. */
  readonly index: boolean;
  /** `--store FILE`: where the store lives (else READER_STORE, else the cache folder). */
  readonly store: string | undefined;
  /** `--no-store`: read the files and keep everything in memory, as without a store. */
  readonly noStore: boolean;
  /** `--forget`: delete the archive's store (reading state is not in it, so nothing the user made is lost). */
  readonly forget: boolean;
  /** `--people`: print the people table. */
  readonly people: boolean;
  /** `--export md|csv`: write the archive (or, with --search, the matches) in that format. */
  readonly export: ExportFormat | undefined;
  /** `--bookmarks`: print the bookmarks. */
  readonly bookmarks: boolean;
  /** False with `--no-clipboard`: `y` keeps quotes in the clippings file only. */
  readonly clipboard: boolean;
}

/** What `--export` writes. */
export type ExportFormat = 'md' | 'csv';

/** The modes, as `--help` names them; each pair not listed in COMBINABLE is a usage error. */
const MODES = ['json', 'search', 'export', 'people', 'bookmarks'] as const;
type Mode = (typeof MODES)[number];
/** `--json` changes the format of `--people`, `--search` and `--bookmarks`; `--search` narrows `--export`. */
const COMBINABLE: ReadonlySet<string> = new Set(['json+search', 'json+people', 'json+bookmarks', 'search+export']);

/** The first pair of modes given that do not go together, or null. */
export function clashingModes(given: readonly Mode[]): readonly [Mode, Mode] | null {
  for (let i = 0; i < given.length; i++) for (let j = i + 1; j < given.length; j++) if (!COMBINABLE.has(`${given[i]}+${given[j]}`)) return [given[i]!, given[j]!];
  return null;
}

/** Either a run with paths and flags, or an immediate exit (help, version, usage error). */
export type ParsedCommandLine =
  | { readonly input: readonly string[]; readonly flags: CliFlags }
  | { readonly exit: number; readonly stdout?: string; readonly stderr?: string };

/** Parses argv; never throws. */
export function parseFlags(argv: readonly string[] = process.argv.slice(2)): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        search: { type: 'string', short: 's' },
        'max-size': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        index: { type: 'boolean' },
        store: { type: 'string' },
        'no-store': { type: 'boolean' },
        forget: { type: 'boolean' },
        people: { type: 'boolean' },
        export: { type: 'string' },
        bookmarks: { type: 'boolean' },
        'no-clipboard': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { exit: 2, stderr: `reader: ${usageMessage(error)} (see reader --help)\n` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { exit: 0, stdout: `${HELP}\n` };
  if (values.version) return { exit: 0, stdout: `${packageJson.version}\n` };
  const given = MODES.filter((mode) => (mode === 'search' || mode === 'export' ? values[mode] !== undefined : values[mode] === true));
  if (values.index && given.length > 0) return { exit: 2, stderr: 'reader: --index goes alone: it builds the store and exits (see reader --help)\n' };
  if (values.forget && (values.index || given.length > 0)) return { exit: 2, stderr: 'reader: --forget goes alone: it deletes the store and exits (see reader --help)\n' };
  const clash = clashingModes(given);
  if (clash) return { exit: 2, stderr: `reader: --${clash[0]} and --${clash[1]} do not go together (see reader --help)\n` };
  if (values.export !== undefined && values.export !== 'md' && values.export !== 'csv') return { exit: 2, stderr: `reader: --export: md or csv, not ${JSON.stringify(values.export)}\n` };
  return {
    input: positionals,
    flags: {
      json: values.json === true,
      search: values.search,
      maxSize: values['max-size'],
      color: values['no-color'] !== true && values.color !== false,
      index: values.index === true,
      store: values.store,
      noStore: values['no-store'] === true,
      forget: values.forget === true,
      people: values.people === true,
      export: values.export,
      bookmarks: values.bookmarks === true,
      clipboard: values['no-clipboard'] !== true,
    },
  };
}

// parseArgs says "Unknown option '--x'. To specify a positional argument ..." and the like.
function usageMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const option = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option.replace(/ <value>$/, '')} needs a value`;
  return (error as Error).message.split('\n')[0] ?? 'bad command line';
}
