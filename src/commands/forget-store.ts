import { existsSync, rmSync } from 'node:fs';

/** `reader --forget PATH…`: deletes the archive's store and says which file; exit 0 also when there was none. */
export function forgetStore(file: string): number {
  const existed = existsSync(file);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  process.stdout.write(existed ? `forgot ${file}\n` : `no store to forget (${file})\n`);
  return 0;
}
