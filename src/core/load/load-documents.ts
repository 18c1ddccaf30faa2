import { readFileSync, statSync } from 'node:fs';
import type { LoadError, RawDocument } from '../article.js';
import { decodeBytes } from './decode.js';
import { formatOf } from './file-format.js';
import { describeFsError, findFiles, type FoundFile, type InputPath } from './find-files.js';

/** Files larger than this are refused unless `--max-size` raises it. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How to load. */
export interface LoadOptions {
  /** Largest file read, in bytes. */
  readonly maxBytes?: number;
  /** Reads all of stdin; called only when the path `-` is given. */
  readonly readStdin?: () => Uint8Array;
}

/** Documents loaded from the given paths, plus one error per path or file that could not be used. */
export interface LoadResult {
  readonly documents: RawDocument[];
  readonly errors: LoadError[];
}

/** Reads files and folders (and `-` for stdin) into raw documents, in a stable order. */
export function loadDocuments(inputs: readonly InputPath[], options: LoadOptions = {}): LoadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const documents: RawDocument[] = [];
  const errors: LoadError[] = [];
  for (const input of inputs) {
    if (input.path === '-') {
      const bytes = readStdinSafely(options.readStdin, errors);
      if (bytes) addDocument(documents, errors, '-', null, 'text', bytes);
      continue;
    }
    const found = findFiles([input]);
    errors.push(...found.errors);
    const read = readFoundFiles(found.files, maxBytes);
    documents.push(...read.documents);
    errors.push(...read.errors);
  }
  return { documents, errors };
}

/** Reads files already found; one that vanished or changed since is reported, not fatal. */
export function readFoundFiles(files: readonly FoundFile[], maxBytes = DEFAULT_MAX_BYTES): LoadResult {
  const documents: RawDocument[] = [];
  const errors: LoadError[] = [];
  for (const file of files) {
    const format = formatOf(file.path) ?? (file.explicit ? 'text' : null);
    if (format === null) {
      errors.push({ path: file.label, message: 'not an article format (use .txt, .md or .html), skipped' });
      continue;
    }
    const bytes = readLimited(file.path, file.label, maxBytes, errors);
    if (bytes) addDocument(documents, errors, file.label, file.section, format, bytes);
  }
  return { documents, errors };
}

function addDocument(
  documents: RawDocument[], errors: LoadError[], path: string, section: string | null,
  format: RawDocument['format'], bytes: Uint8Array,
): void {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) errors.push({ path, message: decoded.error });
  else if (decoded.text.trim() === '' || decoded.text.replace(/[\s\uFEFF]/g, '') === '') errors.push({ path, message: bytes.length ? 'only whitespace, skipped' : 'empty file, skipped' });
  else documents.push({ path, section, format, text: decoded.text });
}

function readLimited(path: string, label: string, maxBytes: number, errors: LoadError[]): Uint8Array | null {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      errors.push({ path: label, message: `too large (${formatMegabytes(size)}; the limit is ${formatMegabytes(maxBytes)}, raise it with --max-size)` });
      return null;
    }
    return readFileSync(path);
  } catch (error) {
    errors.push({ path: label, message: describeFsError(error) });
    return null;
  }
}

function readStdinSafely(readStdin: (() => Uint8Array) | undefined, errors: LoadError[]): Uint8Array | null {
  try {
    return (readStdin ?? (() => readFileSync(0)))();
  } catch (error) {
    errors.push({ path: '-', message: `cannot read stdin: ${describeFsError(error)}` });
    return null;
  }
}

/** `12.5 MB` */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
