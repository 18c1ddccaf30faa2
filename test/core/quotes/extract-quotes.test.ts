import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/core/article.js';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.js';
import { makeArticle, seedArticle } from '../../helpers/seed.js';

/** The quotes of a made-up article, one string per paragraph. */
function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(makeArticle(paragraphs));
}

/** [text, speaker, partial] of each quote, for compact expectations. */
function summary(found: readonly Quote[]): [string, string | null, boolean][] {
  return found.map((q) => [q.text, q.speaker, q.partial]);
}

describe('the seed article', () => {
  const found = extractQuotes(seedArticle());

  it('finds exactly its five full quotations, all by the senior administration official', () => {
    const full = found.filter((q) => !q.partial);
    expect(full).toHaveLength(5);
    expect(full.map((q) => q.text.slice(0, 30))).toEqual([
      'We have not made any offers of',
      'We are considering a range of ',
      'The responsibility is on Madur',
      'We have made it clear that Mad',
      'We are in close contact with o',
    ]);
    for (const q of full) expect(q.speaker).toBe('a senior administration official');
  });

  it('reads "flood the U.S. with cocaine" as a fragment with no speaker', () => {
    const partial = found.filter((q) => q.partial);
    expect(partial.map((q) => [q.text, q.speaker])).toEqual([['flood the U.S. with cocaine', null]]);
  });

  it('points each quote at its own characters', () => {
    const article = seedArticle();
    for (const q of found) expect(article.paragraphs[q.paragraph]?.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('1: a reporting clause after the quotation', () => {
  it('reads "Q," X said and "Q," said X', () => {
    expect(summary(quotes('"We will win the league," Jane Doe said.', '"Nobody can stop us," said Tom Bell.'))).toEqual([
      ['We will win the league,', 'Jane Doe', false],
      ['Nobody can stop us,', 'Tom Bell', false],
    ]);
  });

  it('trims an appositive and a title: "Q," X, who ..., said', () => {
    const [q] = quotes('"The budget is balanced," Finance Minister Ruth Kaplan, who took office in May, said on Monday.');
    expect(q?.speaker).toBe('Ruth Kaplan');
    expect(q?.cue).toBe('said');
  });

  it('takes the name, not the description, from "Name, a description, told ..."', () => {
    const [q] = quotes('"We are looking at every option," Paul Grant, a spokesman for the airline, told reporters.');
    expect([q?.speaker, q?.cue]).toEqual(['Paul Grant', 'told']);
  });
});

describe('2: a reporting clause before the quotation', () => {
  it('reads X said: "Q" and X told a station: "Q"', () => {
    const found = quotes('Jane Doe said: "The plan is ready."', 'Tom Bell told Radio Kettleby: "We will think it over."');
    expect(found.map((q) => [q.speaker, q.cue, q.partial])).toEqual([
      ['Jane Doe', 'said', false],
      ['Tom Bell', 'told', false],
    ]);
  });

  it('lets a leading colon win over a later trailing clause', () => {
    const [q] = quotes('Jane Doe said: "We are ready for the vote," as Tom Bell said earlier.');
    expect(q?.speaker).toBe('Jane Doe');
  });
});

describe('3: an interrupted quotation', () => {
  it('gives the second half the speaker of the first, and reads it as full', () => {
    const found = quotes('Coach Ann Lee spoke after the game.', '"We played well," she said, "and we deserved the win."');
    expect(summary(found)).toEqual([
      ['We played well,', 'Ann Lee', false],
      ['and we deserved the win.', 'Ann Lee', false],
    ]);
  });
});

describe('4: continuation', () => {
  it('carries the speaker into the next paragraph, and after indirect speech', () => {
    const found = quotes(
      '"The squad is fit," said Ann Lee.',
      '"We have no injuries at all."',
      'Bob Ray said the club would appeal against the ban.',
      '"It was unfair from start to finish."',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee', 'Bob Ray']);
    expect(found.every((q) => q.cue === null || q.cue === 'said')).toBe(true);
  });

  it('stops carrying when another speaker intervenes', () => {
    const found = quotes('"Prices will rise," said Ann Lee.', '"They will fall," said Bob Ray.', '"Nobody knows."');
    expect(found.map((q) => q.speaker)).toEqual(['Ann Lee', 'Bob Ray', 'Bob Ray']);
  });
});

describe('5: quotations over several paragraphs', () => {
  it('joins real paragraphs when the next one opens with a mark', () => {
    const [q, ...rest] = quotes('Ann Lee said: "The first part is done.', '"The second part starts now."', 'The work goes on.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'The first part is done. The second part starts now.', paragraph: 0, paragraphEnd: 1, speaker: 'Ann Lee', partial: false });
    expect(q?.start).toBe('Ann Lee said: "'.length);
    expect(q?.end).toBe('"The second part starts now'.length + 1);
  });

  it('joins the mid-line form where a paragraph break was lost', () => {
    const text = 'Ann Lee said: "The first part is done. "The second part starts now." The work goes on.';
    const [q, ...rest] = quotes(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'The first part is done. The second part starts now.', paragraph: 0, paragraphEnd: 0, speaker: 'Ann Lee' });
    expect(text.slice(q?.start, q?.end)).toBe('The first part is done. "The second part starts now.');
  });
});

describe('6: pronouns, short names and descriptions', () => {
  it('resolves Mr Kessock to Martin Kessock and he to him', () => {
    const found = quotes('Tory leader Martin Kessock spoke in Leeds.', '"We will cut taxes," Mr Kessock said.', 'The crowd cheered.', '"And we will cut waste," he said.');
    expect(found.map((q) => q.speaker)).toEqual(['Martin Kessock', 'Martin Kessock']);
  });

  it('matches she to the woman by her title', () => {
    const [q] = quotes('Mrs Ann Lee met Mr Bob Ray in Paris on Monday.', '"The talks went well," she said.');
    expect(q?.speaker).toBe('Ann Lee');
  });

  it('resolves it to the last organisation', () => {
    const [q] = quotes('The Acme Corporation said profits rose by a tenth.', '"The outlook is bright," it added.');
    expect(q?.speaker).toBe('Acme Corporation');
  });

  it('resolves the official to the first description the article gives', () => {
    const found = quotes('A senior police official said the roads would reopen.', '"We expect delays until noon," the official said.');
    expect(found[0]?.speaker).toBe('a senior police official');
  });
});

describe('7: cue verbs, dashes and according to', () => {
  it('reads broad cue verbs and is quoted as saying', () => {
    const found = quotes('"It was never in doubt," Ann Lee insisted.', '"We knew it," Bob Ray is quoted as saying.', '"Take the money," urged Carl Dunn.');
    expect(found.map((q) => [q.speaker, q.cue])).toEqual([
      ['Ann Lee', 'insisted'],
      ['Bob Ray', 'quoted as saying'],
      ['Carl Dunn', 'urged'],
    ]);
  });

  it('reads a dash attribution and According to X', () => {
    const found = quotes('"Simplicity is the ultimate sophistication." - Jane Doe', 'According to Tom Bell, "the market is saturated."');
    expect(found.map((q) => [q.speaker, q.cue, q.partial])).toEqual([
      ['Jane Doe', null, false],
      ['Tom Bell', 'according to', false],
    ]);
  });
});

describe('8: fragments', () => {
  it('marks a fragment inside the writer\'s sentence as partial', () => {
    const [q] = quotes('Critics have called the plan "a costly gamble" with public money.');
    expect([q?.text, q?.partial, q?.speaker]).toEqual(['a costly gamble', true, null]);
  });

  it('attributes a fragment only through a reporting verb', () => {
    const found = quotes('Ann Lee said the ruling was "deeply flawed".', 'Her rival Bob Ray had a "quiet" week.');
    expect(summary(found)).toEqual([
      ['deeply flawed', 'Ann Lee', true],
      ['quiet', null, true],
    ]);
  });

  it('never carries a speaker forward from a fragment', () => {
    const found = quotes('"We will appeal," said Ann Lee.', 'Bob Ray\'s plan was "a costly gamble" for the club.', '"The fight goes on."');
    expect(summary(found)).toEqual([
      ['We will appeal,', 'Ann Lee', false],
      ['a costly gamble', null, true],
      ['The fight goes on.', 'Ann Lee', false],
    ]);
  });
});

describe('9: stray and unbalanced marks', () => {
  it('reads a " after a number as inches, not as a quotation', () => {
    const found = quotes('The firm sells a 42" screen for 500 pounds. "We expect strong sales," said Ann Lee.');
    expect(summary(found)).toEqual([['We expect strong sales,', 'Ann Lee', false]]);
  });

  it('stops an unclosed quotation at its paragraph end', () => {
    const found = quotes('Ann Lee said: "We are ready for anything.', 'Bob Ray disagreed with her.', '"It is over," he said.');
    expect(found.map((q) => [q.text, q.paragraph, q.paragraphEnd, q.speaker])).toEqual([
      ['We are ready for anything.', 0, 0, 'Ann Lee'],
      ['It is over,', 2, 2, 'Bob Ray'],
    ]);
  });

  it('reads curly, German and French marks, and ignores single marks', () => {
    const found = quotes('“It works,” said Ann Lee.', 'Bob Ray said: „Es geht.“', 'Carl Dunn said: «Ça marche.»', 'The \'scare quotes\' stay out.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['It works,', 'Ann Lee'],
      ['Es geht.', 'Bob Ray'],
      ['Ça marche.', 'Carl Dunn'],
    ]);
  });
});

describe('reporting clauses met in real news', () => {
  it('reads X reports Y as saying, and a name followed by a workplace', () => {
    const found = quotes('"Costs will climb," a trade weekly reports a factory source as saying.', '"Orders are thin," said analyst Nina Ferrow at Calder Partners.');
    expect(found.map((q) => q.speaker)).toEqual(['a factory source', 'Nina Ferrow']);
  });

  it('does not take a clause that ends in a colon as the attribution of the quotation before it', () => {
    const found = quotes('Film star Lee Marsh arrived late. "It is my first time here," he said.', '"It is a big night." Tom Gere, who hands out the prize, said: "It is crazy."');
    expect(found.map((q) => q.speaker)).toEqual(['Lee Marsh', 'Lee Marsh', 'Tom Gere']);
  });

  it('opens a quotation at a mark glued to a full stop', () => {
    const [q] = quotes('The crowd roared when he arrived."It is very loud," Lee Marsh said.');
    expect([q?.text, q?.speaker, q?.partial]).toEqual(['It is very loud,', 'Lee Marsh', false]);
  });

  it('does not attribute a quotation to the next sentence of narration', () => {
    const found = quotes('"Prices are high," said Ann Lee. "Sales will recover." However, one dealer told Reuters the figures were poor.');
    expect(found.map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('gives a bare quotation to the person the sentence before was about', () => {
    const found = quotes('"We won," said Tom Bell.', 'Try scorer Dai Pellow was happy to stay modest.', '"The season has barely started."');
    expect(found.map((q) => q.speaker)).toEqual(['Tom Bell', 'Dai Pellow']);
  });
});

describe('speakers: harder attributions', () => {
  const speakerOf = (...paragraphs: string[]) => quotes(...paragraphs).filter((q) => !q.partial).map((q) => q.speaker);

  it('reads a capitalised word before a reporting verb as a name: "Q," Hurling told Radio Kettleby', () => {
    expect(speakerOf('Runner Meg Hurling was asked about it.', '"She is fine," Hurling told Radio Kettleby.')).toEqual(['Meg Hurling']);
  });
  it('reads a quotation after a colon with no reporting verb as full, by the clause subject', () => {
    expect(summary(quotes('Ava Penrose also thanked the set designer: "Thank you, Morgan."'))).toEqual([['Thank you, Morgan.', 'Ava Penrose', false]]);
  });
  it('reads a few quoted words the sentence runs on from as a fragment', () => {
    expect(summary(quotes('"Retro" looks set to be the shop word for old furniture.'))).toEqual([['Retro', null, true]]);
  });
  it('takes the agent of a passive sentence as its subject, and a name of common words as a body', () => {
    expect(speakerOf('Home Comfort says the scheme is late.', 'The review was praised by shadow transport secretary Dan Pellow. "It is late," he said.')).toEqual(['Dan Pellow']);
  });
  it('reads a definite office with no description of its own as the person just spoken of', () => {
    expect(speakerOf('Kettleby midfielder Tom Reid has no wish to coach.', '"I am not interested," the England captain said.')).toEqual(['Tom Reid']);
  });
  it('sets aside a relative clause with no comma before it: said one retired nurse who took part in the poll', () => {
    expect(speakerOf('Fewer people smoke, according to the poll.', '"I gave up years ago", said one retired nurse who took part in the poll.')).toEqual(['one retired nurse']);
    expect(speakerOf('Fewer people smoke, according to the poll.', 'A nurse who took part in the poll said: "I gave up years ago."')).toEqual(['a nurse']);
    expect(summary(quotes('Tom Bell, a lawyer, spoke first.', 'Actor Ed Reid who quit last year said the show was "tired".'))).toEqual([['tired', 'Ed Reid', true]]);
  });
  it('takes the name or pronoun after and/but as the subject when a clause of its own comes before it', () => {
    expect(speakerOf('Rovers coach Tom Gold thought the score was fair.', 'Rovers were a goal behind at half-time and Gold said: "We kept going."')).toEqual(['Tom Gold']);
    expect(speakerOf('Rovers star Ed Reid is waiting on manager Tom Bell.', 'Bell has spent weeks on fresh terms and he said: "I would like to remain."')).toEqual(['Tom Bell']);
    // A clause opening on a thing leaves `he` to the sentences before.
    expect(speakerOf('"We will win," said Ed Reid.', 'The price was high but he said: "It is worth it."')).toEqual(['Ed Reid', 'Ed Reid']);
    // Two people named together are no clause: as before, the name nearer the verb is read.
    expect(speakerOf('Tom Bell and Ed Reid said: "We are happy."')).toEqual(['Ed Reid']);
  });
  it('reads a reporting form after a linking verb as an adjective: he looked assured', () => {
    expect(speakerOf('"We will win," said Ed Reid.', 'Coach Tom Bell praised Reid. Reid mostly plays at the back but he looked assured in attack.', '"I just enjoyed it."')).toEqual(['Ed Reid', 'Ed Reid']);
  });
  it('reads only a name after a dash as an attribution, not a list item that goes on', () => {
    expect(summary(quotes('The car has: - A seat that tilts, stopping "back ache" - A roof which opens in the sun'))).toEqual([['back ache', null, true]]);
    expect(summary(quotes('The car has: - A seat that tilts, stopping "back ache" - A heated seat for cold days'))).toEqual([['back ache', null, true]]);
  });
  it('takes the name after an office: said its chairman, Sir Hugo Fennick / said his wife, Brenda', () => {
    expect(speakerOf('"It is fine," said its chairman, Sir Hugo Fennick.')).toEqual(['Hugo Fennick']);
    expect(speakerOf('"He loved the sea," said his wife, Brenda.')).toEqual(['Brenda']);
  });
  it('takes the person named before the body they speak for', () => {
    expect(speakerOf('Tom Reid, Seaford Traders Association said: "We tried hard."')).toEqual(['Tom Reid']);
  });
  it('takes a name with a lower-case tail, and the subject before a clause verb', () => {
    expect(speakerOf('Dr Ken Pardoe head of drilling said: "We struck gas."')).toEqual(['Ken Pardoe']);
    expect(speakerOf('Transport minister Ann Hale backed the plan, saying: "It works."')).toEqual(['Ann Hale']);
    expect(speakerOf('A Labour Party spokesman attacked Martin Kessock, saying: "He let us down."')).toEqual(['a Labour Party spokesman']);
  });
  it('leaves the circumstance out of a description', () => {
    expect(speakerOf('An IMF official in a memo on Tuesday said: "Growth is firm."')).toEqual(['an IMF official']);
  });
  it('finds the full name of Sir Neil, and names with digits', () => {
    expect(speakerOf('Commissioner Sir Neil Ashby spoke first.', 'Later Sir Neil said: "We are ready."')).toEqual(['Neil Ashby']);
    expect(speakerOf('Rico 500 thanked fans. "We are so grateful," he said.')).toEqual(['Rico 500']);
  });
  it('keeps the subject of a sentence a fragment interrupted', () => {
    expect(
      speakerOf('"We were sharp," said Pavel Dunmore.', 'Kurt Abelson later called the match "a joy to see". He said: "Only the result counts."'),
    ).toEqual(['Pavel Dunmore', 'Kurt Abelson']);
  });
  it("reads `Kallas' lawyer` as a possessive and `Under-Secretary` as an office", () => {
    expect(speakerOf("But Kallas' lawyer Nikos Varda told reporters he was calm. \"We reject both claims,\" he said.")).toEqual(['Nikos Varda']);
    expect(speakerOf('But US Treasury Under-Secretary Joe Marsh told them it could not be done. "We are firm," he said.')).toEqual(['Joe Marsh']);
  });
  it('reads an inverted report after a comma: ..., says Gil Brannock', () => {
    expect(speakerOf('Shop owners are thrilled, says Gil Brannock. For now, he shrugs off doubters. "I deserve a medal," he adds.')).toEqual(['Gil Brannock']);
  });
  it('keeps the subject of the start of a sentence over a name after its fragment', () => {
    expect(speakerOf('And Sam Tate praised the "warm legacy" of jazz singer Ann Hale. "You took a chance," he said.')).toEqual(['Sam Tate']);
  });
  it("reads a reporting word after a possessive as a noun: rejected Mr Bell's comment", () => {
    expect(
      speakerOf('Tom Bell told his party that rivals would "say anything". "They called me a fox. I am not worried." Ann Cole dismissed Mr Bell\'s comment, saying at a rally that her party was calm.'),
    ).toEqual(['Tom Bell']);
  });
  it('takes a name reported later in the sentence over a description that opens it: Some engines promise ..., said Tom Bell', () => {
    expect(speakerOf('Ann Cole opened the show. Some new engines promise to cut fuel use, said Tom Bell, though tests go on. He was wary of hydrogen. "Hydrogen is a long way off," he said.')).toEqual([
      'Tom Bell',
    ]);
  });
  it('sets aside an aside on where someone is from: The letter, from the city council, says / Ann Cole, 31, from Leeds, said', () => {
    expect(speakerOf('Ann Cole has been told to leave her flat. The letter, from the city council, says: "You must go by Monday."')).toEqual(['the letter']);
    expect(speakerOf('Tom Bell spoke first. Ann Cole, 31, from Leeds, said after the show: "It was a turning point."')).toEqual(['Ann Cole']);
    expect(speakerOf('Tom Bell spoke first. Mr Ed Hale, chief executive of Vexa, also at the show, said: "We are ready."')).toEqual(['Ed Hale']);
  });
  it('reads a word before a known surname as a description of that person', () => {
    expect(speakerOf('Rory Dunleavy scored twice.', 'Matchwinner Dunleavy was all smiles. "I keep trying," he said.')).toEqual(['Rory Dunleavy']);
  });
});

describe('speakers: names that look like something else', () => {
  const speakerOf = (...paragraphs: string[]) => quotes(...paragraphs).filter((q) => !q.partial).map((q) => q.speaker);

  it('reads a lone surname that is also a title (King, Major) as the person the article so names', () => {
    expect(speakerOf('Presenter Anna King and her partner Tom Hale run the show.', '"We love it," says King.', '"So do I," says Hale.')).toEqual(['Anna King', 'Tom Hale']);
    expect(speakerOf('The Bishop of Leeds, Dr Ann Cole, spoke.', 'Later the Bishop said: "We pray."')).toEqual(['Ann Cole']);
  });
  it('reads the Green leader as the person the article named with that office', () => {
    const intro = 'Green leader Tom Hale met film maker Ed Reid.';
    expect(speakerOf(intro, 'Mr Reid filmed him for a year. The Green leader was asked about tax. He replies: "No."')).toEqual(['Tom Hale']);
    expect(speakerOf(intro, 'Mr Reid filmed him for a year. "It was hard," the Green leader said.')).toEqual(['Tom Hale']);
  });
  it('reads the pronoun before the verb after an Asked clause written without its comma', () => {
    expect(speakerOf('Ms Ann Cole runs the club.', '"We won," said Mr Tom Bell.', 'Asked whether she likes golf she replies: "Rarely."')).toEqual(['Tom Bell', 'Ann Cole']);
  });
  it('gives a bare quotation no speaker after a long stretch of narration that never names the last speaker', () => {
    const play = 'The ball went wide. The crowd groaned. A corner followed. It was cleared. Rain fell. The pace slowed. A shot hit the post. The whistle went.';
    expect(speakerOf('Ann Cole said the team was ready.', play, '"We did enough."')).toEqual([null]);
    expect(speakerOf('Ann Cole said the team was ready.', 'The ball went wide. The crowd groaned.', '"We did enough."')).toEqual(['Ann Cole']);
  });
  it('does not read a reporting word after a named team and an article as a verb: despite the Rovers protests', () => {
    expect(speakerOf('Tom Bell said he was fit. But despite the Rovers protests his goal stood.', '"We were robbed."')).toEqual(['Tom Bell']);
  });
  it('reads a passive with an adverb between (was twice denied) as no report', () => {
    expect(speakerOf('Tom Bell said the side was fit.', 'Ed Reid was twice denied by a post. The rain fell.', '"We did enough."')).toEqual(['Tom Bell']);
  });
  it('reads a choir or an orchestra as a body, never the he of a quotation', () => {
    expect(speakerOf('Tom Bell gave money away.', 'The Girls Choir of Leeds got a cheque.', '"I was glad to help," he said.')).toEqual(['Tom Bell']);
  });
  it('takes a woman named as his wife in the sentence before for she, over an older subject', () => {
    expect(speakerOf('Ms Ann Cole praised the film.', 'It shows Mr Tom Bell at home with his wife, former dancer Jane.', 'Asked whether she dances, she answers: "Rarely."')).toEqual(['Jane']);
    // `chairman` says nothing of sex: she is still the chairman.
    expect(speakerOf('Ms Ann Cole chaired the meeting.', 'Party chairman Jane Hill wrote to Tom Bell.', 'She said: "We will sue."')).toEqual(['Jane Hill']);
  });
  it('gives X said it was "a fragment", adding: "Q" to X, the subject of the sentence start', () => {
    expect(speakerOf('"We lost," said Tom Bell.', 'Rival leader Ann Cole said she would "open the wine", adding: "It was a good day."')).toEqual(['Tom Bell', 'Ann Cole']);
  });
  it('reads a lone surname spoken of as he or she as a person, not a body', () => {
    expect(speakerOf('Fourth seed Tom Bell beat Ivo Kranj in four sets.', 'Zelnik said he was calm. The Czech kept his temper.', '"I stayed cool," he said.')).toEqual(['Zelnik']);
    expect(speakerOf('Tom Bell spoke first.', 'Vexa said it would cut jobs. "We must save money," he said.')).toEqual(['Tom Bell']);
  });
});

describe('a hostile article', () => {
  it('reads 200,000 quotations without overflowing the stack', () => {
    const found = quotes('"a" '.repeat(200_000));
    expect(found).toHaveLength(200_000);
    expect(found[199_999]?.text).toBe('a');
  });
});

describe('speakers: reporting clauses met in a fresh hand-judged sample', () => {
  const speakerOf = (...paragraphs: string[]) => quotes(...paragraphs).filter((q) => !q.partial).map((q) => q.speaker);

  it('reads a lone surname after an inverted verb and before a time: said Bell on Monday, said Cole afterwards', () => {
    expect(speakerOf('Tom Bell has been picked again.', 'The winger sat out a ban. "It feels good to play," said Bell on Monday.')).toEqual(['Tom Bell']);
    expect(speakerOf('Ann Cole won the final.', 'Ed Reid watched. "What a finish," said Cole afterwards.')).toEqual(['Ann Cole']);
  });
  it('reads the American, the Scot, the Leeds North MP as the person just spoken of, not as a name', () => {
    expect(speakerOf('Andy Bell lost both his matches.', 'Bell was cross after a bad week on grass. "It is just hard," said the American.')).toEqual(['Andy Bell']);
    expect(speakerOf('Ann Cole is MP for Leeds North.', 'She said the vote upset her. "It was a sad day," said the Leeds North MP.')).toEqual(['Ann Cole']);
    // `the French` names a people, not one person: they said it, not the person spoken of before.
    expect(speakerOf('Tom Bell spoke first.', '"We are ready," said the French.')).toEqual(['French']);
  });
  it('reads an adverb in -ly between a subject and its verb: The Scot initially backed Bell, saying', () => {
    expect(speakerOf('Leeds boss Ian Moss has said sorry.', 'The Scot initially backed Bell, saying Reid made too much of it. But he has since changed his mind. He said: "I got it wrong."')).toEqual(['Ian Moss']);
  });
  it('does not read a name before a verb and an office as qualifying the next name: Ian Moss will discipline striker Tom Bell', () => {
    expect(speakerOf('Leeds manager Ian Moss will discipline striker Tom Bell after all.', '"I want to make things clear," said the Scot.')).toEqual(['Ian Moss']);
    expect(speakerOf('Ann Cole will partner Jo Hale in the doubles.', '"I might play some singles," she added.')).toEqual(['Ann Cole']);
  });
  it('reads a name after an opening circumstance written without its comma: In a speech to the Policy Centre Mr Hale said', () => {
    const intro = 'Tory leader Tom Bell spoke. Ed Cole replied.';
    expect(speakerOf(intro, 'In a talk to the Trade Forum Mr Hale said of his rival: "He is sharp."')).toEqual(['Hale']);
    expect(speakerOf(intro, 'In a note sent out on Monday Lord Hale said: "He is sharp."')).toEqual(['Hale']);
    // A name that is the circumstance's own object is not the speaker: the sentence names none, so the
    // one who spoke last (Ed Cole replied) goes on.
    expect(speakerOf(intro, 'In a letter to Mr Hale said: "He is sharp."')).toEqual(['Ed Cole']);
  });
  it('reads names inside an opening office as qualifying it, not as the subject: The 1997 Dutch Open champion hopes', () => {
    expect(speakerOf('Ivo Kranj will skip the cup.', '"I need rest," said Kranj.', 'The 1997 Dutch Open champion hopes to land a big title. "I aim high," he said.')).toEqual([
      'Ivo Kranj',
      'Ivo Kranj',
    ]);
  });
  it('reads a name before a plural office and names as qualifying them: Strong Oscar contenders Cold Water and Sidelong', () => {
    expect(
      speakerOf('Critic Dan Cole gave the film a chance. "It could take five awards," he said.', 'Strong Oscar contenders Cold Water and Sidelong were not mentioned.', '"It feels like our year."'),
    ).toEqual(['Dan Cole', 'Dan Cole']);
  });
  it("reads a member's letters inside a run as the end of an office: Tory MP Ann Cole, East Midlands MEP Tom Bell-Hale", () => {
    expect(speakerOf('"We must act," said Tory MP Ann Cole.')).toEqual(['Ann Cole']);
    expect(speakerOf('East Midlands MEP Tom Bell-Hale has quit.', 'Mr Bell-Hale spoke at a rally. "I shall not go quietly," he said.')).toEqual(['Tom Bell-Hale']);
  });
  it('reads a name also written in lower case as a name after a quotation closed on a comma: "...," Lime said', () => {
    expect(
      speakerOf('Tom Bell plans to open phone shops painted lime green.', '"Our look belongs to us," Lime said in a letter. "We will take this to court." However, Mr Bell promised to carry on.'),
    ).toEqual(['Lime', 'Lime']);
  });
  it('reads a playing position as an office: said the lock forward, said the Sale full-back', () => {
    expect(speakerOf('Ivo Kranj feels the game will be rough. "It will not be pretty," said the lock forward.')).toEqual(['Ivo Kranj']);
    expect(speakerOf('Skipper Tom Bell is calm. "Belief is not a problem here," said the Sale full-back.')).toEqual(['Tom Bell']);
  });
  it('reads The 24-year-old Scot came ... as the person just spoken of, but not The Greek pair or a European car maker', () => {
    expect(speakerOf('Ian Moss hopes for a medal.', 'The 24-year-old Scot came fifth in Oslo. "I learned a lot."')).toEqual(['Ian Moss']);
    expect(speakerOf('Ian Moss spoke.', 'The Greek pair have been suspended. An official said: "We are certain."')).toEqual(['an official']);
    expect(speakerOf('Ian Moss spoke.', 'The plan was odd. "The pound will slide," the boss of a big European car firm told the BBC.')).toEqual(['the boss of a big European car firm']);
  });
  it('keeps a sentence opening on She about her, whatever it names later, and one opening on His about him', () => {
    expect(speakerOf('Ann Cole will race in Leeds.', 'She is also entered for the Kettleby Games in York. "I am here to win," she said.')).toEqual(['Ann Cole']);
    expect(speakerOf('Tom Bell won the race.', 'He then beat Ed Reid in the final. His times were well off his best. "Winning was what mattered," said the world indoor champion.')).toEqual([
      'Tom Bell',
    ]);
  });
  it('reads more words for a person as offices: the youngster, the top seed, the TV host, the Democrat senator', () => {
    expect(speakerOf('Centre Ivo Kranj is thrilled to be picked. "It is a dream," the youngster said.')).toEqual(['Ivo Kranj']);
    expect(speakerOf('Senator Ann Cole said the files were lost. "Checks are needed," said the Democrat senator.')).toEqual(['Ann Cole']);
  });
  it('reads the mayor, the Spectator editor, the two-time Academy Award winner as offices of the person just spoken of', () => {
    expect(speakerOf('Leeds mayor Ian Moss would not back down. "We need a mayor who keeps calm," the mayor said.')).toEqual(['Ian Moss']);
    expect(speakerOf('Tom Bell said the play carried a lesson. "Winter is a gift," added the two-time Academy Award winner.')).toEqual(['Tom Bell']);
  });
  it("reads his son as the son the article named: Mr Bell's son Robert ... his son said", () => {
    expect(speakerOf('"The money would help," Mr Bell\'s son Robert, 49, said.', 'Mr Bell died in 1988. "He kept every letter," his son said.')).toEqual(['Robert', 'Robert']);
  });
  it('reads the home secretary as the person the article named with that capitalised office, but not a deputy for the office itself', () => {
    expect(speakerOf('Settlers will sit an exam, Home Secretary Ian Moss has said.', 'Tory Tom Bell said it would fail.', 'The home secretary said the plan was fair. He said: "We will act."')).toEqual(['Ian Moss']);
    // At a sentence start, in an article that also writes `home secretary` in lower case.
    expect(speakerOf('Home Secretary Ian Moss has a plan.', 'Tory Tom Bell said it would fail.', 'The home secretary said: "We will act."')).toEqual(['Ian Moss']);
    expect(
      speakerOf('Prime Minister Ian Moss and Deputy Prime Minister Tom Bell met.', '"We agree," said Mr Moss.', 'But the prime minister said: "We have work left."'),
    ).toEqual(['Ian Moss', 'Ian Moss']);
  });
  it('never takes a description of a speaker from inside a quotation: "... a general who ..." then the general said', () => {
    expect(quotes('"We need a general who can lead," said Tom Bell.', 'The general said it was "plainly false".').map((q) => q.speaker)).toEqual(['Tom Bell', 'the general']);
  });
  it('takes the subject after an opening phrase, not a name inside it: After taking the Triple Crown last spring, Bell tips ...', () => {
    expect(speakerOf('Ian Moss is a pundit.', 'After taking their second Triple Crown last spring, Tom Bell tips Ireland to win. "This is their time," he told the BBC.')).toEqual(['Tom Bell']);
  });
  it('reads a firm joined by & after a preposition as part of the appositive: Ivo Kranj, an analyst with Bank Hallam & De Vries, said', () => {
    expect(speakerOf('Shares rose. "Growth is hard," Ivo Kranj, an analyst with Bank Hallam & De Vries, told Reuters.')).toEqual(['Ivo Kranj']);
  });
});
