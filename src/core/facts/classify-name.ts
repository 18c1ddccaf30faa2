// Person, organisation or place, with how sure the evidence is (a title beats a list, a list beats a guess).
import type { EntityKind } from '../article.js';
import { foldName } from './fold-name.js';
import { FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from './gazetteer.js';
import type { Mention } from './name-mentions.js';
import { ORG_FIRST_WORDS, ORG_LAST_WORDS, PLACE_ACRONYMS, PLACE_ALIASES, PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from './name-words.js';

/** A kind and the strength of its evidence (higher wins when mentions are merged). */
export interface KindGuess {
  readonly kind: EntityKind;
  readonly strength: number;
}

const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'to', 'throughout', 'around', 'towards', 'via']);
const PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'warned', 'argued', 'insisted', 'admitted', 'believes', 'thinks', 'who', 'himself', 'herself', 'administration']);

/** Guesses the kind of one mention from its words and neighbours. */
export function classifyMention(mention: Mention): KindGuess {
  const { words } = mention;
  const folded = foldName(words.join(' '));
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (mention.titled) return { kind: 'person', strength: 5 };
  if (PLACE_ALIASES[folded] !== undefined && !/^(eu|european union|un|united nations)$/.test(folded)) return { kind: 'place', strength: 4 };
  if (PLACES.has(folded) && !ORGANIZATIONS.has(folded)) return { kind: 'place', strength: 4 };
  if (ORGANIZATIONS.has(folded)) return { kind: 'organization', strength: 4 };
  if (PLACES.has(folded)) return { kind: 'place', strength: 4 };
  // `BBC One`, `BBC Radio 4`: a longer name that starts with a listed organisation.
  if (words.length > 1 && ORGANIZATIONS.has(foldName(words[0]!))) return { kind: 'organization', strength: 3 };
  if (words.length > 1 && ORG_LAST_WORDS.has(last)) return { kind: 'organization', strength: 3 };
  if (words.length > 2 && ORG_FIRST_WORDS.has(first) && (words[1] === 'of' || words[1] === 'for')) return { kind: 'organization', strength: 3 };
  if (/^\p{Lu}{2,6}$/u.test(words.join(''))) return PLACE_ACRONYMS.has(folded) ? { kind: 'place', strength: 3 } : { kind: 'organization', strength: 2 };
  if (words.length > 1 && (PLACE_LAST_WORDS.has(last) || (PLACE_FIRST_WORDS.has(first) && PLACES.has(foldName(last))))) {
    return { kind: 'place', strength: 3 };
  }
  if (words.length > 1 && (FIRST_NAMES.has(foldName(first)) || /^\p{Lu}\.?$/u.test(words[0]!) || /^\p{Lu}\.?-\p{Lu}\.?$/u.test(words[0]!))) return { kind: 'person', strength: 3 };
  if (words.length > 1 && LAST_NAMES.has(foldName(last))) return { kind: 'person', strength: 2 };
  // `Ernst & Young`, `NTT DoCoMo`, `ABN Amro`: an ampersand or an acronym inside makes a firm.
  if (words.length > 1 && words.some((w) => w === '&' || /^\p{Lu}{2,5}$/u.test(w))) return { kind: 'organization', strength: 1 };
  // `WorldCom`, `DoCoMo`, `iRiver`: capitals inside one word make a brand.
  if (words.length === 1 && /^\p{L}+\p{Ll}\p{Lu}/u.test(words[0]!)) return { kind: 'organization', strength: 1 };
  if (PERSON_AFTER.has(mention.after) && words.length <= 3) return { kind: 'person', strength: 1 };
  if (PLACE_BEFORE.has(mention.before)) return { kind: 'place', strength: 1 };
  if (words.length === 1 && (FIRST_NAMES.has(foldName(first)) || LAST_NAMES.has(foldName(first)))) return { kind: 'person', strength: 1 };
  return words.length > 1 ? { kind: 'person', strength: 0 } : { kind: 'organization', strength: 0 };
}
