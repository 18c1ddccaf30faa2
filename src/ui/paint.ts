// Styles text into one ANSI string, as Ink's <Text> would: rows drawn as one string per line need
// far fewer React elements (the first frame and every keystroke's frame cost less).
import chalk, { type ChalkInstance } from 'chalk';
import type { TextProps } from 'ink';

type Colour = (text: string) => string;

function colour(name: string, background: boolean): Colour | null {
  const key = background ? `bg${name[0]!.toUpperCase()}${name.slice(1)}` : name;
  const fn = (chalk as unknown as Record<string, unknown>)[key];
  return typeof fn === 'function' ? (fn as ChalkInstance) : null;
}

/** `text` with the styles of Ink text props (colour names, bold, italic, underline, inverse, dim). */
export function paint(text: string, props: TextProps): string {
  if (!text) return text;
  let out = text;
  if (props.color) out = colour(props.color, false)?.(out) ?? out;
  if (props.backgroundColor) out = colour(props.backgroundColor, true)?.(out) ?? out;
  if (props.dimColor) out = chalk.dim(out);
  if (props.bold) out = chalk.bold(out);
  if (props.italic) out = chalk.italic(out);
  if (props.underline) out = chalk.underline(out);
  if (props.inverse) out = chalk.inverse(out);
  return out;
}
