import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where copies go: the terminal's clipboard (unless turned off) and the clippings file. */
export interface ClipboardOptions {
  /** OSC 52 to the terminal; off with --no-clipboard or READER_CLIPBOARD=off. */
  readonly osc52: boolean;
  /** The clippings file in the state folder, for terminals that ignore OSC 52. */
  readonly clippings: string;
  readonly write: (bytes: string) => void;
}

/**
 * Copies text: an OSC 52 sequence the reader writes itself (the text goes base64-encoded, so
 * nothing in it reaches the terminal as a control), and a line appended to the clippings file.
 * Returns the footer's message.
 */
export function copyText(text: string, options: ClipboardOptions): string {
  if (options.osc52) options.write(`\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`);
  let kept = '';
  try {
    mkdirSync(dirname(options.clippings), { recursive: true });
    appendFileSync(options.clippings, `${text}\n\n`);
    kept = ` (and in ${options.clippings})`;
  } catch (error) {
    kept = ` (clippings file not written: ${error instanceof Error ? error.message : String(error)})`;
  }
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `${options.osc52 ? 'copied' : 'clipboard off; kept'}: ${shown}${kept}`;
}
