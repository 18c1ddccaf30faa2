import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputPath } from '../core/load/find-files.js';
import { loadCorpusLazily } from '../core/load/load-corpus-lazily.js';
import { articleHash } from '../core/state/article-key.js';
import type { SavedBookmark } from '../core/state/reading-state.js';
import { relocate } from '../core/state/relocate.js';
import { openSqliteState } from '../core/state/sqlite-reading-state.js';
import { archiveKey, stateFile } from './store-file.js';

/** A bookmark as `--bookmarks --json` prints it (`paragraph` from 0, as in --json). */
export interface BookmarkRecord {
  readonly path: string;
  readonly title: string;
  readonly paragraph: number;
  readonly text: string;
  readonly note: string;
  readonly created: string;
  readonly kind: SavedBookmark['kind'];
  /** True when the article's text changed and the paragraph was not found again (or the file is gone). */
  readonly lost: boolean;
}

/**
 * `reader --bookmarks [--json] [PATH…]`: the archive's bookmarks, as Markdown or JSON. Each
 * bookmarked file is read again, so an edit since the reader last ran is seen: the bookmark is
 * found again by its paragraph's opening words, or said to be lost. Exits 0, with or without bookmarks.
 */
export async function runBookmarks(inputs: readonly InputPath[], json: boolean, out: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const file = stateFile(env);
  const saved = existsSync(file) ? readBookmarks(file, archiveKey(inputs.map((i) => i.path))) : [];
  const records: BookmarkRecord[] = [];
  for (const b of saved) records.push(await checked(b, inputs));
  out(json ? `${JSON.stringify(records, null, 2)}\n` : markdown(records));
  return 0;
}

function readBookmarks(file: string, archive: string): readonly SavedBookmark[] {
  const { state } = openSqliteState(file, archive);
  try {
    return state.load().bookmarks;
  } finally {
    state.close();
  }
}

/** The bookmark against its file as it is now. */
async function checked(b: SavedBookmark, inputs: readonly InputPath[]): Promise<BookmarkRecord> {
  const record = { path: b.path, title: b.title, paragraph: b.paragraph, text: b.text, note: b.note, created: b.created, kind: b.kind, lost: b.lost };
  const source = fileOf(b.path, inputs);
  if (!source || !existsSync(source)) return { ...record, lost: true };
  const { articles } = await loadCorpusLazily([{ path: source, label: b.path }]);
  const article = articles[0];
  if (!article) return { ...record, lost: true };
  if (articleHash(article) === b.hash) return record;
  const at = relocate(article.paragraphs, b.paragraph, b.anchor);
  return { ...record, title: article.title, paragraph: at.paragraph, lost: !at.found };
}

/** The file a path within the archive names (see pathInArchive). */
function fileOf(path: string, inputs: readonly InputPath[]): string | null {
  const numbered = /^(\d+):(.*)$/.exec(path);
  const input = inputs[numbered ? Number(numbered[1]) - 1 : 0];
  if (!input) return null;
  const rest = numbered ? numbered[2]! : path;
  return existsSync(input.path) && !isFolder(input.path) ? input.path : join(input.path, rest);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Markdown: a heading per bookmark with the article's title, its path and ¶ (from 1), the text quoted, and the note. */
export function markdown(records: readonly BookmarkRecord[]): string {
  if (!records.length) return '# Bookmarks\n\nNo bookmarks yet: in the reader, m bookmarks the paragraph, quote or fact under the cursor.\n';
  const parts = records.map((r) => {
    const where = `${r.path} ¶ ${r.paragraph + 1}${r.lost ? ' (text changed: paragraph not found)' : ''} · ${r.created.slice(0, 10)}`;
    const text = r.text.replace(/\s+/g, ' ').trim();
    return [`## ${r.title.replace(/\s+/g, ' ')}`, '', where, '', `> ${r.kind === 'paragraph' ? '' : `(${r.kind}) `}${text}`, ...(r.note ? ['', `Note: ${r.note}`] : [])].join('\n');
  });
  return `# Bookmarks\n\n${parts.join('\n\n')}\n`;
}
