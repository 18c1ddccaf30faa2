// Untrusted text must never talk to the terminal. A made-up article (and file and folder names) carry
// every kind of escape and control; the real CLI runs in a pseudo-terminal, and its raw output is
// searched for anything that came from the article. The app's own colour and cursor sequences (CSI)
// are fine; OSC, DCS, APC, SOS/PM, BEL, BS, DEL, C1 controls and bidi overrides never are.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { readerStarter } from './pty-terminal.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;
/** The section folder and the binary file: their names carry escapes too. */
const SECTION = `sec${ESC}]2;folder-title${BEL}`;
const BAD_NAME = `bad${ESC}]0;pwned${BEL}\rEVIL.txt`;

/** A made-up story whose every line tries something on the terminal. */
const HOSTILE_STORY = [
  `Harbour ${ESC}]0;title-from-article${BEL}news ${ESC}[31;7;5mblinking${ESC}[0m`,
  `The council met ${ESC}[2J${ESC}[6n${ESC}[4;1;1t on Monday and voted on zebrafish.`,
  `\u201CWe will ${ESC}]52;c;ZXZpbA==${BEL} pay ${ESC}]8;;http://evil.test${ST}link${ESC}]8;;${ST} now,\u201D Ana Perez said.`,
  `Costs rose by 20% to ${ESC}Pq#0;2;0;0;0${ST} and ${ESC}_apc-payload${ST} and ${ESC}Xsos${ST} and ${ESC}^pm${ST} the c1 \u009b2J \u009d0;c1title\u009c \u0090dcs\u009c end.`,
  `safe\b\b\b\bEVIL and ding${BEL}${BEL} and \u202Eevil\u202C then \u2066isolate\u2069 \u202A\u202B\u202D and DEL\u007f and ${ESC}]2;window${ST} done.`,
].join('\n\n');

/** A folder holding the hostile story, a plain one, a binary file with a hostile name, and a Windows-1252 file with C1 bytes. */
function hostileCorpus(): string {
  return tempTree({
    [`${SECTION}/story.txt`]: HOSTILE_STORY,
    'plain.txt': 'Quiet story\n\nNothing odd here about zebrafish.',
    [BAD_NAME]: new Uint8Array([0x47, 0x49, 0x46, 0, 1, 2]),
    // Not UTF-8: read as Windows-1252, whose unassigned 0x81 0x8d 0x8f 0x90 0x9d stay C1 controls.
    'old.txt': Uint8Array.from([...Buffer.from('Old caf'), 0xe9, ...Buffer.from('\n\nThe '), 0x9d, ...Buffer.from('0;c1-title'), 0x9d, ...Buffer.from(' and '), 0x90, ...Buffer.from(' zebrafish.')]),
  });
}

/** Escape sequences the app itself never writes; if one shows up, it came from the text. */
const FORBIDDEN: Readonly<Record<string, RegExp>> = {
  'OSC (titles, clipboard, links)': /\u001b\]/,
  'DCS': /\u001bP/,
  'APC': /\u001b_/,
  'SOS or PM': /\u001b[X^]/,
  'string terminator': /\u001b\\/,
  'BEL': /\u0007/,
  'backspace': /\u0008/,
  'DEL': /\u007f/,
  'C1 control': /[\u0080-\u009f]/,
  'bidi override or isolate': /[\u202A-\u202E\u2066-\u2069]/,
  'the article\'s own CSI': /\u001b\[(?:6n|4;1;1t|31;7;5m)/,
};

/** Fails when terminal output carries anything from the article; every ESC left must start a CSI. */
function expectHarmless(output: string): void {
  for (const [name, pattern] of Object.entries(FORBIDDEN)) expect(pattern.test(output), `${name} in the output`).toBe(false);
  const withoutCsi = output.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '');
  expect(withoutCsi.includes(ESC), `an ESC that does not start a CSI: ${JSON.stringify(withoutCsi.slice(withoutCsi.indexOf(ESC), withoutCsi.indexOf(ESC) + 20))}`).toBe(false);
}

const start = readerStarter();

describe('hostile text in a real terminal', { timeout: 30_000 }, () => {
  it('the reader shows every escape as a visible symbol and sends none of them, through list, reader, quotes, facts, search and the status bar', async () => {
    const dir = hostileCorpus();
    const r = start([dir], { columns: 160, rows: 40 });
    // The status bar names the binary file, its escapes made visible. (Each check waits: a frame can
    // reach the screen in more than one piece.)
    await r.waitFor(`bad␛]0;pwned␇␍EVIL.txt: binary file`);
    await r.waitFor('␛]0;title-from-article␇'); // the list wraps the title after "Harbour"
    await r.waitFor('sec␛]2;folder-');
    r.press('G');
    r.press('\r');
    await r.waitFor('␛[2J␛[6n␛[4;1;1t');
    await r.waitFor('reader · 3 articles · Harbour ␛]0;title-from-article␇news ␛[31;7;5mblinking␛[0m');
    await r.waitFor('sec␛]2;folder-title␇ · ');
    await r.waitFor('␛]52;c;ZXZpbA==␇');
    await r.waitFor('␛Pq#0;2;0;0;0␛\\');
    await r.waitFor('safe␈␈␈␈EVIL');
    r.press('3');
    await r.waitFor('Ana Perez');
    r.press('4');
    await r.waitFor('▶ 4 Facts');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press('zebrafish');
    await r.waitFor('3 matches in 3 articles');
    r.press('\x15'); // Ctrl-U
    r.press('ZXZpbA');
    // The paragraph matches at once; its quote too once the analysis has arrived.
    await r.waitFor(/(1 match|2 matches) in 1 article/);
    await r.waitFor('“We will ␛]52;c;ZXZpbA==␇ pay');
    r.press('\r');
    await r.waitFor('▶ 2 Reader');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
    expectHarmless(r.output());
  });

  it('hostile text pasted into the search box is not sent back to the terminal', async () => {
    const r = start([hostileCorpus()], { columns: 120, rows: 30 });
    await r.waitFor('Quiet story');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press(`zebra \u009b6n \u009d0;t\u009c \u202Eevil\u202C ${ESC}]52;c;ZXZpbA==${BEL} \u2066x\u2069 \u0085 end`);
    await r.waitFor(/ end/);
    r.press('\x15');
    r.press('zebrafish');
    await r.waitFor('3 matches in 3 articles');
    r.press('\x1b');
    await r.waitFor('▶ 1 Articles'); // Esc and q read together would be Alt-q
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
    expectHarmless(r.output());
  });

  it('the Windows-1252 file\'s C1 controls are shown as symbols, not sent', async () => {
    const r = start([hostileCorpus()], { columns: 120, rows: 30 });
    await r.waitFor('Old café');
    r.press('\r');
    await r.waitFor('The �0;c1-title� and � zebrafish.');
    r.press('q');
    await r.exited;
    expectHarmless(r.output());
  });

  it('reader --search in a terminal colours its own hits and sends nothing from the text', async () => {
    const r = start(['--search', 'pay', hostileCorpus()]);
    expect((await r.exited).exitCode).toBe(0);
    const out = r.output();
    expect(out).toContain('\u001b[1;31m'); // its own colour for the hit
    expect(out).toContain('We will ␛]52;c;ZXZpbA==␇ '); // (long lines wrap on the screen: read the output)
    expectHarmless(out);
  });
});

describe('hostile text without a terminal', () => {
  it('the piped outline (reader | cat) carries no ESC at all, on stdout or stderr', () => {
    const { code, stdout, stderr } = runCli([hostileCorpus()]);
    expect(code).toBe(0);
    expect(stdout).toContain('# Harbour ␛]0;title-from-article␇news');
    expect(stdout).toContain('We will ␛]52;c;ZXZpbA==␇ pay');
    expect(stderr).toContain('bad␛]0;pwned␇␍EVIL.txt: binary file');
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain(ESC);
      expectHarmless(text);
    }
  });

  it('reader --search piped: no ESC in the lines, the path or the counts', () => {
    const { code, stdout, stderr } = runCli(['--search', 'zebrafish', hostileCorpus()]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(stdout).toContain('sec␛]2;folder-title␇/story.txt:1: ');
    for (const text of [stdout, stderr]) expect(text).not.toContain(ESC);
    expectHarmless(stdout + stderr);
  });

  it('a did-you-mean built from hostile words is shown harmless', () => {
    const { code, stderr } = runCli(['--search', 'zebrafisch', hostileCorpus()]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/did you mean: zebrafish/);
    expectHarmless(stderr);
  });

  it('--json keeps the text exactly as loaded, and JSON escapes it: no raw control byte on stdout', () => {
    const { code, stdout } = runCli(['--json', hostileCorpus()]);
    expect(code).toBe(0);
    expectHarmless(stdout);
    const doc = JSON.parse(stdout) as { articles: { title: string; section: string; paragraphs: string[] }[]; errors: { path: string; message: string }[] };
    const story = doc.articles.find((a) => a.title.startsWith('Harbour'))!;
    expect(story.title).toBe(HOSTILE_STORY.split('\n')[0]);
    expect(story.section).toBe(SECTION);
    expect(story.paragraphs).toEqual(HOSTILE_STORY.split('\n\n').slice(1));
    expect(doc.errors).toEqual([{ path: expect.stringContaining(BAD_NAME), message: 'binary file (contains NUL bytes), skipped' }]);
  });
});

describe('the reader never hands text to a shell', () => {
  it('no source file starts a process or evaluates code', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) sources.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.filter((path) => /child_process|\bexecSync\b|\bexecFile\b|\bspawn\(|\beval\(|new Function\(|from ['"](?:execa|shelljs|zx|cross-spawn)['"]/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
