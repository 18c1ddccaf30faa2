// `reader --search QUERY --store postgres://… [PATH]` on a real (throwaway) server: the same lines,
// JSON, counts and exit codes as `--search` on the files, the whole archive or the part under a path,
// and a server with no archive is one line; `--people` and `--export` over the server print what they print on the files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { postgresForThisFile } from '../helpers/postgres-for-tests.js';

const server = await postgresForThisFile();
/** A bound for a hang on two busy cores, not a target. */
const HANG_MS = 180_000;
const story = (title: string, ...paragraphs: string[]) => `${title}\n\n${paragraphs.join('\n\n')}\n`;

const FILES = {
  'news/bridge.txt': story('Bridge vote delayed', 'The council put off its vote on the bridge.', '"We are not against a bridge," said Nora Pell, who chairs the ferry group.', 'Prime Minister Tony Blair spoke; the admin staff did not.'),
  'news/ferry.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day, up 100%, costing £160m.', '"The minister for prime cuts was wrong," said Gordon Brown.'),
  'news/names.txt': story('GONZÁLEZ and O’Neill', 'Edmundo González won; Gonzaga is another word.', 'She hasn\'t met O\'Neill in the Straße.'),
  'sport/rovers.txt': story('Rovers climb to third', 'Rovers beat Eastfield 3-1 on Saturday; Blair and Brown both watched.', '"It was a great day for the club," said manager Alan Price.'),
};

const QUERIES = ['bridge', 'prime min', '"prime minister"', 'gonzalez', 'GONZÁLEZ', 'strasse', "o'neill", 'speaker:brown', 'speaker:"nora p', 'in:titles r', 'blair -brown', 'b', 'goverment', 'zzzz'];

describe.skipIf(!server)('reader --search over PostgreSQL', { timeout: HANG_MS }, () => {
  it('prints what --search on the files prints, for every query form, as lines and as JSON', () => {
    const url = server!.url('postgres');
    const archive = tempTree(FILES);
    expect(runCli(['--index', '--store', url, archive]).code).toBe(0);
    for (const query of QUERIES) {
      for (const json of [[], ['--json']]) {
        const local = runCli(['--search', query, ...json, '--no-store', archive]);
        const shared = runCli(['--search', query, ...json, '--store', url]);
        expect(shared, `${query} ${json.join('')}`).toEqual(local);
      }
    }
    // Only the part of the archive under a path.
    const part = runCli(['--search', 'blair', '--store', url, join(archive, 'sport')]);
    expect(part).toEqual(runCli(['--search', 'blair', '--no-store', join(archive, 'sport')]));
    expect(part.stderr).toBe('1 match in 1 article\n');
    // --people reads the analyses stored on the server: the same table and JSON as on the files.
    for (const json of [[], ['--json']]) expect(runCli(['--people', ...json, '--store', url])).toEqual(runCli(['--people', ...json, '--no-store', archive]));
    // --export reads the same way: the whole archive, or only what --search finds (and a speaker's quotes alone).
    for (const mode of [['md'], ['csv'], ['csv', '--search', 'speaker:brown'], ['md', '--search', 'bridge'], ['md', '--search', 'zzzz']]) {
      const shared = runCli(['--export', ...mode, '--store', url]);
      expect(shared, mode.join(' ')).toEqual(runCli(['--export', ...mode, '--no-store', archive]));
    }
    expect(runCli(['--export', 'csv', '--search', 'speaker:brown', '--store', url]).stdout).toContain('Gordon Brown');
  });

  it('a query with nothing to look for is a usage error, and a server without an archive one line', async () => {
    const url = server!.url(await server!.createDatabase());
    expect(runCli(['--search', '-', '--store', url])).toMatchObject({ code: 2, stdout: '' });
    const none = runCli(['--search', 'bridge', '--store', url]);
    expect([none.code, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toMatch(/^reader: [^\n]*no archive on this server yet[^\n]*\n$/);
    expect(none.stderr).not.toContain(server!.password);
  });
});
