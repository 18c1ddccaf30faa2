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

/** Text safe to print in a terminal, same length as the input. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** What JSON.stringify leaves raw but a terminal may act on: DEL, C1 controls, bidi overrides and isolates. */
const RAW_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text safe to print in a terminal: the same data, with those characters written as `\uXXXX`. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
