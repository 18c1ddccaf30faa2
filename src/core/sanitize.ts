// Article text is untrusted: before it reaches a terminal, every control character becomes a
// visible symbol. The mapping is one UTF-16 unit for one, so offsets into the text stay valid.

/** C0 controls (but newline), DEL, C1 controls, bidi overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x09) return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ ␇ ␍ ␈ ...
  if (code === 0x7f) return '\u2421'; // ␡
  return '\uFFFD';
}

// Widths. Ink gives every grapheme cluster max(1, string-width) cells; most terminals (xterm, tmux,
// VTE) add up code points. Where the two disagree, a row comes out wider or narrower than its box
// and the frame breaks. These get rewritten, one UTF-16 unit for one, so both count the same:
// - invisible format characters (soft hyphen, zero-width space, LRM/RLM, word joiner, BOM): each is a
//   cluster of its own, one cell to Ink and none to a terminal;
// - VS16 (`❤️` is two columns to Ink, one to a terminal), skin-tone modifiers (`👍🏽` is two to Ink,
//   four to a terminal) and joiners in emoji clusters (a family of four shows as its four people);
// - a combining mark with nothing (or a flag) before it.
// Each becomes U+034F (combining grapheme joiner: no column anywhere, part of the cluster before it),
// or a space where nothing comes before it. The text itself keeps them; only the screen changes.
const INVISIBLE = '\u00AD\u061C\u180E\u200B\u200E\u200F\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB';
const WIDTH_DISPUTED = new RegExp(
  `[${INVISIBLE}\\uFE0F\\u{1F3FB}-\\u{1F3FF}]` +
    // A joiner inside an emoji cluster: the emoji, then only marks, modifiers, tags or invisible characters
    // (a bounded look back: a megabyte of joiners stays linear).
    `|(?<=\\p{Extended_Pictographic}[^\\p{L}\\p{N}\\p{P}\\p{Sm}\\p{Sc}\\p{So}\\p{Z}\\n]{0,10})\\u200D` +
    `|(?<=^|\\n|\\p{Regional_Indicator})[\\p{M}\\u200C\\u200D]`,
  'gu',
);
const JOINER = '\u034F';

// At the start, after a newline, or after a flag letter (the joiner would undo the flag: two
// letters, one column to Ink), a space instead of the joiner.
function agreedWidth(seq: string, at: number, text: string): string {
  const before = at === 0 ? 0x0a : text.charCodeAt(at - 1);
  const flag = before >= 0xdde6 && before <= 0xddff && text.charCodeAt(at - 2) === 0xd83c;
  if (before === 0x0a || flag) return seq.length === 1 ? ' ' : ' ' + JOINER.repeat(seq.length - 1);
  return seq.length === 1 ? JOINER : JOINER.repeat(seq.length);
}

/** Text safe to print in a terminal, same length as the input, as wide on screen as Ink lays it out. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible).replace(WIDTH_DISPUTED, agreedWidth);
}

/** What JSON.stringify leaves raw but a terminal may act on: DEL, C1 controls, bidi overrides and isolates. */
const RAW_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text safe to print in a terminal: the same data, with those characters written as `\uXXXX`. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
