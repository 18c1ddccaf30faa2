import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/load/load-corpus.js';
import { loadCorpusLazily } from '../../../src/core/load/load-corpus-lazily.js';
import { tempTree } from '../../helpers/temp-dir.js';

describe('loadCorpusLazily', () => {
  it('gives what loadCorpus gives, for text and Markdown alone and with HTML among them', async () => {
    const text = { 'politics/a.txt': 'Title one\n\nBy A Writer\n\nFirst paragraph.\n\nSecond “quoted” one.', 'b.md': '# Heading\n\nSome *Markdown* text.' };
    const withHtml = { ...text, 'c.html': '<html><head><title>Page</title></head><body><article><p>An HTML paragraph with enough words to be kept as the article body text.</p></article></body></html>' };
    for (const files of [text, withHtml]) {
      const root = tempTree(files);
      expect(await loadCorpusLazily([{ path: root, label: 'r' }])).toEqual(loadCorpus([{ path: root, label: 'r' }]));
    }
  });
});
