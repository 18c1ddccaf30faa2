// Estimates between two numbers: `four or five`, `two or three weeks`.
import { type Amount, type FigureContext, readAmount } from './read-amount.js';
import type { RawFact, Skip } from './raw-fact.js';
import { readDate } from './read-date.js';

type ReadFigure = (context: FigureContext, i: number) => RawFact | Skip | undefined;

/** `four or five` after the first number, as a range with both ends; undefined when no `or` and larger number follow. */
export function readEstimate(context: FigureContext, first: Amount, readFigure: ReadFigure): RawFact | undefined {
  const { tokens } = context;
  const or = tokens[first.to];
  if (or?.type !== 'word' || or.text !== 'or' || first.currency !== undefined || first.value >= 1000) return undefined;
  const second = readAmount(context, first.to + 1);
  // The same way of writing, rising (`four or five`, `10 or 12`): `2004 or 2005` and `one or the other` stay out.
  if (!second || second.words !== first.words || second.value <= first.value || second.value >= 1000 || second.currency !== undefined) return undefined;
  // `16 or 17 March` is a date, `505 or 0800` a phone number.
  if (readDate(tokens, first.to + 1) || second.digits?.startsWith('0')) return undefined;
  const end = readFigure(context, first.to + 1);
  const figure = end && !('skip' in end) && end.kind !== 'date' && end.kind !== 'range' ? end : undefined;
  return {
    kind: 'range', from: first.from, to: figure?.to ?? second.to, value: null, first: first.value, second: second.value,
    ...(figure?.unit !== undefined ? { unit: figure.unit } : {}),
  };
}
