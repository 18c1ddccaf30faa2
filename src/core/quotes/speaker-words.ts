// Small word lists that tell names from other capitalised words, and people from organisations.
import { DEMONYMS } from '../names/gazetteer.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Honorifics that say the person's sex. */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...set('mr mister sir lord king prince duke baron earl father brother')].map((w) => [w, 'm'] as const),
  ...[...set('mrs ms miss dame lady queen princess duchess baroness sister madam mme')].map((w) => [w, 'f'] as const),
]);


/** Title words that are also common surnames (`Stephen King`, `John Major`): not cut from a run's end. */
export const SURNAME_LIKE_TITLES = set('king queen prince princess lord lady duke earl baron major bishop cardinal general chief head father brother sister saint st chair justice judge mayor marshal dean leader boss');

/** Letters after a name that are not part of it (`Guy Mansfield QC`). */
export const POST_NOMINALS = set('qc kc mp mep msp am jr jnr snr sr obe mbe cbe kbe phd');

/** Capitalised words that begin sentences or phrases but are never names. */
export const NOT_NAMES = set(`
the a an but and or nor so yet however despite in on at for from by with after before when while if as
since although though this that these those it its he she they we i you his her their our my your there
here meanwhile also now then even still last next only both all some many most other such said says
according under among during through over into about against without within between until unless
because whether what who whom whose which where how why one two three four five six seven eight nine ten
first second third new former current former another each every no not yes well just more less much
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december today yesterday tomorrow
indeed instead perhaps meanwhile overall earlier later asked speaking writing like unlike often sometimes
usually certainly once already actually clearly currently eventually initially originally recently
similarly typically traditionally ultimately apparently fortunately unfortunately
`);

/** Words in a capitalised run that make it an organisation, not a person. */
export const ORG_WORDS = set(`
ltd plc inc corp corporation company co group council commission committee party association union
agency bank office department ministry court institute university college school federation
organisation organization authority board service services trust society fund parliament executive
government alliance league club industry economics airlines airways motors records studios network
news times journal post telegraph guardian mail herald tribune gazette express press radio tv television
channel foundation centre center hospital police army navy force forces assembly congress senate
cabinet commons lords bureau administration reserve exchange markets holdings partners capital bbc
international securities systems technologies communications media entertainment pictures music
labs laboratories research institute unit panel tribunal democrats republicans conservatives tories
nationalists socialists greens liberals unionists choir orchestra ensemble
`);

/** Parties and their members' words, which may stand before a person's name (`Conservative Graham Brady`). */
export const PARTY_WORDS = set('conservative conservatives labour liberal liberals tory tories democrat democrats dem dems republican republicans green greens unionist unionists nationalist nationalists socialist socialists ukip snp');

/** Capitalised words that make a run a place (`Victoria Street`, `New York`). */
export const PLACE_WORDS = set(`
street road avenue lane square bridge park airport city island islands river lake mount mountains valley
coast sea ocean bay gulf kingdom republic states county province region hall palace house stadium arena
`);

/** First words that make a run a place or thing (`North America`, `New Zealand`). */
export const PLACE_STARTS = set('north south east west new central upper lower great greater united');

/** Lower-case words between a subject and its reporting verb that can be skipped (`he also said`). */
export const SKIPPABLE = set(`
also has have had was is were are be been would will could should may might can did does do once later
earlier further then previously recently reportedly yesterday today now just again subsequently quickly
simply always never often finally initially first last separately publicly privately bluntly
meanwhile however though too instead likewise nonetheless nevertheless therefore still duly promptly swiftly angrily firmly openly tonight
`);

/** Pronouns that can stand for a speaker. */
export const PRONOUNS = set('he she it they');

/** Determiners that open a description (`a senior official`, `the firm`). */
export const DETERMINERS = set('a an the one another his her its their our this that these those some');

/** Prepositions: a capitalised run after one of them is not the head of a subject. */
export const PREPOSITIONS = set('of for at with from in on by to about to within inside near under despite amid');

/** Heads of descriptions that stand for organisations (`the firm said`, `a statement said`). */
export const ORG_HEADS = set(`
firm company group bank report statement survey study government ministry department agency council
body carrier airline retailer business club union party organisation organization commission committee
court regulator watchdog newspaper paper magazine website channel network station broadcaster
association board institute team side
`);

/** Heads of descriptions that tell a woman (`a spokeswoman`, `his wife`). */
export const FEMALE_HEADS = set('spokeswoman chairwoman businesswoman congresswoman woman mother wife daughter actress sister girl queen princess');

/** Heads of descriptions that tell a man (`a spokesman`, `her husband`). */
export const MALE_HEADS = set('spokesman chairman businessman congressman man father husband son actor brother boy king prince');

/**
 * Capitalised words for one person from a nation or a seat (`the American`, `the Scot`, `the Ealing North
 * MP`): after `the` they describe someone, as `the captain` does. Not the words that name a whole people
 * (`the French`, `the Dutch`, `the Chinese`).
 */
const GROUP_ADJECTIVES = set('french dutch welsh scottish english irish british icelandic hindi philippine');
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...DEMONYMS].filter((w) => !w.endsWith('s') && !w.endsWith('ese') && !w.includes(' ') && !GROUP_ADJECTIVES.has(w)),
  ...'scot scotsman briton frenchman welshman englishman irishman dutchman kiwi mp msp mep'.split(' '),
]);

