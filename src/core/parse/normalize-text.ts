/** One text shape for every input: no BOM, `\n` line ends, no trailing spaces, NFC. */
export function normalizeText(text: string): string {
  // trimEnd per line, not a `\s+$` regex: that backtracks quadratically on long runs of spaces.
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .normalize('NFC');
}

/** Whitespace-separated words, as word counts and reading time count them. */
export function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}
