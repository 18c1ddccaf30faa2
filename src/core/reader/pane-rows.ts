// Row layout of the quotes and facts panes, shared by the reducer (to scroll) and the views (to draw).
import type { Analysis, Quote } from '../article.js';
import { FACT_GROUP_TITLES, factItems, quoteOrder, type FactItem } from './fact-groups.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { wrapText } from './wrap-text.js';

/** A quotation's text lines shown at most; longer ones end in an ellipsis. */
export const QUOTE_LINES = 3;

/** One drawn row of the quotes pane. */
export type QuoteRow =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly item: number; readonly text: string; readonly first: boolean; readonly last: boolean; readonly cut: boolean }
  | { readonly kind: 'speaker'; readonly item: number; readonly speaker: string | null; readonly cue: string | null; readonly continued?: boolean; readonly wrapped?: boolean };

/** A quote shown whole (the one under the cursor while the pane is focused), up to `lines` text lines. */
export interface OpenQuote {
  readonly item: number;
  readonly lines: number;
}

/** The rows of every quote at one width, and where each quote's own rows are (a heading before one is not its own). */
interface PlainQuoteRows {
  readonly rows: readonly QuoteRow[];
  /** First row of the quote at each position in quoteOrder. */
  readonly starts: readonly number[];
  /** The row after its last row. */
  readonly ends: readonly number[];
}

/** Per width: the plain rows, and the rows with the latest opened quote (the cursor moves often: one is kept). */
const quoteMemo = new WeakMap<Analysis, Map<number, { plain: PlainQuoteRows; open: { key: string; rows: readonly QuoteRow[] } | null }>>();

/** The quotes pane's rows at a width; `item` is the position in quoteOrder. */
export function quoteRows(analysis: Analysis | undefined, width: number, open: OpenQuote | null = null): readonly QuoteRow[] {
  if (!analysis) return [];
  let byWidth = quoteMemo.get(analysis);
  if (!byWidth) quoteMemo.set(analysis, (byWidth = new Map()));
  let known = byWidth.get(width);
  if (!known) byWidth.set(width, (known = { plain: plainQuoteRows(analysis, width), open: null }));
  const { rows, starts, ends } = known.plain;
  const index = open ? quoteOrder(analysis)[open.item] : undefined;
  if (!open || index === undefined) return rows;
  const key = `${open.item}:${open.lines}`;
  if (known.open?.key === key) return known.open.rows;
  // The open quote's rows take the place of its plain rows; the other quotes' rows are shared.
  const q = analysis.quotes[index]!;
  const opened = rows.slice(0, starts[open.item]).concat(
    quoteTextRows(q, open.item, width - 2, Math.max(QUOTE_LINES, open.lines)),
    speakerRows(q, open.item, width, true),
    rows.slice(ends[open.item]),
  );
  known.open = { key, rows: opened };
  return opened;
}

function plainQuoteRows(analysis: Analysis, width: number): PlainQuoteRows {
  const rows: QuoteRow[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const order = quoteOrder(analysis);
  order.forEach((index, item) => {
    const q = analysis.quotes[index]!;
    if (q.partial && (item === 0 || !analysis.quotes[order[item - 1]!]!.partial)) rows.push({ kind: 'heading', text: 'Partial quotes' });
    starts.push(rows.length);
    rows.push(...quoteTextRows(q, item, width - 2, QUOTE_LINES));
    rows.push(...speakerRows(q, item, width, false));
    ends.push(rows.length);
  });
  return { rows, starts, ends };
}

function quoteTextRows(q: Quote, item: number, width: number, maxLines: number): QuoteRow[] {
  const text = `“${sanitizeForTerminal(q.text.replace(/\s+/g, ' ').trim())}”`;
  const lines = wrapText(text, Math.max(4, width));
  const shown = lines.slice(0, maxLines);
  return shown.map((l, i) => {
    const cut = i === shown.length - 1 && lines.length > shown.length;
    return { kind: 'text', item, text: text.slice(l.start, cut ? Math.max(l.start, l.end - 1) : l.end) + (cut ? '…' : ''), first: i === 0, last: i === shown.length - 1, cut };
  });
}

// `— Speaker (cue)`: one row, cut by the view, except for the open quote, whose speaker wraps under
// its dash and whose cue moves to a row of its own when it does not fit.
function speakerRows(q: Quote, item: number, width: number, open: boolean): QuoteRow[] {
  const speaker = q.speaker ? sanitizeForTerminal(q.speaker) : null;
  if (!open || speaker === null) return [{ kind: 'speaker', item, speaker, cue: q.cue }];
  const room = Math.max(4, width - 2);
  const dashed = `— ${speaker}`;
  const rows: QuoteRow[] = wrapText(dashed, room).map((l, i) => ({
    kind: 'speaker', item, speaker: dashed.slice(i === 0 ? l.start + 2 : l.start, l.end), cue: null, continued: i > 0, wrapped: true,
  }));
  const last = rows[rows.length - 1] as Extract<QuoteRow, { kind: 'speaker' }>;
  const lastWidth = (last.speaker ?? '').length + (last.continued ? 0 : 2);
  if (q.cue && lastWidth + q.cue.length + 3 <= room) rows[rows.length - 1] = { ...last, cue: q.cue };
  else if (q.cue) rows.push({ kind: 'speaker', item, speaker: '', cue: q.cue, continued: true, wrapped: true });
  return rows;
}

/** One drawn row of the facts pane. */
export type FactRow =
  | { readonly kind: 'heading'; readonly text: string; readonly count: number }
  | {
      readonly kind: 'item'; readonly item: number; readonly fact: FactItem; readonly text: string; readonly last: boolean;
      /** Where the figure or name ends in `text`: what follows is its context. */
      readonly labelEnd: number;
    };

const factMemo = new WeakMap<Analysis, readonly FactRow[]>();

/** The facts pane's rows: a heading per non-empty group, then its items; the `open` item wraps to `width` (its count may then be cut). */
export function factRows(analysis: Analysis | undefined, width = Infinity, open: number | null = null): readonly FactRow[] {
  if (!analysis) return [];
  let rows = factMemo.get(analysis);
  if (!rows) {
    const items = factItems(analysis);
    const built: FactRow[] = [];
    items.forEach((fact, item) => {
      if (item === 0 || items[item - 1]!.group !== fact.group) {
        built.push({ kind: 'heading', text: FACT_GROUP_TITLES[fact.group], count: items.filter((f) => f.group === fact.group).length });
      }
      const label = sanitizeForTerminal(fact.label);
      built.push({ kind: 'item', item, fact, text: fact.context ? `${label} — ${sanitizeForTerminal(fact.context)}` : label, last: true, labelEnd: label.length });
    });
    factMemo.set(analysis, (rows = built));
  }
  const at = open === null ? -1 : rows.findIndex((r) => r.kind === 'item' && r.item === open);
  const row = rows[at];
  // A long name or figure under the cursor of a narrow pane shows whole, over as many rows as it needs.
  const count = row?.kind === 'item' && row.fact.mentions > 1 ? `  ×${row.fact.mentions}`.length : 0;
  if (!row || row.kind !== 'item' || row.text.length + count <= width - 2) return rows;
  const lines = wrapText(row.text, Math.max(4, width - 2));
  if (lines.length < 2) return rows;
  const parts = lines.map((l, i): FactRow => ({ ...row, text: row.text.slice(l.start, l.end), last: i === lines.length - 1, labelEnd: Math.max(0, Math.min(l.end, row.labelEnd) - l.start) }));
  return [...rows.slice(0, at), ...parts, ...rows.slice(at + 1)];
}

/** The first and last row of an item (a heading just before it counts as its first row). */
export function itemRowRange<R extends { readonly kind: string }>(rows: readonly R[], item: number): [number, number] {
  let first = -1;
  let last = -1;
  rows.forEach((r, i) => {
    if ('item' in r && r.item === item) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first > 0 && rows[first - 1]!.kind === 'heading') first--;
  return [Math.max(0, first), Math.max(0, last)];
}

/** The smallest change of `top` (a row) that shows rows `first..last` in `view` rows. */
export function keepRowsInView(top: number, first: number, last: number, view: number): number {
  if (first < top) return first;
  if (last >= top + view) return Math.min(first, last - view + 1);
  return top;
}
