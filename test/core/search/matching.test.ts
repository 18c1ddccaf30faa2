import { describe, expect, it } from 'vitest';
import { analysis, fact, hitTexts, indexOf, quote } from './search-helpers.js';

const total = (index: ReturnType<typeof indexOf>, q: string) => index.search(q).total;

describe('case and accents', () => {
  const index = indexOf(['Names', 'Edmundo González won.', 'Gonzalez said no.', 'GONZÁLEZ!', 'Gonza\u0301lez in NFD.', 'Gonzaga is another word.']);
  it('finds every spelling from any spelling', () => {
    for (const q of ['gonzalez', 'González', 'GONZÁLEZ', 'Gonza\u0301lez', 'gonzález']) expect(total(index, q), q).toBe(4);
  });
  it('offsets cover the original characters, combining marks included', () => {
    // Parsing makes paragraphs NFC; quote text arrives as the extractor gives it, here NFD.
    const nfd = indexOf(['T', 'x']);
    nfd.addAnalysis(0, analysis([quote('Edmundo Gonza\u0301lez won, Straße', 'GONZA\u0301LEZ')]));
    const [r] = nfd.search('gonzalez strasse').results;
    expect(hitTexts('Edmundo Gonza\u0301lez won, Straße', r!)).toEqual(['Gonza\u0301lez', 'Straße']);
    expect(r!.speakerHits).toEqual([[0, 9]]);
  });
});

describe('quotes and apostrophes', () => {
  const index = indexOf(['T', 'He hasn’t left.', "She hasn't.", 'It has not.'], ['Curly “human shield” here', 'x']);
  it('matches curly and straight forms both ways', () => {
    expect(total(index, "hasn't")).toBe(2);
    expect(total(index, 'hasn’t')).toBe(2);
  });
  it('finds curly-quoted text from a straight-quoted phrase', () => {
    expect(index.search('"human shield"').results.map((r) => r.where)).toEqual(['title']);
  });
});

describe('words', () => {
  const index = indexOf(['T', 'The government said so.', 'Prime Minister Blair spoke.', 'The minister for prime cuts.', 'The admin staff.', 'Minimal prime time.']);
  it('match word starts, in any order, all in the same unit', () => {
    expect(total(index, 'gov')).toBe(1);
    expect(total(index, 'prime min')).toBe(3);
    expect(total(index, 'min prime')).toBe(3);
    expect(total(index, 'prime gov')).toBe(0);
  });
  it('never match inside a word', () => {
    expect(total(index, 'min')).toBe(3);
    expect(total(index, 'dmin')).toBe(0);
    expect(total(index, 'overnment')).toBe(0);
  });
});

describe('phrases', () => {
  const index = indexOf(['T', 'A human shield was used.', 'Human rights shield.', 'Humans shielded them.', 'A human  shield, spaced.']);
  it('match the words together, white space collapsed', () => {
    expect(index.search('"human shield"').results.map((r) => r.paragraph)).toEqual([0, 3]);
  });
  it('a closed phrase ends at a word end; an open one is a prefix', () => {
    expect(total(index, '"human"')).toBe(3);
    expect(total(index, '"human sh')).toBe(2);
    expect(total(index, '"human shi"')).toBe(0);
  });
  it('still finds while the phrase is typed', () => {
    const counts = ['"', '"h', '"hu', '"human', '"human ', '"human s', '"human shield', '"human shield"'].map((q) => total(index, q));
    expect(counts).toEqual([0, 4, 4, 4, 4, 2, 2, 2]);
  });
});

describe('exclusions', () => {
  // Four articles, each a title and one paragraph.
  const index = indexOf(['Match day', 'Chelsea won the match.'], ['Club news', 'Chelsea football club.'], ['Flower show', 'Chelsea flower show.'], ['Youth', 'Chelsea footballers.']);
  it('-word leaves out the articles holding a word starting so, as a search engine minus does', () => {
    expect(total(index, 'chelsea -football')).toBe(2);
    expect(total(index, 'chelsea -flower -match')).toBe(2);
    // One letter after the minus (a word still being typed) leaves nothing out yet.
    expect(total(index, 'chelsea -f')).toBe(4);
    expect(total(index, 'chelsea -"flower show"')).toBe(3);
    // The excluded word in another unit of the article (here its title) leaves out the whole article.
    expect(index.search('chelsea -day').results.map((r) => r.article)).toEqual([1, 2, 3]);
  });
  it('an exclusion alone looks for nothing', () => {
    const r = index.search('-football');
    expect([r.total, r.complete]).toEqual([0, true]);
  });
  it('looks only in the articles asked for', () => {
    const within = new Uint8Array([0, 1, 1, 0]);
    expect(index.search('chelsea', { within }).results.map((r) => r.article)).toEqual([1, 2]);
    expect(index.search('chelsea -club', { within }).results.map((r) => r.article)).toEqual([2]);
  });
});

describe('speaker: and in:', () => {
  const index = indexOf(['Arsenal title', 'Wenger spoke after the game.', 'Fact para.'], ['Politics', 'Blair spoke.']);
  index.addAnalysis(0, analysis([quote('We will win the league', 'Arsène Wenger'), quote('Nobody knows', null)], [fact('£5bn'), fact('5.5%')]));
  index.addAnalysis(1, analysis([quote('We will win the election', 'Tony Blair')]));
  it('speaker: keeps quotes by that speaker, accent-folded, as a prefix', () => {
    expect(index.search('speaker:wenger').results.map((r) => r.speaker)).toEqual(['Arsène Wenger']);
    expect(index.search('speaker:arsene win').total).toBe(1);
    expect(index.search('speaker:"tony bl').results.map((r) => r.speaker)).toEqual(['Tony Blair']);
    expect(total(index, 'speaker:')).toBe(2);
    expect(total(index, 'speaker:nobody')).toBe(0);
  });
  it('plain words find quotes by their speaker too, with the speaker hits apart', () => {
    const r = index.search('wenger').results;
    expect(r.map((x) => x.where).sort()).toEqual(['paragraph', 'quote']);
    const q = r.find((x) => x.where === 'quote')!;
    expect(q.hits).toEqual([]);
    expect(q.speakerHits).toEqual([[7, 13]]);
  });
  it('in: limits the kinds of unit', () => {
    expect(index.search('win in:quotes').total).toBe(2);
    expect(index.search('in:facts').total).toBe(2);
    expect(index.search('in:titles').total).toBe(2);
    expect(index.search('spoke in:paragraphs').total).toBe(2);
    expect(index.search('spoke in:titles,quotes').total).toBe(0);
    expect(index.search('5bn').results.map((r) => r.where)).toEqual(['fact']);
  });
});

describe('literal text', () => {
  const index = indexOf(['C++ and C# (notes)', 'Prices rose 5.5% to $5bn, not 505%.', 'A [bracket] and a back\\slash.', 'Dots... and *stars*']);
  it('searches regex metacharacters and symbols as written', () => {
    expect(total(index, '5.5%')).toBe(1);
    expect(total(index, 'c++')).toBe(1);
    expect(total(index, '(notes)')).toBe(1);
    expect(total(index, '[bracket]')).toBe(1);
    expect(total(index, 'back\\slash')).toBe(1);
    expect(total(index, '$5bn')).toBe(1);
    expect(total(index, '*stars*')).toBe(1);
    expect(total(index, '.*')).toBe(0);
  });
  it('never fails on odd queries', () => {
    for (const q of ['(', ')', '[', '\\', '*', '+?', '"', '""', '-', '--', 'in:', 'speaker:', '\u0000', '\uD800', '💥', ' ']) {
      expect(() => index.search(q), q).not.toThrow();
    }
  });
});
