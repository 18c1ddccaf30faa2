import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/commands/cli-flags.js';

const exitOf = (...argv: string[]) => {
  const parsed = parseFlags(argv);
  return 'exit' in parsed ? parsed : null;
};

describe('modes on the command line', () => {
  it('lets --json change --people, --search and --bookmarks, and --search narrow --export', () => {
    for (const argv of [['--json', '--people'], ['--json', '--search', 'x'], ['--json', '--bookmarks'], ['--export', 'csv', '--search', 'x'], ['--people'], ['--export', 'md']]) {
      expect(exitOf(...argv), argv.join(' ')).toBeNull();
    }
  });

  it('refuses any other pair with one line and exit 2', () => {
    const pairs = [['--json', '--export', 'md'], ['--people', '--search', 'x'], ['--people', '--export', 'csv'], ['--bookmarks', '--search', 'x'], ['--bookmarks', '--people'], ['--bookmarks', '--export', 'md'], ['--json', '--search', 'x', '--export', 'csv']];
    for (const argv of pairs) {
      const result = exitOf(...argv);
      expect(result?.exit, argv.join(' ')).toBe(2);
      expect(result?.stderr).toMatch(/^reader: --\w+ and --\w+ do not go together \(see reader --help\)\n$/);
    }
  });

  it('knows only md and csv for --export, and keeps --index and --forget alone', () => {
    expect(exitOf('--export', 'pdf')).toEqual({ exit: 2, stderr: 'reader: --export: md or csv, not "pdf"\n' });
    expect(exitOf('--index', '--people')?.exit).toBe(2);
    expect(exitOf('--forget', '--export', 'md')?.exit).toBe(2);
  });

  it('lists every mode in --help', () => {
    const help = exitOf('--help')?.stdout ?? '';
    for (const mode of ['--json', '--search', '--export', '--people', '--bookmarks']) expect(help).toContain(mode);
  });
});
