// Matching keys for names: accents, case, possessives and dots do not matter (`González` = `Gonzalez`, `U.S.` = `US`).
import { ORG_ALIASES, PLACE_ALIASES } from '../names/name-words.js';
import { withoutWebSuffix } from './web-names.js';

// Names repeat within and across articles: remember recent foldings (bounded, per thread).
const folded = new Map<string, string>();

/** A name folded for matching: no accents, lower case, no dots or possessive, single spaces. */
export function foldName(name: string): string {
  const hit = folded.get(name);
  if (hit !== undefined) return hit;
  const result = fold(name);
  if (folded.size >= 20_000) folded.clear();
  folded.set(name, result);
  return result;
}

function fold(name: string): string {
  // Most names are plain ASCII: skip the (costly) Unicode decomposition for them.
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a name merges under: its folded form, or the shared key of its aliases (`u.s.` -> `united states`, `Tories` -> `conservative party`). */
export function nameKey(name: string): string {
  const folded = foldName(name.includes('.') ? withoutWebSuffix(name) : name);
  return PLACE_ALIASES[folded] ?? ORG_ALIASES[folded] ?? folded;
}

/** True when the name carries accents (preferred as the display form). */
export function hasAccents(name: string): boolean {
  return name.normalize('NFD') !== name;
}
