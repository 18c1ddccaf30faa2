import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/article.js';
import { extractEntities } from '../../../src/core/facts/extract-entities.js';
import { makeArticle } from '../../helpers/seed.js';

const entities = (...paragraphs: string[]) => extractEntities(makeArticle(paragraphs));
const names = (...paragraphs: string[]) => entities(...paragraphs).map((e) => e.name).sort();
const find = (list: readonly Entity[], name: string) => list.find((e) => e.name === name);

describe('merging mentions', () => {
  it('merges a surname into the full name: Maduro / Nicolás Maduro', () => {
    const list = entities('Talks with Nicolás Maduro went nowhere.', 'Later Maduro refused, and aides of Maduro agreed.');
    expect(list.filter((e) => e.kind === 'person')).toEqual([{ kind: 'person', name: 'Nicolás Maduro', mentions: 3, paragraphs: [0, 1] }]);
  });
  it('merges a titled surname: Mr Howard / Michael Howard', () => {
    const list = entities('Tory leader Michael Howard spoke first.', 'Mr Howard said the plan would fail.');
    expect(find(list, 'Michael Howard')).toMatchObject({ kind: 'person', mentions: 2, paragraphs: [0, 1] });
    expect(find(list, 'Howard')).toBeUndefined();
  });
  it('keeps a title that is part of the name when no fuller form exists', () => {
    expect(names('The claims upset Prince Harry and Lord Janner.')).toEqual(['Lord Janner', 'Prince Harry']);
  });
  it('merges U.S., US and United States into one place', () => {
    const list = entities('The U.S. has concluded the vote was lost.', 'Officials in the United States agreed, and US envoys left.');
    const places = list.filter((e) => e.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: 'United States', mentions: 3, paragraphs: [0, 1] });
  });
  it('merges an acronym with the name it abbreviates', () => {
    const list = entities('The London Stock Exchange rejected the bid.', 'Shareholders of the LSE were not asked.');
    expect(find(list, 'London Stock Exchange')).toMatchObject({ kind: 'organization', mentions: 2 });
    expect(find(list, 'LSE')).toBeUndefined();
  });
  it('merges an initial and surname into the full name: K Morgan / Kevin Morgan', () => {
    const list = entities('Kevin Morgan takes over on the wing.', 'The side: K Morgan, T Shanklin.');
    expect(find(list, 'Kevin Morgan')).toMatchObject({ mentions: 2 });
  });
  it('merges a short form into an organisation: the Journal / the Wall Street Journal', () => {
    const list = entities('An article in the Wall Street Journal on Sunday said so.', 'According to the Journal story, talks went on.');
    expect(find(list, 'Wall Street Journal')).toMatchObject({ kind: 'organization', mentions: 2 });
  });
});

describe('names as written', () => {
  it('strips possessives and punctuation', () => {
    expect(names('It is Venezuela’s crisis, and Britain\'s too.')).toEqual(['Britain', 'Venezuela']);
  });
  it('keeps accents and matches without them: Gonzalez finds González', () => {
    const list = entities('Edmundo González received the most votes.', 'Gonzalez later left for Spain.');
    expect(find(list, 'Edmundo González')).toMatchObject({ mentions: 2 });
  });
  it('keeps particles and hyphens inside names', () => {
    expect(names('Minister Mohammed Mustafa al-Jibouri met Sven-Goran Eriksson at the Stade de France.')).toEqual(
      ['Mohammed Mustafa al-Jibouri', 'Stade de France', 'Sven-Goran Eriksson'],
    );
  });
  it('joins organisation names with of, for and and', () => {
    expect(names('A note from the Department for Education and Skills and the University of Victoria.')).toEqual(
      ['Department for Education and Skills', 'University of Victoria'],
    );
    expect(names('Both Intel and Advanced Micro Devices make chips.')).toEqual(['Advanced Micro Devices', 'Intel']);
  });
  it('splits a party from the person that follows it: Liberal Democrat David Laws', () => {
    const list = entities('The Liberal Democrat David Laws disagreed.');
    expect(find(list, 'David Laws')?.kind).toBe('person');
    expect(find(list, 'Liberal Democrat')?.kind).toBe('organization');
  });
  it('splits a party from the person after a title: Labour MP Barry Sheerman', () => {
    const list = entities('The chairman, Labour MP Barry Sheerman, said no.');
    expect(find(list, 'Barry Sheerman')?.kind).toBe('person');
    expect(find(list, 'Labour')?.kind).toBe('organization');
  });
});

describe('not entities', () => {
  it('skips months and weekdays', () => {
    expect(names('In January the firm met on Sunday, and again in March.')).toEqual([]);
  });
  it('skips capitalised words that only open sentences', () => {
    expect(names('Citing three people, the paper said so. Analysts agreed. Cocoa prices fell as cocoa farmers left.')).toEqual([]);
  });
  it('keeps a name that opens a sentence when it is a known place or seen elsewhere', () => {
    expect(names('Nigeria grew. Curbishley smiled. The coach, Alan Curbishley, stayed.')).toEqual(['Alan Curbishley', 'Nigeria']);
  });
  it('skips titles of works: quoted, or built on `of the`', () => {
    expect(names('He sang “Redemption Song” and starred in Shaun of the Dead with Simon Pegg.')).toEqual(['Simon Pegg']);
    expect(names('A column in the News of the World.')).toEqual(['News of the World']);
  });
  it('skips nationality words, titles alone and photo credits', () => {
    expect(names('The Venezuelan ruler and British and Spanish officials met the Chief Superintendent.')).toEqual([]);
    expect(entities('dpa/picture-alliance/Sipa USA', 'A story with no names.')).toEqual([]);
  });
});

describe('kinds', () => {
  it('tells people, organisations and places apart', () => {
    const list = entities('Home Secretary Charles Clarke spoke to the Commission for Racial Equality in London and to Dimension Data.');
    expect(list.map((e) => [e.name, e.kind]).sort()).toEqual([
      ['Charles Clarke', 'person'],
      ['Commission for Racial Equality', 'organization'],
      ['Dimension Data', 'organization'],
      ['London', 'place'],
    ]);
  });
  it('orders entities by mentions, then first appearance', () => {
    expect(names('Paris and Rome. Then Rome again.')).toEqual(['Paris', 'Rome']);
    expect(entities('Paris and Rome. Then Rome again.').map((e) => e.name)).toEqual(['Rome', 'Paris']);
  });
});
