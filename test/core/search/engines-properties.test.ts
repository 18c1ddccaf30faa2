// The SQLite store's full-text index must never drop a true match: on random text built from the
// spellings where its tokenizer and our folding could disagree, its engine answers as the in-memory one.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { createStoreSearch } from '../../../src/core/store/store-search.js';
import { createSearchIndex } from '../../../src/core/search/index.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';
import { tempTree } from '../../helpers/temp-dir.js';
import { makeArticle } from '../../helpers/seed.js';
import { analysis, quote } from './search-helpers.js';

// Words and the marks between them, glued without spaces as often as not: the index sees words only.
const word = fc.constantFrom('O', 'neill', 'Gonza\u0301lez', 'González', 'Straße', 'strasse', '\uFB01n', 'km²', '14th', '14', '3', '1,000', '£160m',
  'hasn', 't', '東京', 'Αθήνα', 'e', 'mail', 'co', 'op', 'prime', 'Min', 'admin', 'ǅemal', 'İstanbul', 'ﬀ', 'Ⅻ', '½', '\u{1D400}bc', 'a');
const glue = fc.constantFrom(' ', '', '-', "'", '’', '.', ', ', '"', '\u00AD', '/');
const text = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
const query = fc.array(fc.tuple(fc.constantFrom('', '-', '"', 'speaker:', 'in:q '), fc.oneof(word, text)), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([op, w]) => op + w).join(' '));

describe('the SQLite store engine on random text', () => {
  it('gives the in-memory answer for any query', { timeout: PROPERTY_MS }, () => {
    const dir = tempTree();
    let run = 0;
    fc.assert(fc.property(fc.array(fc.tuple(text, fc.array(text, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }), text, fc.array(query, { minLength: 1, maxLength: 4 }), (stories, said, queries) => {
      const articles = stories.map(([title, paragraphs], i) => ({ ...makeArticle(paragraphs, title), path: `a${i}.txt` }));
      const found = analysis([quote(said, said.slice(0, 12))]);
      const index = createSearchIndex();
      index.addArticles(articles, 0);
      index.addAnalysis(0, found);
      const { store } = openSqliteStore(join(dir, `store-${run++}.sqlite`));
      store.put(articles.map((article, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: '' }, order, article, analysis: order === 0 ? found : null })));
      // As after a refresh: "did you mean" reads the word counts kept then.
      store.keepWordCounts();
      const engine = createStoreSearch(store);
      for (const q of queries) {
        for (const options of [{ limit: Infinity }, { limit: 2, cap: 1 }]) {
          const { complete: _a, ...fromStore } = engine.search(q, options);
          const { complete: _b, ...fromMemory } = index.search(q, options);
          expect(fromStore, q).toEqual(fromMemory);
        }
      }
      store.close();
    }), { numRuns: 150 });
  });
});
