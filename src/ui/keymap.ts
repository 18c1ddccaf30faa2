// Keys are data: one table maps a key in a mode to an action. The help overlay and the footer hints
// are generated from it, so what help says and what keys do cannot drift apart.
import type { Key } from 'ink';
import type { PaneId } from '../core/reader/layout.js';
import type { Action, Mode } from '../core/reader/state.js';

/** Where a footer hint shows: a focused pane, or a mode that takes the keys. */
export type HintPlace = PaneId | 'search' | 'sections' | 'help' | 'problems' | 'note' | 'bookmarks' | 'confirm' | 'finder' | 'person';

/** A footer hint: where it shows, its label, and how much it matters (0 always shows; higher ranks go first when the footer is narrow). */
export interface Hint {
  readonly places: readonly HintPlace[];
  readonly label: string;
  readonly rank: 0 | 1 | 2 | 3;
  /** Shown only when the corpus has sections. */
  readonly needsSections?: boolean;
  /** Shown only when some file was not loaded or not analysed. */
  readonly needsProblems?: boolean;
}

/** One row of the key table. */
export interface KeyBinding {
  /** The keys as help shows them. */
  readonly keys: string;
  /** What they do, as help shows it. */
  readonly does: string;
  /** Modes the binding works in. */
  readonly modes: readonly Mode[];
  /** Whether a key press is this binding (never, for keys a widget handles itself: typing, the menu's keys). */
  readonly match: (input: string, key: Key) => boolean;
  /** The action (it may depend on the key typed). */
  readonly action: (input: string) => Action;
  /** Footer hints for it. */
  readonly hints?: readonly Hint[];
}

const PANE_KEYS: Readonly<Record<string, PaneId>> = { 1: 'list', 2: 'reader', 3: 'quotes', 4: 'facts' };
const ALL: readonly PaneId[] = ['list', 'reader', 'quotes', 'facts'];
const plain = (key: Key) => !key.ctrl && !key.meta;
const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && input === letter;
const is = (...chars: string[]) => (input: string, key: Key) => plain(key) && chars.includes(input);
const act = (action: Action) => () => action;
const never = () => false;
const PROBLEM_SCROLLS: Readonly<Record<string, Action>> = Object.fromEntries(([
  [['j', 'down'], 1, 'row'], [['k', 'up'], -1, 'row'], [[' ', 'pagedown'], 1, 'page'], [['b', 'pageup'], -1, 'page'],
  [['g', 'home'], -Infinity, 'row'], [['G', 'end'], Infinity, 'row'],
] as const).flatMap(([names, delta, unit]) => names.map((name) => [name, { type: 'problems-scroll', delta, unit }])));
const hint = (places: readonly HintPlace[], label: string, rank: Hint['rank']): Hint => ({ places, label, rank });

/** The key table. Order matters only for help and the footer; no two rows match the same key in one mode. */
export const KEYMAP: readonly KeyBinding[] = [
  { keys: 'Tab / Shift-Tab', does: 'next / previous pane', modes: ['normal'], match: (_, k) => k.tab, action: (input) => ({ type: input === 'shift-tab' ? 'focus-prev' : 'focus-next' }) },
  { keys: '1 2 3 4', does: 'focus list, reader, quotes, facts', modes: ['normal'], match: is('1', '2', '3', '4'), action: (input) => ({ type: 'focus', pane: PANE_KEYS[input]! }), hints: [hint(ALL, '1-4 pane', 2)] },
  { keys: 'j k, Down Up, Ctrl-E Ctrl-Y', does: 'a line down / up in the reader; move in the other panes', modes: ['normal'], match: (input, k) => k.downArrow || k.upArrow || is('j', 'k')(input, k) || ctrl('e')(input, k) || ctrl('y')(input, k), action: (input) => ({ type: 'move', delta: input === 'k' || input === 'up' || input === 'y' ? -1 : 1 }), hints: [hint(ALL, 'j/k move', 3)] },
  { keys: 'Ctrl-D Ctrl-U', does: 'half a page down / up', modes: ['normal'], match: (input, k) => ctrl('d')(input, k) || ctrl('u')(input, k), action: (input) => ({ type: 'page', dir: input === 'u' ? -1 : 1, half: true }) },
  { keys: 'Space b, PgDn PgUp, Ctrl-F Ctrl-B', does: 'page down / up (Space on the last page: next article)', modes: ['normal'], match: (input, k) => k.pageDown || k.pageUp || is(' ', 'b')(input, k) || ctrl('f')(input, k) || ctrl('b')(input, k), action: (input) => ({ type: 'page', dir: input === 'b' || input === 'pageup' ? -1 : 1, nextAtEnd: input === ' ' }), hints: [hint(['reader'], 'Space page', 2)] },
  { keys: '{ }', does: 'previous / next paragraph', modes: ['normal'], match: is('{', '}'), action: (input) => ({ type: 'paragraph', dir: input === '{' ? -1 : 1 }) },
  { keys: 'g G, Home End', does: 'top / bottom', modes: ['normal'], match: (input, k) => k.home || k.end || is('g', 'G')(input, k), action: (input) => ({ type: 'edge', to: input === 'G' || input === 'end' ? 'bottom' : 'top' }) },
  { keys: 'J K, ] [', does: 'next / previous article in the list', modes: ['normal'], match: is('J', 'K', ']', '['), action: (input) => ({ type: 'article', dir: input === 'K' || input === '[' ? -1 : 1 }), hints: [hint(['reader', 'quotes', 'facts'], 'J/K article', 1)] },
  { keys: 'Enter', does: 'open the article / jump to the quote or fact', modes: ['normal'], match: (_, k) => k.return, action: act({ type: 'enter' }), hints: [hint(['list'], 'Enter open', 1), hint(['quotes', 'facts'], 'Enter jump', 1)] },
  { keys: 'Backspace, Ctrl-O', does: 'back to where you were before the last jump', modes: ['normal'], match: (input, k) => k.backspace || k.delete || ctrl('o')(input, k), action: act({ type: 'back' }), hints: [hint(['reader'], 'Bksp back', 2)] },
  { keys: 's', does: 'sections: show one section in the list, or all', modes: ['normal'], match: is('s'), action: act({ type: 'sections-open' }), hints: [{ ...hint(['list'], 's sections', 1), needsSections: true }] },
  { keys: '/', does: 'search (the previous query comes back; typing replaces it)', modes: ['normal'], match: is('/'), action: act({ type: 'search-open' }), hints: [hint(ALL, '/ search', 1)] },
  { keys: 'n N', does: 'next / previous search hit, one by one (on into other articles)', modes: ['normal'], match: is('n', 'N'), action: (input) => ({ type: 'next-hit', dir: input === 'N' ? -1 : 1 }), hints: [hint(['reader'], 'n/N hit', 1)] },
  { keys: 'Esc', does: 'highlights off (n/N still walk the search), then marks off', modes: ['normal'], match: (_, k) => k.escape, action: act({ type: 'escape' }) },
  { keys: 'u', does: 'mark read / unread (the list\'s article, or the open one)', modes: ['normal'], match: is('u'), action: act({ type: 'toggle-read' }), hints: [hint(['list'], 'u read/unread', 2)] },
  { keys: 'U', does: 'show only unread articles, or all again', modes: ['normal'], match: is('U'), action: act({ type: 'unread-only' }), hints: [hint(['list'], 'U unread only', 3)] },
  { keys: '.', does: 'open the next unread article', modes: ['normal'], match: is('.'), action: act({ type: 'next-unread' }), hints: [hint(['list', 'reader'], '. next unread', 2)] },
  { keys: 'A', does: 'mark every article in the list read (asks first)', modes: ['normal'], match: is('A'), action: act({ type: 'mark-all' }) },
  { keys: 'm', does: 'bookmark the paragraph, quote or fact under the cursor, with a note', modes: ['normal'], match: is('m'), action: act({ type: 'bookmark' }), hints: [hint(['reader', 'quotes', 'facts'], 'm mark', 2)] },
  { keys: 'B', does: 'every bookmark of the archive', modes: ['normal'], match: is('B'), action: act({ type: 'bookmarks-open' }), hints: [hint(ALL, 'B bookmarks', 3)] },
  { keys: 'p', does: 'people: everyone quoted in the archive; Enter shows their quotes', modes: ['normal'], match: is('p'), action: act({ type: 'finder-open', kind: 'people' }), hints: [hint(ALL, 'p people', 3)] },
  { keys: 'i', does: 'names: everyone and everything named; Enter keeps the list to their stories', modes: ['normal'], match: is('i'), action: act({ type: 'finder-open', kind: 'names' }) },
  { keys: 'y', does: 'copy the quote under the cursor with its citation (clipboard and clippings file)', modes: ['normal'], match: is('y'), action: act({ type: 'copy' }), hints: [hint(['quotes'], 'y copy', 1)] },
  { keys: 'e', does: 'the files not loaded or not analysed, and why', modes: ['normal'], match: is('e'), action: act({ type: 'problems-open' }), hints: [{ ...hint(ALL, 'e errors', 1), needsProblems: true }] },
  { keys: '?', does: 'this help (j/k scroll it, any other key closes it)', modes: ['normal'], match: is('?'), action: act({ type: 'help-open' }), hints: [hint(ALL, '? help', 0)] },
  { keys: 'Ctrl-Z', does: 'suspend to the shell (fg comes back)', modes: ['normal', 'search'], match: ctrl('z'), action: act({ type: 'suspend' }) },
  { keys: 'q, Ctrl-C', does: 'quit (Ctrl-C from anywhere)', modes: ['normal'], match: (input, k) => is('q')(input, k) || ctrl('c')(input, k), action: act({ type: 'quit' }), hints: [hint(ALL, 'q quit', 0)] },
  // Search box: ink-text-input types every printable key; these are the others.
  { keys: 'type', does: 'every key types, q j k and digits too', modes: ['search'], match: never, action: (input) => ({ type: 'search-edit', edit: { kind: 'insert', text: input } }), hints: [hint(['search'], 'type to search', 3)] },
  { keys: 'Up Down', does: 'choose a result', modes: ['search'], match: (_, k) => k.upArrow || k.downArrow, action: (input) => ({ type: 'search-select', delta: input === 'up' ? -1 : 1 }), hints: [hint(['search'], '↑↓ choose', 1)] },
  { keys: 'PgUp PgDn', does: 'a page of results', modes: ['search'], match: (_, k) => k.pageUp || k.pageDown, action: (input) => ({ type: 'search-select', delta: input === 'pageup' ? -10 : 10 }) },
  { keys: 'Enter', does: 'open the result', modes: ['search'], match: (_, k) => k.return, action: act({ type: 'search-submit' }), hints: [hint(['search'], 'Enter open', 0)] },
  { keys: 'Esc', does: 'close, keep the search (n/N walk its hits)', modes: ['search'], match: (_, k) => k.escape, action: act({ type: 'search-close' }), hints: [hint(['search'], 'Esc close', 0)] },
  { keys: 'Tab', does: 'search the section shown, or every article', modes: ['search'], match: (_, k) => k.tab, action: act({ type: 'search-scope' }), hints: [hint(['search'], 'Tab section/all', 2)] },
  { keys: 'Left Right Home End', does: 'move in the query', modes: ['search'], match: (_, k) => k.leftArrow || k.rightArrow || k.home || k.end, action: (input) => ({ type: 'search-edit', edit: { kind: input === 'left' ? 'left' : input === 'right' ? 'right' : input === 'home' ? 'home' : 'end' } }) },
  { keys: 'Backspace', does: 'delete a character', modes: ['search'], match: (_, k) => k.backspace || k.delete, action: act({ type: 'search-edit', edit: { kind: 'backspace' } }) },
  { keys: 'Ctrl-U', does: 'clear the query', modes: ['search'], match: ctrl('u'), action: act({ type: 'search-edit', edit: { kind: 'clear' } }), hints: [hint(['search'], 'Ctrl-U clear', 2)] },
  { keys: 'Ctrl-W', does: 'delete a word', modes: ['search'], match: ctrl('w'), action: act({ type: 'search-edit', edit: { kind: 'delete-word' } }), hints: [hint(['search'], 'Ctrl-W word', 3)] },
  { keys: 'Ctrl-C', does: 'quit', modes: ['search', 'sections', 'problems', 'note', 'bookmarks', 'confirm', 'finder', 'person'], match: ctrl('c'), action: act({ type: 'quit' }) },
  // The people and names views: typing filters; arrows move.
  { keys: 'Up Down, Ctrl-P Ctrl-N', does: 'move', modes: ['finder'], match: (input, k) => k.upArrow || k.downArrow || ctrl('p')(input, k) || ctrl('n')(input, k), action: (input) => ({ type: 'finder-move', delta: input === 'up' || input === 'p' ? -1 : 1 }), hints: [hint(['finder'], '↑↓ move', 1)] },
  { keys: 'PgUp PgDn', does: 'a page', modes: ['finder'], match: (_, k) => k.pageUp || k.pageDown, action: (input) => ({ type: 'finder-move', delta: input === 'pageup' ? -20 : 20 }) },
  { keys: 'Enter', does: 'a person\'s quotes; a name\'s stories in the list', modes: ['finder'], match: (_, k) => k.return, action: act({ type: 'finder-enter' }), hints: [hint(['finder'], 'Enter choose', 0)] },
  { keys: 'Esc', does: 'clear the filter, then close', modes: ['finder'], match: (_, k) => k.escape, action: act({ type: 'finder-escape' }), hints: [hint(['finder'], 'Esc clear/close', 0)] },
  { keys: 'Backspace', does: 'delete a character', modes: ['finder'], match: (_, k) => k.backspace || k.delete, action: act({ type: 'finder-back' }) },
  { keys: 'Ctrl-U', does: 'clear the filter', modes: ['finder'], match: ctrl('u'), action: act({ type: 'finder-edit', edit: { kind: 'clear' } }) },
  { keys: 'type', does: 'filter', modes: ['finder'], match: (input, k) => plain(k) && input !== '' && !k.tab && !KEY_CHARS.test(input) && !/[\r\n\t]/.test(input), action: (input) => ({ type: 'finder-edit', edit: { kind: 'insert', text: input } }), hints: [hint(['finder'], 'type to filter', 2)] },
  // One person's quotes.
  { keys: 'j k, Down Up', does: 'move', modes: ['person'], match: (input, k) => k.upArrow || k.downArrow || is('j', 'k')(input, k), action: (input) => ({ type: 'finder-move', delta: input === 'k' || input === 'up' ? -1 : 1 }), hints: [hint(['person'], 'j/k move', 2)] },
  { keys: 'Space b, PgDn PgUp', does: 'a page', modes: ['person'], match: (input, k) => k.pageUp || k.pageDown || is(' ', 'b')(input, k), action: (input) => ({ type: 'finder-move', delta: input === 'b' || input === 'pageup' ? -5 : 5 }) },
  { keys: 'Enter', does: 'open the article at the quote', modes: ['person'], match: (_, k) => k.return, action: act({ type: 'finder-enter' }), hints: [hint(['person'], 'Enter open', 0)] },
  { keys: 'y', does: 'copy the quote with its citation', modes: ['person'], match: is('y'), action: act({ type: 'copy' }), hints: [hint(['person'], 'y copy', 0)] },
  { keys: 'Backspace, Esc, q', does: 'back to the people', modes: ['person'], match: (input, k) => k.backspace || k.delete || k.escape || is('q')(input, k), action: act({ type: 'finder-back' }), hints: [hint(['person'], 'Bksp back', 0)] },
  // A bookmark's note: one line, typed in the footer.
  { keys: 'Enter', does: 'make the bookmark (the note may stay empty)', modes: ['note'], match: (_, k) => k.return, action: act({ type: 'note-save', at: '' }), hints: [hint(['note'], 'Enter save', 0)] },
  { keys: 'Esc', does: 'no bookmark', modes: ['note'], match: (_, k) => k.escape, action: act({ type: 'note-cancel' }), hints: [hint(['note'], 'Esc cancel', 0)] },
  { keys: 'Backspace', does: 'delete a character', modes: ['note'], match: (_, k) => k.backspace || k.delete, action: act({ type: 'note-edit', edit: { kind: 'backspace' } }) },
  { keys: 'Left Right Home End', does: 'move in the note', modes: ['note'], match: (_, k) => k.leftArrow || k.rightArrow || k.home || k.end, action: (input) => ({ type: 'note-edit', edit: { kind: input === 'left' ? 'left' : input === 'right' ? 'right' : input === 'home' ? 'home' : 'end' } }) },
  { keys: 'Ctrl-U', does: 'clear the note', modes: ['note'], match: ctrl('u'), action: act({ type: 'note-edit', edit: { kind: 'clear' } }) },
  { keys: 'type', does: 'the note', modes: ['note'], match: (input, k) => plain(k) && input !== '' && !k.tab && !k.upArrow && !k.downArrow && !KEY_CHARS.test(input) && !/[\r\n\t]/.test(input), action: (input) => ({ type: 'note-edit', edit: { kind: 'insert', text: input } }) },
  // The bookmarks list.
  { keys: 'j k, Down Up', does: 'move', modes: ['bookmarks'], match: (input, k) => k.downArrow || k.upArrow || is('j', 'k')(input, k), action: (input) => ({ type: 'bookmarks-move', delta: input === 'k' || input === 'up' ? -1 : 1 }), hints: [hint(['bookmarks'], 'j/k move', 2)] },
  { keys: 'g G', does: 'first / last bookmark', modes: ['bookmarks'], match: (input, k) => k.home || k.end || is('g', 'G')(input, k), action: (input) => ({ type: 'bookmarks-move', delta: input === 'G' || input === 'end' ? Infinity : -Infinity }) },
  { keys: 'Enter', does: 'go to the bookmark', modes: ['bookmarks'], match: (_, k) => k.return, action: act({ type: 'bookmarks-go' }), hints: [hint(['bookmarks'], 'Enter go', 0)] },
  { keys: 'd', does: 'delete the bookmark', modes: ['bookmarks'], match: is('d'), action: act({ type: 'bookmarks-delete' }), hints: [hint(['bookmarks'], 'd delete', 1)] },
  { keys: 'Esc, q, B', does: 'close', modes: ['bookmarks'], match: (input, k) => k.escape || is('q', 'B')(input, k), action: act({ type: 'bookmarks-close' }), hints: [hint(['bookmarks'], 'Esc close', 0)] },
  // A yes/no question (A): y answers yes, anything else no.
  { keys: 'y', does: 'yes', modes: ['confirm'], match: is('y', 'Y'), action: act({ type: 'answer', yes: true }), hints: [hint(['confirm'], 'y yes', 0)] },
  { keys: 'any other key', does: 'no', modes: ['confirm'], match: (input, k) => !is('y', 'Y')(input, k), action: act({ type: 'answer', yes: false }), hints: [hint(['confirm'], 'any other key: no', 0)] },
  // Sections menu: ink-select-input takes its own keys (numbers, arrows, j k, Enter); the app only closes it.
  // Numbers are read here as well as by the menu: a number typed the moment the menu shows, before the
  // menu listens, still chooses (choosing twice is the same choice).
  { keys: '1-9', does: 'choose', modes: ['sections'], match: (input, k) => plain(k) && /^[1-9]$/.test(input), action: (input) => ({ type: 'sections-choose', number: Number(input) }), hints: [hint(['sections'], '1-9 choose', 1)] },
  { keys: 'Up Down, j k', does: 'move', modes: ['sections'], match: never, action: act({ type: 'sections-close' }), hints: [hint(['sections'], '↑↓ move', 2)] },
  { keys: 'Enter', does: 'choose', modes: ['sections'], match: never, action: act({ type: 'sections-close' }), hints: [hint(['sections'], 'Enter choose', 0)] },
  { keys: 'Esc, s', does: 'close', modes: ['sections'], match: (input, k) => k.escape || is('s')(input, k), action: act({ type: 'sections-close' }), hints: [hint(['sections'], 'Esc close', 0)] },
  // Errors list: it scrolls; any other key closes it.
  { keys: 'j k g G, arrows, pages', does: 'scroll', modes: ['problems'], match: (input, k) => k.upArrow || k.downArrow || k.pageUp || k.pageDown || k.home || k.end || is('j', 'k', 'g', 'G', ' ', 'b')(input, k), action: (input) => PROBLEM_SCROLLS[input]!, hints: [hint(['problems'], 'j/k scroll', 1)] },
  { keys: 'any other key', does: 'closes it', modes: ['problems'], match: never, action: act({ type: 'problems-close' }), hints: [hint(['problems'], 'any other key closes', 0)] },
];

/** Terminal replies that arrive as text (focus in/out, bracketed paste marks): never keys. */
const TERMINAL_REPLIES = /^(\[I|\[O|\[200~|\[201~)$/;
/** Ctrl-letters and Backspace inside text read at once (not Tab or line breaks, which a paste may hold). */
const KEY_CHARS = /[\x01-\x08\x0b\x0c\x0e-\x1a\x7f]/;

/** Ink gives arrows and the like an empty `input`; the table's actions read this name instead. */
function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.shift && key.tab) return 'shift-tab';
  return input;
}

/**
 * Text that one key press types into the search box, which ink-text-input inserts itself: plain
 * printable keys and pasted text. Null for every other key (the table handles those, and the box's
 * own reaction to them, such as `u` for Ctrl-U, is ignored).
 */
export function typedText(mode: Mode, input: string, key: Key): string | null {
  if (mode !== 'search' || !input || key.ctrl || key.meta || key.escape || TERMINAL_REPLIES.test(input)) return null;
  if (/[\r\n]$/.test(input) || KEY_CHARS.test(input) || KEYMAP.some((b) => b.modes.includes(mode) && b.match(input, key))) return null;
  return input;
}

/** The actions one key press (or one burst of typed or pasted text) causes in a mode. */
export function actionsFor(mode: Mode, input: string, key: Key): Action[] {
  if (TERMINAL_REPLIES.test(input)) return [];
  // Keys read together while help or the errors list is open (a held j, `x/` typed fast): each acts
  // in turn, and those after the one that closes the overlay act in the reader.
  if ((mode === 'help' || mode === 'problems') && input.length > 1 && !key.ctrl && !key.meta) {
    const chars = [...input];
    const out: Action[] = [];
    for (let i = 0; i < chars.length; i++) {
      const actions = actionsFor(mode, ...keyOf(chars[i]!, key));
      out.push(...actions);
      if (actions.some((a) => a.type === 'help-close' || a.type === 'problems-close' || a.type === 'quit')) {
        const rest = chars.slice(i + 1).join('');
        if (rest && !actions.some((a) => a.type === 'quit')) out.push(...actionsFor('normal', rest, key));
        break;
      }
    }
    return out;
  }
  if (mode === 'help') {
    if (ctrl('c')(input, key)) return [{ type: 'quit' }];
    const scroll = PROBLEM_SCROLLS[keyName(input, key)];
    return [scroll?.type === 'problems-scroll' ? { type: 'help-scroll', delta: scroll.delta, unit: scroll.unit } : { type: 'help-close' }];
  }
  if (mode === 'problems') {
    const binding = KEYMAP.find((b) => b.modes.includes(mode) && b.match(input, key));
    return [binding ? binding.action(keyName(input, key)) : { type: 'problems-close' }];
  }
  const found = KEYMAP.find((b) => b.modes.includes(mode) && b.match(input, key));
  if (found) {
    return [found.action(keyName(input, key))];
  }
  if (mode === 'search') {
    // Typed or pasted text, whatever it is; control keys that nothing binds are dropped.
    if (key.ctrl || key.meta || key.escape || !input) return [];
    // Keys read together with text (Ctrl-U then a letter, typed fast): each key acts in its place.
    if (input.length > 1 && KEY_CHARS.test(input)) return searchBurst(input, key);
    // Typed fast and read at once: "word" then Enter.
    if (/^[^\r\n]+\r$/.test(input)) return [{ type: 'search-edit', edit: { kind: 'insert', text: input.slice(0, -1) } }, { type: 'search-submit' }];
    return [{ type: 'search-edit', edit: { kind: 'insert', text: input } }];
  }
  // A burst of keys read at once ("jjj"): each one is a key press of its own.
  if (input.length > 1 && !key.ctrl && !key.meta) return burst(mode, input, key);
  return [];
}

/** The mode an action leads to, for the keys read with it (the reducer may still refuse). */
const MODE_AFTER: Partial<Record<Action['type'], Mode>> = {
  bookmark: 'note', 'note-save': 'normal', 'note-cancel': 'normal', 'bookmarks-open': 'bookmarks', 'bookmarks-close': 'normal',
  'bookmarks-go': 'normal', 'mark-all': 'confirm', answer: 'normal', 'finder-open': 'finder', 'finder-enter': 'person',
};

/** Keys read together, one by one; after `/` the rest is typed into the search box. */
function burst(start: Mode, input: string, key: Key): Action[] {
  const chars = [...input];
  const out: Action[] = [];
  let mode = start;
  for (let i = 0; i < chars.length; i++) {
    const [ch, k] = keyOf(chars[i]!, key);
    const actions = actionsFor(mode, ch, k);
    out.push(...actions);
    for (const a of actions) mode = MODE_AFTER[a.type] ?? mode;
    if (actions.some((a) => a.type === 'search-open')) {
      const rest = chars.slice(i + 1).join('');
      if (rest) out.push({ type: 'search-edit', edit: { kind: 'insert', text: rest } });
      break;
    }
    // `s2` read at once: the menu is not drawn yet, so the number chooses here.
    if (actions.some((a) => a.type === 'sections-open') && /^[1-9]$/.test(chars[i + 1] ?? '')) {
      out.push({ type: 'sections-choose', number: Number(chars[i + 1]) });
      break;
    }
    // Help and the menu take the next keys themselves; after quit nothing matters.
    if (actions.some((a) => a.type === 'help-open' || a.type === 'sections-open' || a.type === 'quit')) break;
  }
  return out;
}

/** Text and control keys read together in the search box, in order. */
function searchBurst(input: string, key: Key): Action[] {
  return input.split(new RegExp(`(${KEY_CHARS.source})`)).flatMap((part) => {
    if (!part) return [];
    return KEY_CHARS.test(part) ? actionsFor('search', ...keyOf(part, key)) : actionsFor('search', part, key);
  });
}

/** One character of a burst as Ink would have parsed it alone (Enter, Tab, Backspace, Ctrl-letter). */
function keyOf(ch: string, base: Key): [string, Key] {
  const k = { ...base, shift: /[A-Z]/.test(ch) };
  if (ch === '\r' || ch === '\n') return ['', { ...k, return: true }];
  if (ch === '\t') return ['', { ...k, tab: true }];
  if (ch === '\x7f' || ch === '\b') return ['', { ...k, backspace: true }];
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...k, ctrl: true }];
  return [ch, k];
}

/** One block of the help overlay. */
export interface HelpSection {
  readonly title: string;
  readonly rows: readonly { readonly keys: string; readonly does: string }[];
}

/** The help overlay, generated from the table: the normal keys, then the search box's and the menu's. */
export function helpSections(): readonly HelpSection[] {
  const rows = (mode: Mode) => KEYMAP.filter((b) => b.modes.includes(mode) && !['type', 'Ctrl-Z', 'Ctrl-C'].includes(b.keys)).map(({ keys, does }) => ({ keys, does }));
  const typing = KEYMAP.find((b) => b.keys === 'type' && b.modes.includes('search'))!;
  return [
    { title: 'Keys', rows: KEYMAP.filter((b) => b.modes.includes('normal')).map(({ keys, does }) => ({ keys, does })) },
    { title: `Search box (${typing.does}):`, rows: rows('search') },
    { title: 'Sections menu:', rows: rows('sections') },
    { title: 'Errors list (e):', rows: rows('problems') },
    { title: 'Bookmarks list (B):', rows: rows('bookmarks') },
    { title: 'Bookmark note (m):', rows: rows('note') },
    { title: 'Mark all read (A) asks:', rows: rows('confirm') },
    { title: 'People (p) and names (i), typing filters:', rows: rows('finder') },
    { title: 'A person\'s quotes:', rows: rows('person') },
  ];
}

/** The footer's hints for a focused pane or a mode, generated from the table: the place's own keys first. */
export function footerHints(place: HintPlace, hasSections = true, hasProblems = false): readonly Hint[] {
  const hints = KEYMAP.flatMap((b) => (b.hints ?? []).filter((h) => h.places.includes(place) && (hasSections || !h.needsSections) && (hasProblems || !h.needsProblems)));
  return [...hints.filter((h) => h.places.length < ALL.length), ...hints.filter((h) => h.places.length === ALL.length)];
}
