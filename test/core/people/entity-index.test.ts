import { describe, expect, it } from 'vitest';
import type { Entity, EntityKind } from '../../../src/core/article.js';
import { indexEntities } from '../../../src/core/people/entity-index.js';

const named = (kind: EntityKind, name: string, mentions = 1): Entity => ({ kind, name, mentions, paragraphs: [0] });
const article = (...entities: Entity[]) => ({ section: null, entities });

describe('the entity index', () => {
  it('counts the articles naming each name, merged as the people table merges', () => {
    const index = indexEntities([
      article(named('person', 'Tobias Varnell', 3), named('place', 'Dunmarrow', 2)),
      article(named('person', 'Sir Tobias Varnell'), named('organization', 'Pemberly Trust')),
      article(named('person', 'Ines Varnell'), named('place', 'Dunmarrow')),
      article(named('person', 'Varnell')),
    ]);
    expect(index.map((e) => [e.name, e.kind, e.articles, e.mentions])).toEqual([
      ['Tobias Varnell', 'person', [0, 1], 4],
      ['Dunmarrow', 'place', [0, 2], 3],
      ['Ines Varnell', 'person', [2], 1],
      ['Pemberly Trust', 'organization', [1], 1],
      // Two Varnells in the archive: the lone one stays apart.
      ['Varnell', 'person', [3], 1],
    ]);
    expect(index.find((e) => e.name === 'Tobias Varnell')!.forms).toEqual(['Tobias Varnell', 'Sir Tobias Varnell']);
  });

  it("gives a lone surname to the archive's only full name with it", () => {
    const index = indexEntities([article(named('person', 'Quillon', 2)), article(named('person', 'Marta Quillon'))]);
    expect(index).toMatchObject([{ name: 'Marta Quillon', kind: 'person', articles: [0, 1], mentions: 3, forms: ['Quillon', 'Marta Quillon'] }]);
  });

  it('merges a body named several ways (`U.S.`, `United States`) and keeps people apart from places of the same name', () => {
    const index = indexEntities([
      article(named('place', 'U.S.'), named('person', 'Jordan Pell')),
      article(named('place', 'United States'), named('place', 'Jordan')),
    ]);
    expect(index.map((e) => [e.name, e.kind, e.articles.length])).toEqual([['United States', 'place', 2], ['Jordan', 'place', 1], ['Jordan Pell', 'person', 1]]);
  });
});
