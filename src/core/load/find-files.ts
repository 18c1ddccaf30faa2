import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { LoadError } from '../article.js';
import { naturalCompare } from './natural-sort.js';

/** A file to read, with the section (folder under the path the user gave) it belongs to. */
export interface FoundFile {
  /** Absolute or as-given path used to read it. */
  readonly path: string;
  /** Path shown to the user and in `--json`. */
  readonly label: string;
  /** Parent folder relative to the path given, or null. */
  readonly section: string | null;
  /** Named by the user (not found in a folder): read whatever its extension. */
  readonly explicit: boolean;
}

/** A path the user gave, and how to show it (the bundled seeds show as `seeds`). */
export interface InputPath {
  readonly path: string;
  readonly label?: string;
}

/** Walks files and folders in a stable order: folder walk, natural sort, hidden and node_modules skipped. */
export function findFiles(inputs: readonly InputPath[]): { files: FoundFile[]; errors: LoadError[] } {
  const files: FoundFile[] = [];
  const errors = walkFiles(inputs, (file) => files.push(file));
  return { files, errors };
}

/** The walk of findFiles, handing each file to `visit` as it is found, so a caller need not hold them all. */
export function walkFiles(inputs: readonly InputPath[], visit: (file: FoundFile) => void): LoadError[] {
  const errors: LoadError[] = [];
  let found = 0;
  const count = (file: FoundFile) => {
    found++;
    visit(file);
  };
  for (const input of inputs) {
    const label = input.label ?? input.path;
    let stat;
    try {
      stat = statSync(input.path);
    } catch (error) {
      errors.push({ path: label, message: describeFsError(error) });
      continue;
    }
    if (!stat.isDirectory()) {
      count({ path: input.path, label, section: null, explicit: true });
      continue;
    }
    const before = found;
    walk(input.path, label, [], new Set(), count, errors);
    if (found === before) errors.push({ path: label, message: 'no articles in this folder' });
  }
  return errors;
}

function walk(dir: string, label: string, parts: string[], seen: Set<string>, visit: (file: FoundFile) => void, errors: LoadError[]): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push({ path: join(label, ...parts), message: describeFsError(error) });
    return;
  }
  if (seen.has(real)) {
    errors.push({ path: join(label, ...parts), message: 'symlink loop, skipped' });
    return;
  }
  seen.add(real);
  entries.sort((a, b) => naturalCompare(a.name, b.name));
  // One section string a folder, and a file's label the same string as its path when the two agree:
  // a walk of a million files held 600 bytes a file before, a third of it such copies.
  const section = parts.length ? parts.join('/') : null;
  const labelDir = join(label, ...parts);
  const sameLabel = labelDir === dir;
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let isDir: boolean;
    try {
      // The folder listing knows most entries' kind; only links (and odd file systems) need a stat.
      isDir = entry.isDirectory() || (!entry.isFile() && statSync(path).isDirectory());
    } catch (error) {
      errors.push({ path: join(label, ...parts, name), message: describeFsError(error) });
      continue;
    }
    if (isDir) walk(path, label, [...parts, name], seen, visit, errors);
    else visit({ path, label: sameLabel ? path : join(labelDir, name), section, explicit: false });
  }
  seen.delete(real);
}

/** A short human reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop, skipped';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
