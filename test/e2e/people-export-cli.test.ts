import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

// An invented archive: two Varnells, a lone `Mr Varnell` who may be either, a lone `Mr Quillon` whose
// archive names only one Quillon, and unnamed spokesmen in two articles.
const files = {
  'politics/1.txt': 'Varnell sets out pay plan\n\nBy Jo Pell\n\nTobias Varnell said the plan was fair.\n\n"We will pay every nurse more, and soon," Mr Varnell said.\n\nA spokesman said: "The figures add up."\n\nThe plan costs £40m, the Treasury said.\n',
  'politics/2.txt': 'Varnell under fire\n\n"It is a "sham", plainly," said Mr Varnell at the rally.\n\nA spokesman said: "We do not comment."\n',
  'sport/3.txt': 'Quillon wins again\n\nThe Gadley coach was pleased.\n\n"We played well," Mr Quillon said.\n\n"I told the players, nothing is over," said Ines Varnell, the captain.\n',
  'sport/4.txt': 'Quillon honoured\n\nMarta Quillon was named coach of the year.\n',
};

describe('reader --people', () => {
  it('prints the people table, most quotes first, and the counts by kind on stderr', () => {
    const { code, stdout, stderr } = runCli(['--people', '.'], { cwd: tempTree(files) });
    expect(code).toBe(0);
    expect(stdout).toBe(
      'NAME            KIND          QUOTES  ARTICLES  SECTIONS\n' +
        'a spokesman     description        2         2  politics\n' +
        'Ines Varnell    person             1         1  sport\n' +
        'Marta Quillon   person             1         1  sport\n' +
        'Tobias Varnell  person             1         1  politics\n' +
        'Varnell         person             1         1  politics\n',
    );
    expect(stderr).toBe('5 speakers: 4 people, 0 organisations, 1 description\n');
  });

  it('--json gives name, kind, quotes, articles and forms', () => {
    const { code, stdout } = runCli(['--people', '--json', '.'], { cwd: tempTree(files) });
    expect(code).toBe(0);
    const people = JSON.parse(stdout);
    expect(people[0]).toEqual({ name: 'a spokesman', kind: 'description', quotes: 2, articles: 2, forms: ['a spokesman'] });
    expect(people.find((p: { name: string }) => p.name === 'Marta Quillon')).toEqual({ name: 'Marta Quillon', kind: 'person', quotes: 1, articles: 1, forms: ['Quillon'] });
  });

  it('gives the same table from the store as from the files', () => {
    const root = tempTree(files);
    const fresh = runCli(['--people', '.'], { cwd: root });
    const freshJson = runCli(['--people', '--json', '.'], { cwd: root });
    expect(runCli(['--index', '.'], { cwd: root }).code).toBe(0);
    expect(runCli(['--people', '.'], { cwd: root })).toEqual(fresh);
    expect(runCli(['--people', '--json', '.'], { cwd: root })).toEqual(freshJson);
    // An edit the refresh finds is in the table at once: the tables are worked out again.
    writeFileSync(join(root, 'sport/4.txt'), 'Quillon honoured\n\n"It was a surprise," said Marta Quillon.\n');
    expect(runCli(['--people', '.'], { cwd: root }).stdout).toMatch(/^Marta Quillon +person +2 +2 +sport$/m);
  });

  it('exits 1 when no article loaded', () => {
    const { code, stdout } = runCli(['--people', 'no/such/dir'], { cwd: tempTree(files) });
    expect([code, stdout]).toEqual([1, '']);
  });
});

describe('reader --export', () => {
  it('csv: a header, then one CRLF-ended row per quotation, quoted where RFC 4180 says', () => {
    const { code, stdout } = runCli(['--export', 'csv', '.'], { cwd: tempTree(files) });
    expect(code).toBe(0);
    const records = stdout.split('\r\n');
    expect(records.pop()).toBe('');
    expect(records[0]).toBe('speaker,quote,cue,partial,title,path,section,paragraph');
    expect(records).toHaveLength(7);
    expect(records[1]).toBe('Tobias Varnell,"We will pay every nurse more, and soon,",said,false,Varnell sets out pay plan,politics/1.txt,politics,2');
    expect(records[3]).toBe('Varnell,"It is a ""sham"", plainly,",said,false,Varnell under fire,politics/2.txt,politics,1');
  });

  it('md: each article a heading, its byline and path, quotes as blockquotes, facts as a list', () => {
    const { code, stdout } = runCli(['--export', 'md', 'politics/1.txt'], { cwd: tempTree(files) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## Varnell sets out pay plan\n\nBy Jo Pell · `politics\/1.txt`\n\n> “We will pay every nurse more, and soon,”\n>\n> — Tobias Varnell, ¶2\n/);
    expect(stdout).toContain('\n- **£40m**');
  });

  it('with --search keeps the matching articles, and with speaker: only that speaker’s quotes', () => {
    const root = tempTree(files);
    const csv = runCli(['--export', 'csv', '--search', 'speaker:spokesman', '.'], { cwd: root });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').slice(1, -1).map((r) => r.split(',')[0])).toEqual(['a spokesman', 'a spokesman']);
    expect(csv.stderr).toBe('2 matches in 2 articles\n');
    const md = runCli(['--export', 'md', '--search', 'honoured', '.'], { cwd: root });
    expect(md.stdout.match(/^## .*/gm)).toEqual(['## Quillon honoured']);
    expect(runCli(['--export', 'md', '--search', 'nothingmatches', '.'], { cwd: root }).code).toBe(1);
  });

  it('exits 1 when no article loaded, and 2 for modes that do not go together', () => {
    const root = tempTree(files);
    expect(runCli(['--export', 'csv', 'no/such/dir'], { cwd: root }).code).toBe(1);
    const clash = runCli(['--export', 'csv', '--people', '.'], { cwd: root });
    expect(clash).toEqual({ code: 2, stdout: '', stderr: 'reader: --export and --people do not go together (see reader --help)\n' });
    expect(runCli(['--bookmarks', '.'], { cwd: root }).code).toBe(0);
  });
});
