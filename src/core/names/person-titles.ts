// The one list of words that stand before a person's name as a title, an office or a calling.
// Imports nothing; quotes read it to cut a title from a speaker, names and facts to tell a person.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Lower-case words that come before a name as a title or part of one (`Mr Howard`, `Prime Minister`,
 * `Home Secretary Charles Clarke`, `striker Jo Bloggs`): a name is what follows the last of them.
 */
export const PERSON_TITLES = set(`
mr mrs ms miss dr doctor sir dame lord lady prof professor rev reverend baroness baron earl duke
duchess prince princess king queen pope father sister brother madam mme monsieur herr senor
president vice prime minister secretary chancellor senator sen rep congressman congresswoman
governor gov judge justice chief chairman chairwoman chair deputy general gen colonel col captain
capt lieutenant lt sergeant sgt commander admiral major mayor director executive officer coach
manager inspector detective constable superintendent commissioner ambassador archbishop bishop
cardinal leader attorney solicitor advocate economist analyst editor spokesman spokeswoman
spokesperson founder ceo cfo coo chairperson premier emir sheikh ayatollah shadow foreign home
defence defense culture health education trade interior finance transport environment
secretary-general president-elect vice-president head boss skipper striker midfielder defender
goalkeeper winger forward keeper flanker centre hooker prop fly-half scrum-half full-back guitarist drummer
singer bassist keyboardist rapper actor actress producer writer author novelist comedian presenter
host star veteran sprinter athlete player rider driver jockey trainer chef designer artist musician
composer poet broadcaster journalist reporter columnist critic lawyer barrister banker trader
investor entrepreneur tycoon billionaire owner sultan supt det insp mp mep acting assistant ex
former treasury junior counsel count countess viscount tory co-chairman treasurer dj vj speaker
sheriff marshal councillor councilor alderman magistrate coroner rabbi imam pastor vicar chaplain corporal brigadier
`);
