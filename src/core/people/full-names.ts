// The archive's people named in full, by surname: where a lone `Blair` goes when the archive has only one Blair.
import { foldName, nameKey } from '../facts/fold-name.js';
import { isFullPersonName } from './speaker-name.js';

/** Every full name seen in the archive, grouped by folded surname. */
export class FullNames {
  private readonly bySurname = new Map<string, Map<string, readonly string[]>>();

  /** Records one full name (titles already cut); a lone name or one that is no full person's name is ignored. */
  add(words: readonly string[]): void {
    if (!isFullPersonName(words)) return;
    const surname = foldName(words[words.length - 1]!);
    let names = this.bySurname.get(surname);
    if (!names) this.bySurname.set(surname, (names = new Map()));
    const key = nameKey(words.join(' '));
    if (!names.has(key)) names.set(key, words);
  }

  /** The one full name with this surname in the archive, or null when there is none or more than one (or the surname is an initial). */
  only(surname: string): readonly string[] | null {
    if (surname.length < 2) return null;
    const names = this.bySurname.get(foldName(surname));
    return names?.size === 1 ? names.values().next().value! : null;
  }
}
