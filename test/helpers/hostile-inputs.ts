// Megabyte inputs built to hurt: each one aims at a pattern that could backtrack, a loop that could
// go quadratic, or a stack that could overflow. Shared by the linear-time tests and `bench/hostile-bench.ts`.

/** About one megabyte. */
export const MB = 1_000_000;

/** Repeats `unit` until the text is about `size` characters long. */
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

/** Name -> text of one paragraph (the parser also gets it as a whole file). */
export const HOSTILE_INPUTS: Readonly<Record<string, string>> = {
  '100,000 " marks': '"'.repeat(100_000),
  '1 MB of " marks': '"'.repeat(MB),
  '" marks between words': fill('"a '),
  'one 1 MB paragraph of prose': fill('The minister said "we will act" on Monday, after 3,000 people met in Leeds. '),
  '50,000 numbers in a row': Array.from({ length: 50_000 }, (_, i) => String(i * 7919)).join(' '),
  '1 MB of digits': '7'.repeat(MB),
  'deeply nested opening quotes': fill('“‘«„"\''),
  'nested quotes with speakers': `${fill('He said “she said ‘they said «', MB / 2)}${fill('» ’ ”', MB / 2)}`,
  '1 MB of $': '$'.repeat(MB),
  '$ and digits': fill('$1$2$3,'),
  'money signs and units': fill('£5bn $3m €2 per cent 4% '),
  '100,000 capitalised words': fill('Word ', 100_000 * 5),
  'names joined by of and and': fill('Bank of England and '),
  'titles before names': fill('Mr Sir Dr Lord '),
  '1 MB without a space': fill('abcdefghij'),
  'sentence ends only': fill('. '),
  'reporting verbs only': fill('said told says according to '),
  'commas and dots between digits': fill('1,2.3,4.'),
  'dates and months': fill('May 2004 July 21st Monday '),
  'spaces then a letter': `${' '.repeat(MB)}x`,
  'control characters and escapes': fill('\u001b[31m\u001b]52;c;eA==\u0007\u009b\u202E\b\r'),
  // Near the 10 MB file limit: one token this long overflowed the tokenisers' regex stack.
  'an 8 MB quoted word joined by apostrophes': `He said "${"a'".repeat(4_000_000)}a" today.`,
  'an 8 MB quoted number': `He said "${'1,2.'.repeat(2_000_000)}3" today.`,
  'an emoji and a megabyte of joiners': `😀${'\u200D'.repeat(MB)}`,
  'emoji, modifiers and invisible characters': fill('👍🏽\u200D\u200B\uFE0F\u00AD🇬🇧\u0301'),
};
