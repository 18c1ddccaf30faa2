import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { actionsFor, footerHints, helpSections, KEYMAP, typedText } from '../../src/ui/keymap.js';

const key = (over: Partial<Key> = {}): Key => ({
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false, ...over,
});

describe('key table', () => {
  it('maps the normal-mode keys of the issue', () => {
    expect(actionsFor('normal', '', key({ tab: true }))).toEqual([{ type: 'focus-next' }]);
    expect(actionsFor('normal', '', key({ tab: true, shift: true }))).toEqual([{ type: 'focus-prev' }]);
    expect(actionsFor('normal', '3', key())).toEqual([{ type: 'focus', pane: 'quotes' }]);
    expect(actionsFor('normal', 'k', key())).toEqual([{ type: 'move', delta: -1 }]);
    expect(actionsFor('normal', '', key({ downArrow: true }))).toEqual([{ type: 'move', delta: 1 }]);
    expect(actionsFor('normal', 'G', key({ shift: true }))).toEqual([{ type: 'edge', to: 'bottom' }]);
    expect(actionsFor('normal', '', key({ home: true }))).toEqual([{ type: 'edge', to: 'top' }]);
    expect(actionsFor('normal', ' ', key())).toEqual([{ type: 'page', dir: 1, nextAtEnd: true }]);
    expect(actionsFor('normal', '', key({ pageUp: true }))).toEqual([{ type: 'page', dir: -1, nextAtEnd: false }]);
    expect(actionsFor('normal', 'f', key({ ctrl: true }))).toEqual([{ type: 'page', dir: 1, nextAtEnd: false }]);
    expect(actionsFor('normal', 'b', key({ ctrl: true }))).toEqual([{ type: 'page', dir: -1, nextAtEnd: false }]);
    expect(actionsFor('normal', 'd', key({ ctrl: true }))).toEqual([{ type: 'page', dir: 1, half: true }]);
    expect(actionsFor('normal', 'u', key({ ctrl: true }))).toEqual([{ type: 'page', dir: -1, half: true }]);
    expect(actionsFor('normal', 'e', key({ ctrl: true }))).toEqual([{ type: 'move', delta: 1 }]);
    expect(actionsFor('normal', 'y', key({ ctrl: true }))).toEqual([{ type: 'move', delta: -1 }]);
    expect(actionsFor('normal', '}', key())).toEqual([{ type: 'paragraph', dir: 1 }]);
    expect(actionsFor('normal', 'J', key({ shift: true }))).toEqual([{ type: 'article', dir: 1 }]);
    expect(actionsFor('normal', '[', key())).toEqual([{ type: 'article', dir: -1 }]);
    expect(actionsFor('normal', '', key({ delete: true }))).toEqual([{ type: 'back' }]);
    expect(actionsFor('normal', 'o', key({ ctrl: true }))).toEqual([{ type: 'back' }]);
    expect(actionsFor('normal', 'N', key({ shift: true }))).toEqual([{ type: 'next-hit', dir: -1 }]);
    expect(actionsFor('normal', 'q', key())).toEqual([{ type: 'quit' }]);
    expect(actionsFor('normal', 'c', key({ ctrl: true }))).toEqual([{ type: 'quit' }]);
    expect(actionsFor('normal', 'z', key({ ctrl: true }))).toEqual([{ type: 'suspend' }]);
  });

  it('in the search box every printable key types, q, j, k and digits included', () => {
    for (const ch of ['q', 'j', 'k', '1', '/', '?', 'n', ' ']) {
      expect(actionsFor('search', ch, key())).toEqual([{ type: 'search-edit', edit: { kind: 'insert', text: ch } }]);
    }
  });

  it('handles Ctrl-U and Ctrl-W in the search box instead of typing u and w', () => {
    expect(actionsFor('search', 'u', key({ ctrl: true }))).toEqual([{ type: 'search-edit', edit: { kind: 'clear' } }]);
    expect(actionsFor('search', 'w', key({ ctrl: true }))).toEqual([{ type: 'search-edit', edit: { kind: 'delete-word' } }]);
    expect(actionsFor('search', 'c', key({ ctrl: true }))).toEqual([{ type: 'quit' }]);
    expect(actionsFor('search', 'x', key({ ctrl: true }))).toEqual([]);
  });

  it('leaves plain typing to the search box (ink-text-input) and keeps every other key', () => {
    expect(typedText('search', 'q', key())).toBe('q');
    expect(typedText('search', 'pasted text', key())).toBe('pasted text');
    expect(typedText('search', 'u', key({ ctrl: true }))).toBeNull();
    expect(typedText('search', 'x', key({ meta: true }))).toBeNull();
    expect(typedText('search', '', key({ upArrow: true }))).toBeNull();
    expect(typedText('search', '[I', key())).toBeNull();
    expect(typedText('search', 'word\r', key())).toBeNull();
    expect(typedText('normal', 'q', key())).toBeNull();
  });

  it('splits Ctrl keys and Backspace read together with text in the search box', () => {
    expect(actionsFor('search', 'ab\x15cd\x17e\x7f', key())).toEqual([
      { type: 'search-edit', edit: { kind: 'insert', text: 'ab' } }, { type: 'search-edit', edit: { kind: 'clear' } },
      { type: 'search-edit', edit: { kind: 'insert', text: 'cd' } }, { type: 'search-edit', edit: { kind: 'delete-word' } },
      { type: 'search-edit', edit: { kind: 'insert', text: 'e' } }, { type: 'search-edit', edit: { kind: 'backspace' } },
    ]);
    expect(actionsFor('search', 'two\nlines', key())).toEqual([{ type: 'search-edit', edit: { kind: 'insert', text: 'two\nlines' } }]);
  });

  it('opens the sections menu with s; in it the app reads only Esc, s and Ctrl-C (the menu reads the rest)', () => {
    expect(actionsFor('normal', 's', key())).toEqual([{ type: 'sections-open' }]);
    expect(actionsFor('sections', '', key({ escape: true }))).toEqual([{ type: 'sections-close' }]);
    expect(actionsFor('sections', 's', key())).toEqual([{ type: 'sections-close' }]);
    expect(actionsFor('sections', 'c', key({ ctrl: true }))).toEqual([{ type: 'quit' }]);
    for (const input of ['j', 'q']) expect(actionsFor('sections', input, key())).toEqual([]);
    // Numbers choose from the app too, so one typed before the menu listens is not lost.
    expect(actionsFor('sections', '2', key())).toEqual([{ type: 'sections-choose', number: 2 }]);
    expect(actionsFor('sections', '', key({ return: true }))).toEqual([]);
    expect(actionsFor('normal', 'sj', key())).toEqual([{ type: 'sections-open' }]);
  });

  it('scrolls help with j/k, closes it on any other key, and drops terminal replies', () => {
    expect(actionsFor('help', 'j', key())).toEqual([{ type: 'help-scroll', delta: 1, unit: 'row' }]);
    expect(actionsFor('help', 'x', key())).toEqual([{ type: 'help-close' }]);
    // Keys read together: each scrolls, and after the key that closes help the rest act in the reader.
    expect(actionsFor('help', 'jjx/', key())).toEqual([
      { type: 'help-scroll', delta: 1, unit: 'row' }, { type: 'help-scroll', delta: 1, unit: 'row' }, { type: 'help-close' }, { type: 'search-open' },
    ]);
    expect(actionsFor('search', '[I', key())).toEqual([]);
    expect(actionsFor('normal', '[201~', key())).toEqual([]);
  });

  it('splits a burst of keys read at once, typing the rest after /', () => {
    expect(actionsFor('normal', 'jj\r', key())).toEqual([{ type: 'move', delta: 1 }, { type: 'move', delta: 1 }, { type: 'enter' }]);
    expect(actionsFor('normal', '/blair', key())).toEqual([{ type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'blair' } }]);
    expect(actionsFor('search', 'blair\r', key())).toEqual([{ type: 'search-edit', edit: { kind: 'insert', text: 'blair' } }, { type: 'search-submit' }]);
    // `s2` typed in one burst chooses the second menu entry: the menu is not drawn to take the 2 itself.
    expect(actionsFor('normal', 's2', key())).toEqual([{ type: 'sections-open' }, { type: 'sections-choose', number: 2 }]);
  });

  it('generates help and footer hints from the same table', () => {
    const rows = helpSections().flatMap((s) => s.rows);
    for (const b of KEYMAP.filter((k) => k.keys !== 'type' && !(k.keys === 'Ctrl-C' && k.modes.includes('search')))) expect(rows.some((r) => r.keys === b.keys && r.does === b.does)).toBe(true);
    expect(footerHints('list').map((h) => h.label)).toContain('Enter open');
    expect(footerHints('reader').map((h) => h.label)).toContain('n/N hit');
    expect(footerHints('list').map((h) => h.label)).toContain('s sections');
    expect(footerHints('list', false).map((h) => h.label)).not.toContain('s sections');
    expect(footerHints('sections').map((h) => h.label)).toEqual(['1-9 choose', '↑↓ move', 'Enter choose', 'Esc close']);
    expect(footerHints('list').map((h) => h.label)).not.toContain('e errors');
    expect(footerHints('list', true, true).map((h) => h.label)).toContain('e errors');
  });

  it('e opens the errors list, which scrolls with the movement keys and closes on any other key', () => {
    expect(actionsFor('normal', 'e', key())).toEqual([{ type: 'problems-open' }]);
    expect(actionsFor('problems', 'j', key())).toEqual([{ type: 'problems-scroll', delta: 1, unit: 'row' }]);
    expect(actionsFor('problems', '', key({ pageUp: true }))).toEqual([{ type: 'problems-scroll', delta: -1, unit: 'page' }]);
    expect(actionsFor('problems', 'G', key())).toEqual([{ type: 'problems-scroll', delta: Infinity, unit: 'row' }]);
    expect(actionsFor('problems', 'q', key())).toEqual([{ type: 'problems-close' }]);
    expect(actionsFor('problems', '', key({ escape: true }))).toEqual([{ type: 'problems-close' }]);
    expect(actionsFor('problems', 'c', key({ ctrl: true }))).toEqual([{ type: 'quit' }]);
  });
});

describe('keys for reading state', () => {
  it('binds u U . A m B in the reader, and the note, the list of bookmarks and the question have their own keys', () => {
    expect(['u', 'U', '.', 'A', 'm', 'B'].map((k) => actionsFor('normal', k, key())[0]?.type)).toEqual(['toggle-read', 'unread-only', 'next-unread', 'mark-all', 'bookmark', 'bookmarks-open']);
    expect(actionsFor('note', 'q', key())).toEqual([{ type: 'note-edit', edit: { kind: 'insert', text: 'q' } }]);
    expect(actionsFor('note', '', key({ return: true }))[0]?.type).toBe('note-save');
    expect(actionsFor('note', '', key({ escape: true }))).toEqual([{ type: 'note-cancel' }]);
    expect(actionsFor('bookmarks', 'd', key())).toEqual([{ type: 'bookmarks-delete' }]);
    expect(actionsFor('bookmarks', '', key({ return: true }))).toEqual([{ type: 'bookmarks-go' }]);
    expect(actionsFor('confirm', 'y', key())).toEqual([{ type: 'answer', yes: true }]);
    expect(actionsFor('confirm', 'n', key())).toEqual([{ type: 'answer', yes: false }]);
  });

  it('reads keys typed fast after m as the note, and Enter among them saves it', () => {
    expect(actionsFor('normal', 'mok\r', key()).map((a) => a.type)).toEqual(['bookmark', 'note-edit', 'note-edit', 'note-save']);
    expect(actionsFor('note', 'fine\r', key()).map((a) => a.type)).toEqual(['note-edit', 'note-edit', 'note-edit', 'note-edit', 'note-save']);
  });
});
