import meow from 'meow';

export const HELP = `
  Usage
    $ reader [PATH...]              open the reader on files and folders (default: the bundled seeds)
    $ reader --json [PATH...]       print every article with its quotes, facts and names as JSON
    $ reader --search QUERY [PATH...]  print matching paragraphs, quotes, facts and titles
    $ cat story.txt | reader -      read one article from stdin

  Options
    --json            Print JSON to stdout and exit
    --search, -s      Search without the UI (exit 0 on a match, 1 on none)
    --max-size SIZE   Largest file to read (default 10MB; e.g. 500k, 50MB)
    --no-color        Plain text without colours (also NO_COLOR=1)
    --help            Show this help
    --version         Show the version

  Formats
    .txt and files without extension (title, optional credit line, paragraphs), .md, .html

  Keys
    Tab / 1-4 pane   j k move   Enter open   / search   n N next hit   ? help   q quit

  Examples
    $ reader ../corpus/bbc
    $ reader --json seeds | jq '.articles[0].quotes'
    $ reader --search '"prime minister" speaker:blair' ../corpus/bbc
`;

const KNOWN = new Set(['json', 'search', 's', 'maxSize', 'color', 'help', 'version']);

/** Parses argv (meow prints --help and --version itself and exits 0). */
export function parseFlags(argv: readonly string[] = process.argv.slice(2)) {
  const cli = meow(HELP, {
    importMeta: import.meta,
    argv: [...argv],
    // Checked below, so that an unknown flag gets our one-line message.
    allowUnknownFlags: true,
    flags: {
      json: { type: 'boolean', default: false },
      search: { type: 'string', shortFlag: 's' },
      maxSize: { type: 'string' },
      color: { type: 'boolean', default: true },
    },
  });
  const unknown = Object.keys(cli.flags).filter((name) => !KNOWN.has(name));
  return { ...cli, unknown };
}
