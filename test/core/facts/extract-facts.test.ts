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
    ['Growth reached 11.7% last year.', '11.7%', 11.7],
    ['Seventy percent of members stayed home.', 'Seventy percent', 70],
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
    expect(one('Bus fares have gone up by a fifth each year.', 'a fifth')).toMatchObject({ value: 20 });
    expect(one('It grows apples for more than half the county.', 'more than half')).toMatchObject({ value: 50 });
  });
  it('reads rates and spoken decimals: `one in five`, `two point four per cent`', () => {
    expect(one('One in five pensioners is poor.', 'One in five')).toMatchObject({ kind: 'percent', value: 20 });
    expect(one('Ticket sales dipped only two point four per cent.', 'only two point four per cent')).toMatchObject({ kind: 'percent', value: 2.4 });
  });
});

describe('money', () => {
  it.each([
    ['A reward of $15 million was offered.', '$15 million', 15_000_000, 'USD'],
    ['Profit was £47bn.', '£47bn', 47e9, 'GBP'],
    ['He was fined £12,500.', '£12,500', 12_500, 'GBP'],
    ['The deal was worth €3bn.', '€3bn', 3e9, 'EUR'],
    ['Shares closed at 162.5 pence.', '162.5 pence', 1.625, 'GBP'],
    ['A ticket costs $27.40 now.', '$27.40', 27.4, 'USD'],
    ['It paid HK$418m for it.', 'HK$418m', 418e6, 'HKD'],
    ['The state spent 236m naira on wells.', '236m naira', 236e6, 'NGN'],
    ['Sales reached 35bn yen.', '35bn yen', 35e9, 'JPY'],
  ])('%s -> %s', (paragraph, text, value, currency) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'money', value, currency });
  });
  it('reads `$1.25bn (£680m)` as two facts, not one', () => {
    const found = facts('Profits climbed to $1.25bn (£680m) in the half.').filter((f) => f.kind === 'money');
    expect(found.map((f) => [f.text, f.value, f.currency])).toEqual([
      ['$1.25bn', 1_250_000_000, 'USD'],
      ['£680m', 680_000_000, 'GBP'],
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
    const found = facts('Missed buses rose from just over 4% in 2009 to a record 11.8% last year.');
    expect(found.find((f) => f.kind === 'range')).toMatchObject({ text: 'from just over 4% in 2009 to a record 11.8%', from: 4, to: 11.8 });
    expect(found.filter((f) => f.kind === 'date').map((f) => f.text)).toEqual(['2009', 'last year']);
  });
  it('gives a bare first end the unit of the second: `48 to just 19 days`', () => {
    expect(one('The wait fell from 48 to just 19 days.', 'from 48 to just 19 days')).toMatchObject({ kind: 'range', from: 48, to: 19, unit: 'days' });
  });
  it('reads `between £18,000 and £26,000` and scores like 2-0', () => {
    expect(one('She earned between £18,000 and £26,000.', 'between £18,000 and £26,000')).toMatchObject({ from: 18_000, to: 26_000, currency: 'GBP' });
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
  it('does not join a change and a level: `rose 3% to $8.4bn`, `down $2.17 to $57.46`', () => {
    expect(facts('Sales rose 3% to $8.4bn.').map((f) => f.kind)).toEqual(['percent', 'money']);
    expect(facts('Copper ended down $2.17 to $57.46.').map((f) => f.kind)).toEqual(['money', 'money']);
  });
});

describe('count and quantity', () => {
  it.each([
    ['Stewards counted at least 3,000 people.', 'at least 3,000 people', 3000, 'people'],
    ['It left 17 others hurt.', '17 others', 17, 'others'],
    ['It gained 318,000 subscribers.', '318,000 subscribers', 318_000, 'subscribers'],
    ['The study covered 143 bus depots.', '143 bus depots', 143, 'bus depots'],
    ['Thirty-four people were questioned.', 'Thirty-four people', 34, 'people'],
    ['It found 2.5 million leaked library card numbers.', '2.5 million leaked library card numbers', 2_500_000, 'leaked library card numbers'],
  ])('%s -> %s', (paragraph, text, value, unit) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'count', value, unit });
  });
  it.each([
    ['Callers give up after 47 seconds.', '47 seconds', 47, 'seconds'],
    ['It took 21 days.', '21 days', 21, 'days'],
    ['The index fell 10 points.', '10 points', 10, 'points'],
    ['The 26-year-old won.', '26-year-old', 26, 'years'],
    ['He jumped 16.85m in Dundee.', '16.85m', 16.85, 'metres'],
    ['The chip runs at 4.2 GHz.', '4.2 GHz', 4.2, 'GHz'],
    ['She won the 800m title.', '800m', 800, 'metres'],
    ['She pulled clear over the last 200m.', '200m', 200, 'metres'],
    ['The crack widened by one centimetre.', 'one centimetre', 1, 'centimetres'],
  ])('%s -> %s', (paragraph, text, value, unit) => {
    expect(one(paragraph, text)).toMatchObject({ kind: 'quantity', value, unit });
  });
  it('reads `one-year` and keeps `one bit of` out', () => {
    expect(one('He faces a one-year ban.', 'one-year')).toMatchObject({ kind: 'quantity', value: 1, unit: 'years' });
    expect(texts('The map fits on one bit of paper.')).toEqual([]);
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
    expect(one('She vaulted four metres in training and aims for 4m at the games.', '4m')).toMatchObject({ kind: 'quantity', value: 4, unit: 'metres' });
    expect(one('The shop made 4m last year.', '4m')).toMatchObject({ value: 4e6 });
    expect(one('The tower is 300 metres high and has 4m visitors.', '4m visitors')).toMatchObject({ kind: 'count', value: 4e6 });
  });
  it('reads a part of a unit as an amount of it: `a tenth of a second`, `a quarter of a percentage point`', () => {
    expect(one('She lost by one tenth of a second.', 'one tenth of a second')).toMatchObject({ kind: 'quantity', value: 0.1, unit: 'seconds' });
    expect(one('Loan rates went up a quarter of a percentage point.', 'a quarter of a percentage point')).toMatchObject({ kind: 'quantity', value: 0.25 });
    expect(one('A third of voters agreed.', 'A third')).toMatchObject({ kind: 'percent' });
  });
  it('reads race distances and sizes in metres, money and counts in millions', () => {
    expect(one('She was in front at the 300m mark.', '300m')).toMatchObject({ kind: 'quantity', value: 300, unit: 'metres' });
    expect(one('The mast is 120m tall.', '120m')).toMatchObject({ kind: 'quantity', value: 120, unit: 'metres' });
    expect(one('They took a 500m euro loan.', '500m euro')).toMatchObject({ kind: 'money', value: 500e6 });
    expect(one('It reached the 100m viewers it wanted.', '100m viewers')).toMatchObject({ kind: 'count', value: 100e6 });
  });
  it('counts capitalised plurals that are no person: `four Oscars`, `57 Britons`; reads a year after a possessive', () => {
    expect(one('The musical took four Oscars.', 'four Oscars')).toMatchObject({ kind: 'count', value: 4 });
    expect(one('The ferry carried 57 Britons.', '57 Britons')).toMatchObject({ kind: 'count', value: 57 });
    expect(one("It was Pixley's 1971 film.", '1971')).toMatchObject({ kind: 'date', value: '1971' });
    expect(texts("Zephra's 787 landed.")).toEqual([]);
  });
  it('keeps number words that stand alone out: `one of`, `compared with two`', () => {
    expect(texts('One of the ringleaders fled, compared with two last time.')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['Results of the July 28 election.', 'July 28', null],
    ['It happened on July 28, 2024.', 'July 28, 2024', '2024-07-28'],
    ['Prizes are handed out on 9 March 2006.', '9 March 2006', '2006-03-09'],
    ['It opened in March 2004.', 'March 2004', '2004-03'],
    ['He spoke on Sunday.', 'Sunday', null],
    ['He leaves before January.', 'January', null],
    ['It rose in 2003.', '2003', '2003'],
    ['She lost last month’s vote.', 'last month’s', null],
    ['They met two weeks ago.', 'two weeks ago', null],
    ['Stocks were 3% higher than a year ago.', 'a year ago', null],
    ['It is set for a May general election.', 'May', null],
    ['The final is on Saturday, 18 March.', 'Saturday, 18 March', null],
    ['Music of the 1960s.', '1960s', null],
    ['The budget for 2011-12 grew.', '2011-12', null],
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
    'He scored in the 67th minute for the 21st time.',
    'The meeting starts at 10am and ends at 1400 GMT.',
    'He played for Euro 2004 and bought a PlayStation 3 and a 3G phone.',
    'Number 10 said nothing.',
    'The odds were 4/9 on.',
    'The rapper 20 Pence took the prize.',
    'Call 0845 300 912 or 0800 444 270 with news.',
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
