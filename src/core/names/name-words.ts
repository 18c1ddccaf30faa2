// Names shared by quotes and facts: titles, the gazetteer, common words, organisation and place words.
// Imports only its own lists and the generated gazetteer data; quotes/ and facts/ build on it.
// Small hand-kept word lists that steer name finding: titles, organisation and place words, words that are never names.

const set = (words: string) => new Set(words.split(' '));


/** Titles kept as part of a name (`Sir Joshua Reynolds`, `Prince Harry`, `Lord Janner`). */
export const NAME_TITLES = set('sir lord lady dame prince princess king queen pope sheikh emir sultan baroness baron earl duke duchess');

/** Last words that make a name an organisation (`Standard Life Investments`, `Dimension Data`). */
export const ORG_LAST_WORDS = set(
  'ltd limited plc inc corp corporation co company companies group holdings partners bank banks party council commission committee ' +
    'university college school academy institute institution association society union federation league club fc united city rovers athletic ' +
    'authority department ministry office agency bureau service services board trust foundation fund exchange capital investments securities ' +
    'management consulting systems technologies technology software electronics labs laboratories records studios pictures films entertainment ' +
    'media communications telecom networks airlines airways motors energy oil petroleum gas pharmaceuticals foods stores markets insurance ' +
    'news times post journal herald telegraph guardian mirror express observer independent gazette tribune chronicle magazine press radio ' +
    'tv television channel broadcasting parliament assembly senate congress court tribunal police army navy force forces brigade command ' +
    'museum gallery theatre theater orchestra band brothers data industries international worldwide research centre center ' +
    'organisation organization coalition alliance movement front church games championship championships cup tour unit supplement ' +
    'democrats democrat republicans socialists greens nationalists consortium brigades guards guild presse forum productions publications programme',
);

/** First words that make a name an organisation when `of`/`for` follows (`University of Victoria`, `Department for Education`). */
export const ORG_FIRST_WORDS = set(
  'university department ministry bank institute academy commission council college school museum society federation association union ' +
    'office bureau agency board house court church chamber chambers organisation organization confederation league fund centre center office news',
);

/** First words of places that `of` joins to a name (`Isle of Sheppey`, `Gulf of Mexico`). */
export const PLACE_OF_WORDS = set('isle isles island islands gulf bay straits strait cape lake vale city');

/** Words that make a name a place (`Wall Street` is a place, `Wall Street Journal` an organisation). */
export const PLACE_LAST_WORDS = set(
  'street road avenue lane square river mountains mountain island islands sea ocean lake bay gulf coast peninsula valley county province ' +
    'state district region airport stadium park bridge desert strait straits hills forest canal heights beach harbour port ' +
    'hall house palace arena cathedral abbey castle isles dome tunnel',
);

/** First words of places (`Mount Everest`, `Lake Geneva`, `Greater London`). */
export const PLACE_FIRST_WORDS = set('mount lake cape port fort gulf isle river north south east west new san santa saint st los las stade estadio greater central inner outer upper lower middle');

/** First words that make a two-word name a place by themselves (`Las Vegas`, `San Diego`, `Sao Paulo`). */
export const PLACE_ONLY_FIRST_WORDS = set('los las san sao');

/** First words of holidays and honours (`Christmas Day`, `New Year Honours`): never entities. */
export const HOLIDAY_WORDS = set('christmas easter new-year boxing-day valentine valentines halloween ramadan hanukkah thanksgiving');

/** Small words that may sit inside a name (`Bank of England`, `Stade de France`, `al-Jibouri`). */
export const NAME_PARTICLES = set('de da di du des del della van von der den la le el al bin ibn ter dos das y');

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = set(
  'i i\'m i\'ve i\'d i\'ll ok tv pc pcs cd cds dvd dvds gmt bst am pm fm it mp mps mep meps ceo cfo hiv aids gdp vat sms mp3 pda pdas ' +
    'internet web christmas easter new year ramadan eid hanukkah halloween mr mrs ms dr sir god advertisement oh yes no please thanks ' +
    'mum dad okay wow hello lw mw ad bc ph.d phd ipo ipos ip isp isps pin gcse gcses a-level a-levels century today you we he she they me my ' +
    'your our his her their english british scottish welsh irish briton britons jewish muslim muslims catholic protestant islamic arab arabs ' +
    'western eastern northern southern msps ams new-year id scots kiwi kiwis diy obe mbe cbe kbe nazi nazis ' +
    'hindu hindus sikh sikhs buddhist buddhists christian christians jew jews maori maoris aboriginal aborigines scot ' +
    'pvr pvrs vhs gps gprs adsl lcd usb rfid wifi hdtv dtt sim olympic olympian olympians paralympic latin nordic scandinavian ' +
    // Acronyms of everyday things (`PR`, `DNA`, `CCTV`, `WMD`): no one's name.
    'pr dj djs vj vjs vcr vcrs mms hd ai gsm drm agm egm dna mri lan suv suvs xml gif isbn sos ufo ufos wmd cctv bse sars rss wap uwb uv iptv vod ' +
    'dvr dvrs dvi gui rpg lpg lng os cgi ascii qc vp fdi pow pows awol hsdpa wcdma ofdm dab fy cpi rpi ppi pfi csr qmv lol xxx wwi wwii ww2',
);

/** Words that open sentences and are dropped from the front of a name (`But Maduro` -> `Maduro`). */
export const OPENERS = set(
  'the a an and but or nor so yet for if when while although though because since after before until unless as at by in on of to from ' +
    'with without into onto over under about above below between during through throughout across against among around this that these those ' +
    'there here then now today yesterday tomorrow also even still only just however meanwhile instead indeed moreover furthermore besides ' +
    'he she it they we you i his her its their our your my one some many most all both each every another other such what who whom whose ' +
    'which where why how last next first second third former ex speaking asked according despite following earlier later recently currently ' +
    'like unlike including perhaps maybe already again once twice sadly fortunately unfortunately nevertheless thus hence therefore overall ' +
    'while whilst where whether not no nor neither either never always often sometimes usually yes well oh so dear whatever whoever wherever whenever',
);

/** Places that are written as capitals (acronyms) yet are not organisations. */
export const PLACE_ACRONYMS = set('us usa uk uae drc ussr prc dprk nyc ny la');

/** Acronyms that name one place several ways: each maps to the key it merges under. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  us: 'united states', usa: 'united states', 'united states': 'united states', 'united states of america': 'united states', 'the us': 'united states',
  ny: 'new york', nyc: 'new york', 'new york': 'new york',
  uk: 'united kingdom', 'united kingdom': 'united kingdom', eu: 'european union', 'european union': 'european union', un: 'united nations', 'united nations': 'united nations',
};

/** Parties named several ways (`Tories`, `Conservatives`, `Lib Dems`): each maps to the key it merges under. */
export const ORG_ALIASES: Readonly<Record<string, string>> = {
  tory: 'conservative party', tories: 'conservative party', conservative: 'conservative party', conservatives: 'conservative party', 'conservative party': 'conservative party',
  'lib dem': 'liberal democrats', 'lib dems': 'liberal democrats', 'liberal democrat': 'liberal democrats', 'liberal democrats': 'liberal democrats',
};

/** Places missing from the generated lists. */
export const EXTRA_PLACES = set(
  'britain great-britain northern-ireland middle-east far-east ulster westminster whitehall downing-street wall-street silicon-valley gaza west-bank kosovo darfur chechnya ' +
    // Seas, oceans and island groups named without `Sea` or `Islands`.
    'baltic adriatic aegean mediterranean caribbean hebrides orkney shetland balkans',
);

/** Organisations missing from the generated lists (institutions named by a common word included). */
export const EXTRA_ORGANIZATIONS = set(
  'labour tories conservatives lib-dems lib-dem reuters nhs cbi tuc fbi cia nasa nato opec imf wto fifa uefa ioc itv channel-4 ofcom ofwat ofgem ftse nasdaq ' +
    'parliament commons lords cabinet premiership treasury kremlin pentagon vatican arsenal spurs wolves celtic rangers hearts hibernian hibs',
);

/** First names that the generated lists file under common words (`Frank`, `Will`, `Bill`). */
export const EXTRA_FIRST_NAMES = set('frank will bill rose ray dean guy iris ruby dawn gene jay jean lee miles max glen mark grant rob pat sue robin holly hazel milan');
