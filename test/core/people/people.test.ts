import { describe, expect, it } from 'vitest';
import type { Entity, EntityKind } from '../../../src/core/article.js';
import { gatherPeople, type PeopleSource } from '../../../src/core/people/people.js';

// Invented people and bodies: the Varnells (Tobias and Ines), a lone Quillon, the Pemberly Trust.
const person = (name: string): Entity => ({ kind: 'person', name, mentions: 1, paragraphs: [0] });
const named = (kind: EntityKind, name: string): Entity => ({ kind, name, mentions: 1, paragraphs: [0] });
const article = (section: string | null, speakers: (string | null)[], entities: Entity[] = []): PeopleSource => ({
  section,
  quotes: speakers.map((speaker) => ({ speaker })),
  entities,
});
const row = (people: ReturnType<typeof gatherPeople>, name: string) => people.find((p) => p.name === name);

describe('the people table', () => {
  it("merges a person's forms across articles: the full name, and a surname in an article that names them", () => {
    const people = gatherPeople([
      article('politics', ['Tobias Varnell', 'Tobias Varnell'], [person('Tobias Varnell')]),
      // The analysis gives `Mr Varnell` as `Varnell` when its article never names him in full.
      article('politics', ['Varnell'], [person('Tobias Varnell')]),
      article('business', ['Tobias Varnell'], [person('Sir Tobias Varnell')]),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Tobias Varnell', kind: 'person', forms: ['Tobias Varnell', 'Varnell'], articles: [0, 1, 2], sections: ['politics', 'business'] });
    expect(people[0]!.quotes).toEqual([{ article: 0, quote: 0 }, { article: 0, quote: 1 }, { article: 1, quote: 0 }, { article: 2, quote: 0 }]);
  });

  it('never merges two people: Ines Varnell stays herself, and a lone Varnell stays apart when the archive has two', () => {
    const people = gatherPeople([
      article('politics', ['Tobias Varnell'], [person('Tobias Varnell')]),
      article('politics', ['Ines Varnell'], [person('Sir Ines Varnell')]),
      article('sport', ['Varnell', 'Varnell'], [named('organization', 'Pemberly Trust')]),
    ]);
    expect(people.map((p) => [p.name, p.quotes.length])).toEqual([['Varnell', 2], ['Ines Varnell', 1], ['Tobias Varnell', 1]]);
  });

  it("gives a lone surname to the archive's only full name with it, even one never quoted", () => {
    const people = gatherPeople([
      article('politics', ['Quillon'], []),
      article('politics', ['Tobias Varnell'], [person('Tobias Varnell'), person('Marta Quillon')]),
    ]);
    expect(row(people, 'Marta Quillon')).toMatchObject({ kind: 'person', forms: ['Quillon'], articles: [0] });
    expect(row(people, 'Quillon')).toBeUndefined();
  });

  it('keeps a lone surname apart when its own article names two people with it', () => {
    const people = gatherPeople([article(null, ['Varnell'], [person('Tobias Varnell'), person('Ines Varnell')])]);
    expect(people.map((p) => p.name)).toEqual(['Varnell']);
  });

  it('never merges unnamed sources into one person: they are descriptions, grouped by their wording only', () => {
    const people = gatherPeople([
      article('politics', ['a spokesman', 'the official'], [person('Tobias Varnell')]),
      article('business', ['a spokesman', 'a senior administration official', "Mr Varnell's spokesman"], [person('Tobias Varnell')]),
      article('tech', ['A spokesman', 'a spokesman for Mr Varnell'], []),
    ]);
    expect(people.every((p) => p.kind === 'description')).toBe(true);
    expect(row(people, 'a spokesman')).toMatchObject({ articles: [0, 1, 2], forms: ['a spokesman', 'A spokesman'] });
    expect(people.map((p) => p.name).sort()).toEqual(["Mr Varnell's spokesman", 'a senior administration official', 'a spokesman', 'a spokesman for Mr Varnell', 'the official']);
  });

  it('calls bodies that speak organisations, by the article\'s names or their shape', () => {
    const people = gatherPeople([
      article(null, ['the Pemberly Trust', 'PTX'], [named('organization', 'Pemberly Trust')]),
      article(null, ['Pemberly Trust', 'Tories', 'Conservatives'], []),
    ]);
    expect(row(people, 'Pemberly Trust')).toMatchObject({ kind: 'organization', forms: ['the Pemberly Trust', 'Pemberly Trust'], articles: [0, 1] });
    expect(row(people, 'PTX')).toMatchObject({ kind: 'organization' });
    // Party aliases share one key (`Tories`, `Conservatives`).
    expect(people.filter((p) => p.forms.includes('Tories'))).toMatchObject([{ kind: 'organization', forms: ['Tories', 'Conservatives'] }]);
  });

  it('cuts offices before a name: `Gadley spokesman Ivo Brandt` is Ivo Brandt', () => {
    const people = gatherPeople([article(null, ['Gadley spokesman Ivo Brandt', 'Ivo Brandt'], [person('Ivo Brandt')])]);
    expect(people).toMatchObject([{ name: 'Ivo Brandt', kind: 'person', forms: ['Gadley spokesman Ivo Brandt', 'Ivo Brandt'] }]);
  });

  it('leaves out quotes with no speaker, and sorts by quotes, then articles', () => {
    const people = gatherPeople([
      article(null, [null, 'Ivo Brandt', 'Ines Varnell', 'Ines Varnell'], [person('Ivo Brandt'), person('Ines Varnell')]),
      article(null, ['Ivo Brandt'], [person('Ivo Brandt')]),
    ]);
    expect(people.map((p) => [p.name, p.quotes.length, p.articles.length])).toEqual([['Ivo Brandt', 2, 2], ['Ines Varnell', 2, 1]]);
  });
});
