// People across the archive: speakers merged into persons, organisations and unnamed sources, and every name indexed.
// May import core/article, names/ and facts/ (name keys and kinds); never React, Ink or the file system.
import type { Entity, Quote } from '../article.js';
import { FullNames } from './full-names.js';
import { byCount, NameGroups } from './name-groups.js';
import { ArticleNames, type SpeakerKind } from './speaker-name.js';

export type { SpeakerKind } from './speaker-name.js';

/** Where a quote is: its article's index in the archive and its index in that article's quotes. */
export interface QuoteRef {
  readonly article: number;
  readonly quote: number;
}

/** One row of the people table: a person, an organisation, or the wording of unnamed sources. */
export interface Person {
  /** The fullest form of the name (`Tony Blair`), or the wording (`a spokesman`). */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** The speaker strings merged here, as the analysis wrote them, most quoted first. */
  readonly forms: readonly string[];
  /** Every quotation, in archive order. */
  readonly quotes: readonly QuoteRef[];
  /** Indexes of the articles quoting them, ascending. */
  readonly articles: readonly number[];
  /** Sections quoting them, most quotes first. */
  readonly sections: readonly string[];
}

/** What the people table needs of one article. */
export interface PeopleSource {
  readonly section: string | null;
  readonly quotes: readonly Pick<Quote, 'speaker'>[];
  readonly entities: readonly Entity[];
}

/**
 * Gathers the archive's speakers article by article (so nothing else of an article need stay in
 * memory), then merges them: a person's forms across articles, a lone surname into the archive's only
 * full name with it; two full names never; unnamed sources only by their exact wording.
 */
export class PeopleTally {
  private readonly groups = new NameGroups<SpeakerKind>();
  private readonly fullNames = new FullNames();

  /** Adds the article at `index` in the archive (indexes ascending). */
  add(index: number, article: PeopleSource): void {
    const names = new ArticleNames(article.entities);
    for (const words of names.fullNames()) this.fullNames.add(words);
    article.quotes.forEach((quote, k) => {
      if (quote.speaker === null || quote.speaker.trim() === '') return;
      const speaker = names.read(quote.speaker);
      if (speaker.kind === 'person') this.fullNames.add(speaker.words);
      const group = speaker.kind === 'person' ? 'person' : speaker.kind === 'organization' ? 'name' : 'description';
      this.groups.add({ group, kind: speaker.kind, words: speaker.words, form: quote.speaker, article: index, section: article.section, count: 1 }, { article: index, item: k });
    });
  }

  /** Everyone quoted, most quotes first (then most articles, then by name). */
  people(): Person[] {
    return this.groups
      .finish(this.fullNames)
      .map((g) => ({
        name: g.name,
        kind: byCount(g.kinds)[0]!,
        forms: byCount(g.forms),
        quotes: g.refs.map((r) => ({ article: r.article, quote: r.item })),
        articles: g.articles,
        sections: byCount(g.sections),
      }))
      .sort((a, b) => b.quotes.length - a.quotes.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  }
}

/** The people table of a whole archive held in memory (articles in archive order). */
export function gatherPeople(articles: readonly PeopleSource[]): Person[] {
  const tally = new PeopleTally();
  articles.forEach((article, i) => tally.add(i, article));
  return tally.people();
}
