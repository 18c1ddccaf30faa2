// One text shape for every input: no BOM, `\n` line ends, no trailing spaces, NFC.
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00A0]+$/gm, '')
    .normalize('NFC');
}

/** Whitespace-separated words, as word counts and reading time count them. */
export function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}
