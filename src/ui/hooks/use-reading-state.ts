import { useEffect, useRef, type Dispatch } from 'react';
import { currentDoc } from '../../core/reader/selectors.js';
import { placeOf } from '../../core/reader/places.js';
import { DWELL_SECONDS } from '../../core/reader/read-marks.js';
import type { Action, State } from '../../core/reader/state.js';
import type { ArticleKey, ReadingState } from '../../core/state/reading-state.js';

/** The archive's reading state and how it names the articles. */
export interface StateLink {
  readonly state: ReadingState;
  /** Article index -> its path within the archive and content hash. */
  readonly keyOf: (article: number) => ArticleKey;
}

/** Where you are is written this long after you stop moving (a kill -9 loses at most this much). */
const PLACE_DELAY_MS = 500;

/**
 * Writes what the reducer changed in the reading state as it changes: read marks and bookmarks at
 * once, the place in the open article shortly after scrolling stops (and on quit). It also tells
 * the reducer when an opened article has been in front of the user long enough to count as read.
 */
export function useReadingState(state: State, link: StateLink | undefined, dispatch: Dispatch<Action>): () => void {
  const seen = useRef(state);
  const failed = useRef(false);
  const saving = useRef(new Set<number>());
  const write = (what: () => void) => {
    if (!link) return;
    try {
      what();
    } catch (error) {
      if (failed.current) return;
      failed.current = true;
      dispatch({ type: 'message', text: `reading state not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  useEffect(() => {
    const before = seen.current;
    seen.current = state;
    if (!link) return;
    // What was read back from the saved state is there already: only changes since are written
    // (writing every read mark again would read every such article to name it).
    const base = state.recalled !== before.recalled && state.recalled ? state.recalled : before;
    if (state.read !== base.read) {
      const added = [...state.read].filter((a) => !base.read.has(a));
      const removed = [...base.read].filter((a) => !state.read.has(a));
      if (added.length) write(() => link.state.setRead(added.map(link.keyOf), true));
      if (removed.length) write(() => link.state.setRead(removed.map(link.keyOf), false));
    }
    if (state.places !== base.places) {
      for (const [article, place] of state.places) if (base.places.get(article) !== place) write(() => link.state.setPlace(link.keyOf(article), place));
    }
    if (state.bookmarks !== before.bookmarks) {
      const now = new Set(state.bookmarks.map((b) => b.id));
      for (const b of before.bookmarks) if (b.id > 0 && !now.has(b.id)) write(() => link.state.removeBookmark(b.id));
      for (const b of state.bookmarks) {
        if (b.id >= 0 || b.article === null || saving.current.has(b.id)) continue;
        saving.current.add(b.id);
        const key = link.keyOf(b.article);
        write(() => {
          const { id: _, article, lost: __, ...fields } = b;
          const kept = link.state.addBookmark({ ...fields, path: key.path, hash: key.hash });
          dispatch({ type: 'bookmark-kept', temporary: b.id, kept: { ...kept, article } });
        });
      }
    }
  });

  // The place in the open article, once the user has touched it.
  const { current, touched } = state;
  const top = state.reader.top;
  const latest = useRef(state);
  latest.current = state;
  const savePlace = () => {
    const s = latest.current;
    const article = s.articles.at(s.current);
    const at = currentDoc(s);
    if (!link || !s.touched || !article || !at) return;
    write(() => link.state.setPlace(link.keyOf(s.current), placeOf(article, at.doc, s.reader.top)));
  };
  const saveRef = useRef(savePlace);
  saveRef.current = savePlace;
  useEffect(() => {
    if (!link || !touched) return;
    const save = () => saveRef.current();
    const timer = setTimeout(save, PLACE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      // Leaving (another article, or quitting): the place is written now.
      if (latest.current.current !== current || latest.current.quit) save();
    };
  }, [link, current, touched, top]);

  // The article opened is the one to reopen next time: written at once.
  useEffect(() => {
    if (link && touched) write(() => link.state.setLast(link.keyOf(current).path));
  }, [link, current, touched]);

  // An opened article read for a while counts as read.
  const unread = touched && !state.read.has(current);
  useEffect(() => {
    if (!unread) return;
    const timer = setTimeout(() => dispatch({ type: 'dwell', article: current }), DWELL_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [unread, current, dispatch]);
  // On quit the place is written before the app goes (effects of an unmount may run too late).
  return () => saveRef.current();
}
