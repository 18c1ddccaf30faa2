// Person, organisation or place, with how sure the evidence is (a title beats a list, a list beats a guess).
import type { EntityKind } from '../article.js';
import { isCommonWord } from '../names/common-words.js';
import { foldName } from './fold-name.js';
import { ORG_BEFORE } from './name-evidence.js';
import { COUNTRIES, DEMONYMS, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from '../names/gazetteer.js';
import type { Mention } from './name-mentions.js';
import { withoutWebSuffix } from './web-names.js';
import { NOT_NAMES, PLACE_OF_WORDS, ORG_FIRST_WORDS, ORG_LAST_WORDS, PLACE_ACRONYMS, PLACE_ALIASES, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, PLACE_ONLY_FIRST_WORDS } from '../names/name-words.js';

/** A kind and the strength of its evidence (higher wins when mentions are merged). */
export interface KindGuess {
  readonly kind: EntityKind;
  readonly strength: number;
}

const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'to', 'throughout', 'around', 'towards', 'via']);
/** Words after a town that make it a sports club (`Liverpool captain`, `Leeds fans`). */
const CLUB_AFTER = new Set(['captain', 'manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'skipper', 'coach', 'fans', 'supporters', 'squad', 'side', 'player', 'players', 'chairman', 'forward', 'flanker', 'prop', 'lock', 'hooker', 'fly-half', 'scrum-half', 'full-back']);
/** Positions that make a town a club only before a player's name (`Cardiff back Rhys Williams`, not `Utah back in 1980`). */
const CLUB_BEFORE_NAME = new Set(['back', 'wing', 'centre']);
/** Words before a town that make it a sports club (`beat Chelsea`, `Leeds v Hull`). */
const CLUB_BEFORE = new Set(['beat', 'beating', 'v', 'vs', 'versus']);
/** Offices after a name that make it a body, not a person (`Lib Dem spokesman`). */
const ORG_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'leader', 'leaders', 'mp', 'mps', 'mep', 'meps', 'councillor', 'councillors', 'members', 'activists', 'candidate', 'candidates', 'supporters', 'fans']);
const PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'warned', 'argued', 'insisted', 'admitted', 'believes', 'thinks', 'who', 'himself', 'herself', 'administration']);

const MEDIA_FIRST_WORDS = new Set(['radio', 'channel', 'television']);

/** Guesses the kind of one mention from its words and neighbours. */
export function classifyMention(mention: Mention): KindGuess {
  const { words } = mention;
  const folded = foldName(words.join(' '));
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (mention.titled) return { kind: 'person', strength: 5 };
  // `Amazon.com`: a web address is a firm or a site.
  if (words.length === 1 && /\.\p{L}{2,4}$/u.test(words[0]!) && withoutWebSuffix(words[0]!) !== words[0]) return { kind: 'organization', strength: 4 };
  // A town's club: `Liverpool captain Steven Gerrard`, `beat Southampton` (a country's side stays a place).
  if (PLACES.has(folded) && !COUNTRIES.has(folded) && (CLUB_AFTER.has(mention.after) || CLUB_BEFORE.has(mention.before) || (mention.nameAfter === true && CLUB_BEFORE_NAME.has(mention.after)))) return { kind: 'organization', strength: 5 };
  if (PLACE_ALIASES[folded] !== undefined && !/^(eu|european union|un|united nations)$/.test(folded)) return { kind: 'place', strength: 4 };
  if (PLACES.has(folded) && !ORGANIZATIONS.has(folded)) return { kind: 'place', strength: 4 };
  if (ORGANIZATIONS.has(folded)) return { kind: 'organization', strength: 4 };
  if (PLACES.has(folded)) return { kind: 'place', strength: 4 };
  // `BBC One`, `BBC Radio 4`: a longer name that starts with a listed organisation.
  if (words.length > 1 && ORGANIZATIONS.has(foldName(words[0]!))) return { kind: 'organization', strength: 3 };
  if (words.length > 1 && ORG_LAST_WORDS.has(last)) return { kind: 'organization', strength: 3 };
  // `Radio Shack`, `Radio Caroline`, `Channel Five`: a broadcaster's word opening a name.
  if (words.length > 1 && MEDIA_FIRST_WORDS.has(first) && !PLACE_LAST_WORDS.has(last)) return { kind: 'organization', strength: 2 };
  if (words.length > 2 && ORG_FIRST_WORDS.has(first) && (words[1] === 'of' || words[1] === 'for')) return { kind: 'organization', strength: 3 };
  if (words.length > 2 && PLACE_OF_WORDS.has(first) && words[1] === 'of') return { kind: 'place', strength: 3 };
  if (/^\p{Lu}{2,6}$/u.test(words.join(''))) return PLACE_ACRONYMS.has(folded) ? { kind: 'place', strength: 3 } : { kind: 'organization', strength: 2 };
  if (words.length > 1 && (PLACE_LAST_WORDS.has(last) || (PLACE_FIRST_WORDS.has(first) && PLACES.has(foldName(last))) || (words.length === 2 && PLACE_ONLY_FIRST_WORDS.has(first)))) {
    return { kind: 'place', strength: 3 };
  }
  if (words.length > 1 && (FIRST_NAMES.has(foldName(first)) || /^\p{Lu}\.?$/u.test(words[0]!) || /^\p{Lu}\.?-\p{Lu}\.?$/u.test(words[0]!))) return { kind: 'person', strength: 3 };
  if (ORG_AFTER.has(mention.after) || ORG_BEFORE.has(mention.before)) return { kind: 'organization', strength: 2 };
  // `Scottish Executive`, `English Heritage`: a nationality before a word that is no first name names a body.
  if (words.length > 1 && DEMONYMS.has(foldName(first)) && !FIRST_NAMES.has(foldName(words[1]!))) return { kind: 'organization', strength: 1 };
  // `the Foo Fighters`, `the Scissor Sisters`: a plural name after `the` is a band or a team (common words alone stay unproven).
  if (words.length > 1 && mention.before === 'the' && /^\p{Lu}\p{Ll}+[^s']s$/u.test(words[words.length - 1]!) && !LAST_NAMES.has(foldName(last)) && !FIRST_NAMES.has(foldName(last)) && !isCommonPhrase(words)) return { kind: 'organization', strength: 1 };
  if (words.length > 1 && LAST_NAMES.has(foldName(last))) return { kind: 'person', strength: 2 };
  // `Newport-Gwent Dragons`, `Leeds Rhinos`: a town before a plural is a team.
  if (isTeamName(words)) return { kind: 'organization', strength: 2 };
  // `Ernst & Young`, `NTT DoCoMo`, `ABN Amro`: an ampersand or an acronym inside makes a firm.
  if (words.length > 1 && words.some((w) => w === '&' || /^\p{Lu}{2,5}$/u.test(w))) return { kind: 'organization', strength: 1 };
  // `WorldCom`, `DoCoMo`, `iRiver`: capitals inside one word make a brand.
  if (words.length === 1 && /^\p{L}+\p{Ll}\p{Lu}/u.test(words[0]!)) return { kind: 'organization', strength: 1 };
  // `Bristol South`, `Leeds Central`: a part of a place (a constituency, a district).
  if (words.length === 2 && PLACES.has(foldName(first)) && /^(?:north|south|east|west|central)$/.test(last)) return { kind: 'place', strength: 2 };
  // `London Underground`, `Glasgow Herald`: a listed place before everyday words names a body there, not a person.
  if (words.length > 1 && PLACES.has(foldName(first)) && !FIRST_NAMES.has(foldName(first)) && words.slice(1).every((w) => isCommonWord(foldName(w)) && !FIRST_NAMES.has(foldName(w)))) return { kind: 'organization', strength: 1 };
  // `British Chambers of Commerce`, `National Union of Journalists`: people are not named `X of Y` without a title.
  if (words.length > 2 && words.some((w) => w === 'of' || w === 'for') && !FIRST_NAMES.has(foldName(first))) return { kind: 'organization', strength: 1 };
  if (PERSON_AFTER.has(mention.after) && words.length <= 3) return { kind: 'person', strength: 1 };
  if (PLACE_BEFORE.has(mention.before)) return { kind: 'place', strength: 1 };
  if (words.length === 1 && (FIRST_NAMES.has(foldName(first)) || LAST_NAMES.has(foldName(first)))) return { kind: 'person', strength: 1 };
  // `Smith; Jones, Brown`: a lone unknown word in a line-up is a player.
  if (words.length === 1 && mention.lineUp === true) return { kind: 'person', strength: 1 };
  return words.length > 1 ? { kind: 'person', strength: 0 } : { kind: 'organization', strength: 0 };
}

/** A listed town (or the first part of a hyphenated one) that is no first name, then a plural that is no family name (`London Docklands` stays a place). */
function isTeamName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}{2,}[^s]s$/u.test(last) || /lands$/.test(last) || PLACE_LAST_WORDS.has(last.toLowerCase()) || LAST_NAMES.has(foldName(last))) return false;
  const town = foldName(words[0]!.split('-')[0]!);
  return town.length > 3 && PLACES.has(town) && !COUNTRIES.has(town) && !FIRST_NAMES.has(town) && !PLACE_FIRST_WORDS.has(town);
}

/** `Suddenly Last Summer`, `Swiss Army Knife`, `Definitely Maybe`: a name made of common words only, nothing in it a person's. */
export function isCommonPhrase(words: readonly string[]): boolean {
  // `British Citizens`, `Islamic Fundamentalist`: nationality and faith words listed as never names count as common.
  return words.every((w) => /^\d+$/.test(w) || (!FIRST_NAMES.has(foldName(w)) && (isCommonWord(foldName(w)) || DEMONYMS.has(foldName(w)) || NOT_NAMES.has(foldName(w)))));
}
