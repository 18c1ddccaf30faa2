import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/article.js';
import { extractFacts } from '../../../src/core/facts/extract-facts.js';
import { makeArticle } from '../../helpers/seed.js';

const facts = (...paragraphs: string[]) => extractFacts(makeArticle(paragraphs));
const one = (paragraph: string, text: string): Fact => {
  const found = facts(paragraph).filter((f) => f.text === text);
  expect(found, `${text} in ${paragraph}: ${JSON.stringify(facts(paragraph).map((f) => f.text))}`).toHaveLength(1);
  return found[0]!;
};
const texts = (paragraph: string) => facts(paragraph).map((f) => f.text);

describe('percent', () => {
  it.each([
    ['Turnout was 52% on the day.', '52%', 52],
    ['Growth reached 13.3% last year.', '13.3%', 13.3],
    ['Sixty percent of voters stayed home.', 'Sixty percent', 60],
    ['The party won about 52 percent of the seats.', 'about 52 percent', 52],
    ['Prices rose 4 per cent.', '4 per cent', 4],
  ])('%s -> %s = %d', (paragraph, text, value) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'percent', value });
  });
  it('reads shares as percents: two-thirds, a quarter, half', () => {
    expect(one('Nearly two-thirds of firms agreed.', 'Nearly two-thirds')).toMatchObject({ kind: 'percent', value: 66.7 });
    expect(one('Nearly a quarter of staff left.', 'Nearly a quarter')).toMatchObject({ kind: 'percent', value: 25 });
    expect(one('Half of them disagreed.', 'Half')).toMatchObject({ kind: 'percent', value: 50 });
    expect(texts('He scored in the second half of the match.')).toEqual([]);
    expect(one('Sales have risen by a fifth each year.', 'a fifth')).toMatchObject({ value: 20 });
    expect(one('It makes chips for more than half the world.', 'more than half')).toMatchObject({ value: 50 });
  });
  it('reads rates and spoken decimals: `one in five`, `one point three per cent`', () => {
    expect(one('One in five pensioners is poor.', 'One in five')).toMatchObject({ kind: 'percent', value: 20 });
    expect(one('Sales fell only one point three per cent.', 'only one point three per cent')).toMatchObject({ kind: 'percent', value: 1.3 });
  });
});

describe('money', () => {
  it.each([
    ['A reward of $15 million was offered.', '$15 million', 15_000_000, 'USD'],
    ['Profit was £35bn.', '£35bn', 35e9, 'GBP'],
    ['He was fined £15,000.', '£15,000', 15_000, 'GBP'],
    ['The deal was worth €3bn.', '€3bn', 3e9, 'EUR'],
    ['Shares closed at 151.5 pence.', '151.5 pence', 1.515, 'GBP'],
    ['A ticket costs $18.90 now.', '$18.90', 18.9, 'USD'],
    ['It paid HK$327m for it.', 'HK$327m', 327e6, 'HKD'],
    ['The state spent 154m naira on seeds.', '154m naira', 154e6, 'NGN'],
    ['Sales reached 20bn yen.', '20bn yen', 20e9, 'JPY'],
  ])('%s -> %s', (paragraph, text, value, currency) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'money', value, currency });
  });
  it('reads `$1.13bn (£600m)` as two facts, not one', () => {
    const found = facts('Profits jumped to $1.13bn (£600m) in the quarter.').filter((f) => f.kind === 'money');
    expect(found.map((f) => [f.text, f.value, f.currency])).toEqual([
      ['$1.13bn', 1_130_000_000, 'USD'],
      ['£600m', 600_000_000, 'GBP'],
    ]);
  });
  it('keeps a qualifier in the span', () => {
    expect(one('Losses were more than $4m.', 'more than $4m')).toMatchObject({ value: 4_000_000 });
  });
});

describe('range', () => {
  it('joins `65% to 30%` with its ends', () => {
    expect(one('He won by a margin of 65% to 30%.', '65% to 30%')).toMatchObject({ kind: 'range', value: null, from: 65, to: 30 });
  });
  it('joins a from..to range across a date, and keeps the date', () => {
    const found = facts('Abandoned calls rose from just over 5% in 2003 to a record 13.3% last year.');
    expect(found.find((f) => f.kind === 'range')).toMatchObject({ text: 'from just over 5% in 2003 to a record 13.3%', from: 5, to: 13.3 });
    expect(found.filter((f) => f.kind === 'date').map((f) => f.text)).toEqual(['2003', 'last year']);
  });
  it('gives a bare first end the unit of the second: `36 to just 21 days`', () => {
    expect(one('Training fell from 36 to just 21 days.', 'from 36 to just 21 days')).toMatchObject({ kind: 'range', from: 36, to: 21, unit: 'days' });
  });
  it('reads `between £25,000 and £35,000` and scores like 2-0', () => {
    expect(one('He earned between £25,000 and £35,000.', 'between £25,000 and £35,000')).toMatchObject({ from: 25_000, to: 35_000, currency: 'GBP' });
    expect(one('They lost 2-0 at home.', '2-0')).toMatchObject({ kind: 'range', from: 2, to: 0 });
  });
  it('reads estimates: `four or five`, `two or three weeks`; `16 or 17 May` stays a date, years stay years', () => {
    expect(one('We lost four or five of them.', 'four or five')).toMatchObject({ kind: 'range', from: 4, to: 5 });
    expect(one('It will take two or three weeks.', 'two or three weeks')).toMatchObject({ kind: 'range', from: 2, to: 3, unit: 'weeks' });
    expect(texts('The vote is on 16 or 17 May.')).toContain('17 May');
    expect(texts('It opens in 2006 or 2007.')).toEqual(['2006', '2007']);
  });
  it('does not join a measure and an aside after a spaced dash: `9.91 seconds - a tenth of a second`', () => {
    expect(facts('She ran 9.91 seconds - just a tenth of a second slower.').map((f) => f.kind)).toEqual(['quantity', 'quantity']);
  });
  it('does not join a change and a level: `rose 2% to $11.1bn`, `down $1.33 to $42.12`', () => {
    expect(facts('Sales rose 2% to $11.1bn.').map((f) => f.kind)).toEqual(['percent', 'money']);
    expect(facts('Oil ended down $1.33 to $42.12.').map((f) => f.kind)).toEqual(['money', 'money']);
  });
});

describe('count and quantity', () => {
  it.each([
    ['Police made the arrests of at least 2,000 people.', 'at least 2,000 people', 2000, 'people'],
    ['It caused the death of 21 others.', '21 others', 21, 'others'],
    ['It lost 464,000 subscribers.', '464,000 subscribers', 464_000, 'subscribers'],
    ['The survey covered 166 call centres.', '166 call centres', 166, 'call centres'],
    ['Twenty-eight people were arrested.', 'Twenty-eight people', 28, 'people'],
    ['It found 1.7 million stolen credit card numbers.', '1.7 million stolen credit card numbers', 1_700_000, 'stolen credit card numbers'],
  ])('%s -> %s', (paragraph, text, value, unit) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'count', value, unit });
  });
  it.each([
    ['Callers hang up after 65 seconds.', '65 seconds', 65, 'seconds'],
    ['It took 21 days.', '21 days', 21, 'days'],
    ['The index fell 10 points.', '10 points', 10, 'points'],
    ['The 26-year-old won.', '26-year-old', 26, 'years'],
    ['He jumped 17.30m in Sheffield.', '17.30m', 17.3, 'metres'],
    ['The chip runs at 3.8 GHz.', '3.8 GHz', 3.8, 'GHz'],
    ['She won the 800m title.', '800m', 800, 'metres'],
    ['She pulled clear over the last 200m.', '200m', 200, 'metres'],
    ['It grew by one centimetre.', 'one centimetre', 1, 'centimetres'],
  ])('%s -> %s', (paragraph, text, value, unit) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'quantity', value, unit });
  });
  it('reads `one-year` and keeps `one bit of` out', () => {
    expect(one('He faces a one-year ban.', 'one-year')).toMatchObject({ kind: 'quantity', value: 1, unit: 'years' });
    expect(texts('It fits on one bit of silicon.')).toEqual([]);
  });
  it('reads `a 12-strong board` and `two more years`, `three more games` as figures', () => {
    expect(one('A 12-strong board runs the club.', '12-strong')).toMatchObject({ kind: 'count', value: 12 });
    expect(one('He has two more years on his deal.', 'two more years')).toMatchObject({ kind: 'quantity', value: 2, unit: 'years' });
    expect(one('They have three more games to play.', 'three more games')).toMatchObject({ kind: 'count', value: 3, unit: 'games' });
    expect(texts('Two more than last time came.')).toEqual([]);
  });
  it('passes over quotation marks around a describing word: `eight "smart" phones`', () => {
    expect(one('The kit holds eight "smart" phones.', 'eight "smart" phones')).toMatchObject({ kind: 'count', value: 8 });
    expect(texts('He said "five" and left.')).toEqual([]);
  });
  it('reads `a 22-man squad`, `a 15-member panel` and `a 25-nation bloc` as head counts', () => {
    expect(one('It is a 22-man squad these days.', '22-man')).toMatchObject({ kind: 'count', value: 22 });
    expect(one('A 15-member panel will decide.', '15-member')).toMatchObject({ kind: 'count', value: 15 });
    expect(one('The 25-nation bloc met.', '25-nation')).toMatchObject({ kind: 'count', value: 25 });
  });
  it('reads a small bare `5m` as metres where the paragraph talks in metres, as millions elsewhere', () => {
    expect(one('She has cleared four metres in practice and wants a go at 4m in a meet.', '4m')).toMatchObject({ kind: 'quantity', value: 4, unit: 'metres' });
    expect(one('The shop made 4m last year.', '4m')).toMatchObject({ value: 4e6 });
    expect(one('The tower is 300 metres high and has 4m visitors.', '4m visitors')).toMatchObject({ kind: 'count', value: 4e6 });
  });
  it('reads a part of a unit as an amount of it: `a tenth of a second`, `a quarter of a percentage point`', () => {
    expect(one('He won by one hundredth of a second.', 'one hundredth of a second')).toMatchObject({ kind: 'quantity', value: 0.01, unit: 'seconds' });
    expect(one('Rates rose by a quarter of a percentage point.', 'a quarter of a percentage point')).toMatchObject({ kind: 'quantity', value: 0.25 });
    expect(one('A third of voters agreed.', 'A third')).toMatchObject({ kind: 'percent' });
  });
  it('reads race distances and sizes in metres, money and counts in millions', () => {
    expect(one('He led at the 300m stage.', '300m')).toMatchObject({ kind: 'quantity', value: 300, unit: 'metres' });
    expect(one('The mast is 120m tall.', '120m')).toMatchObject({ kind: 'quantity', value: 120, unit: 'metres' });
    expect(one('They took a 500m euro loan.', '500m euro')).toMatchObject({ kind: 'money', value: 500e6 });
    expect(one('It reached the 100m viewers it wanted.', '100m viewers')).toMatchObject({ kind: 'count', value: 100e6 });
  });
  it('counts capitalised plurals that are no person: `three Oscars`, `41 Britons`; reads a year after a possessive', () => {
    expect(one('The film won three Oscars.', 'three Oscars')).toMatchObject({ kind: 'count', value: 3 });
    expect(one('It held 41 Britons.', '41 Britons')).toMatchObject({ kind: 'count', value: 41 });
    expect(one("It was Disney's 1964 film.", '1964')).toMatchObject({ kind: 'date', value: '1964' });
    expect(texts("Boeing's 777 flew.")).toEqual([]);
  });
  it('keeps number words that stand alone out: `one of`, `compared with two`', () => {
    expect(texts('One of the ringleaders fled, compared with two last time.')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['Results of the July 28 election.', 'July 28', null],
    ['It happened on July 28, 2024.', 'July 28, 2024', '2024-07-28'],
    ['Winners are named on 2 March 2005.', '2 March 2005', '2005-03-02'],
    ['It opened in March 2004.', 'March 2004', '2004-03'],
    ['He spoke on Sunday.', 'Sunday', null],
    ['He leaves before January.', 'January', null],
    ['It rose in 2003.', '2003', '2003'],
    ['She lost last month’s vote.', 'last month’s', null],
    ['They met two weeks ago.', 'two weeks ago', null],
    ['Stocks were 3% higher than a year ago.', 'a year ago', null],
    ['It is set for a May general election.', 'May', null],
    ['The kick-off is on Saturday, 26 February.', 'Saturday, 26 February', null],
    ['Music of the 1960s.', '1960s', null],
    ['The budget for 2003-04 grew.', '2003-04', null],
    ['Prices were last this high in the seventies.', 'seventies', null],
    ['It was a hit in the early Eighties.', 'early Eighties', null],
  ])('%s -> %s', (paragraph, text, value) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'date', value });
  });
  it('reads a relative date written with capitals as a title: `This Morning` is a show, `this morning` a date', () => {
    expect(texts("She told the channel's This Morning show about it.")).toEqual([]);
    expect(texts('She told the show about it this morning.')).toEqual(['this morning']);
  });
  it('reads `the seventies` as a decade but `his seventies` as an age', () => {
    expect(texts('A man in his seventies and a woman in her early sixties.')).toEqual([]);
  });
  it('never guesses a year from the clock', () => {
    for (const fact of facts('On Sunday, July 28 and last week, then 5 May.')) expect(fact.value).toBeNull();
  });
  it('reads `May` as a month only where a date is meant', () => {
    expect(texts('May I ask a question? The show opens in May.')).toEqual(['May']);
    expect(one('The show opens in May.', 'May').start).toBe(18);
  });
});

describe('not facts', () => {
  it.each([
    'He spoke on Radio Four and Radio 4 this morning.',
    'It was the first time he had won.',
    'He scored in the 84th minute for the 21st time.',
    'The meeting starts at 10am and ends at 1600 GMT.',
    'He played for Euro 2004 and bought a PlayStation 3 and a 3G phone.',
    'Number 10 said nothing.',
    'The odds were 4/9 on.',
    'The rapper 50 Cent took the prize.',
    'Call 0845 505 505 or 0800 555 111 with news.',
    'Seeds: 7 Serena Bloggs (US), 16 Tommy Bloggs (Ger).',
    'Save your MP3 files, said the G8 leaders flying the A380 jets.',
  ])('%s', (paragraph) => {
    expect(facts(paragraph).filter((f) => f.kind !== 'date')).toEqual([]);
    expect(facts(paragraph).map((f) => f.text)).not.toContain('2004');
  });
});

describe('fact fields', () => {
  it('gives the sentence, paragraph and offsets of each fact', () => {
    const [fact] = extractFacts(makeArticle(['Nothing here.', 'First sentence. Then 52% voted. Last one.']));
    expect(fact).toMatchObject({ paragraph: 1, text: '52%', sentence: 'Then 52% voted.', start: 21, end: 24 });
  });
  it('ends a sentence at `said no.` but not at `No. 10`', () => {
    expect(facts('He said no. Then 52% voted.')[0]!.sentence).toBe('Then 52% voted.');
    expect(facts('It is No. 10 on a list of 52%.')[0]!.sentence).toBe('It is No. 10 on a list of 52%.');
  });
  it('keeps `U.S.` and `Mr.` inside one sentence', () => {
    const [fact] = facts('Mr. Smith met U.S. officials on Sunday. Then he left.');
    expect(fact!.sentence).toBe('Mr. Smith met U.S. officials on Sunday.');
  });
});
