import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../src/core/load/load-documents.js';
import { loadCorpus } from '../../../src/core/load/load-corpus.js';
import { tempTree } from '../../helpers/temp-dir.js';

const story = (title: string) => `${title}\n\nBody of ${title}.`;

describe('finding files', () => {
  it('walks folders in natural order, skipping hidden entries and node_modules', () => {
    const root = tempTree({
      '10.txt': story('ten'), '2.txt': story('two'), 'b/1.txt': story('b1'), 'a/x.md': '# md\n\nText.',
      '.hidden.txt': story('hidden'), '.git/x.txt': story('git'), 'node_modules/y.txt': story('nm'),
    });
    const { documents, errors } = loadDocuments([{ path: root, label: 'corpus' }]);
    expect(documents.map((d) => d.path)).toEqual(['corpus/2.txt', 'corpus/10.txt', 'corpus/a/x.md', 'corpus/b/1.txt']);
    expect(errors).toEqual([]);
  });
  it('gives each article its section: the folder under the path given', () => {
    const root = tempTree({ 'politics/408.txt': story('p'), 'sport/x/1.txt': story('s'), 'top.txt': story('t') });
    const { documents } = loadDocuments([{ path: root }]);
    expect(documents.map((d) => d.section)).toEqual(['politics', 'sport/x', null]);
    expect(loadDocuments([{ path: join(root, 'politics/408.txt') }]).documents[0]!.section).toBeNull();
  });
  it('recognises formats by extension, in any case', () => {
    const root = tempTree({ 'a.TXT': story('a'), 'b': story('b'), 'c.markdown': '# c\n\nx', 'd.HTM': '<title>d</title><p>x</p>', 'e.jpg': 'x' });
    const { documents, errors } = loadDocuments([{ path: root, label: 'r' }]);
    expect(documents.map((d) => [d.path, d.format])).toEqual([['r/a.TXT', 'text'], ['r/b', 'text'], ['r/c.markdown', 'markdown'], ['r/d.HTM', 'html']]);
    expect(errors).toEqual([{ path: 'r/e.jpg', message: expect.stringMatching(/not an article format/) }]);
  });
});

describe('bad input: a clear error, and the rest still loads', () => {
  it('a missing path is named; the other paths load', () => {
    const root = tempTree({ 'ok.txt': story('ok') });
    const { articles, errors } = loadCorpus([{ path: join(root, 'missing.txt'), label: 'missing.txt' }, { path: join(root, 'ok.txt'), label: 'ok.txt' }]);
    expect(articles.map((a) => a.title)).toEqual(['ok']);
    expect(errors).toEqual([{ path: 'missing.txt', message: 'no such file or folder' }]);
  });
  it('empty, blank and binary files each get an entry', () => {
    const root = tempTree({ 'empty.txt': '', 'blank.txt': ' \n\t\n ', 'bin.txt': new Uint8Array([0x47, 0x49, 0x46, 0, 1, 2]), 'ok.txt': story('ok') });
    const { documents, errors } = loadDocuments([{ path: root, label: 'r' }]);
    expect(documents.map((d) => d.path)).toEqual(['r/ok.txt']);
    expect(errors).toEqual([
      { path: 'r/bin.txt', message: expect.stringMatching(/binary/) },
      { path: 'r/blank.txt', message: expect.stringMatching(/whitespace/) },
      { path: 'r/empty.txt', message: expect.stringMatching(/empty/) },
    ]);
  });
  it('a folder with no articles says so', () => {
    const root = tempTree({ 'sub/.keep': '' });
    expect(loadDocuments([{ path: root, label: 'r' }]).errors).toEqual([{ path: 'r', message: 'no articles in this folder' }]);
  });
  it('a symlink loop is reported once and does not hang', () => {
    const root = tempTree({ 'a/story.txt': story('s') });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    const { documents, errors } = loadDocuments([{ path: root, label: 'r' }]);
    expect(documents.map((d) => d.path)).toEqual(['r/a/story.txt']);
    expect(errors).toEqual([{ path: 'r/a/loop', message: 'symlink loop, skipped' }]);
  });
  it('a file over the size limit is refused with a message naming the limit', () => {
    const root = tempTree({ 'big.txt': `Big\n\n${'word '.repeat(5000)}` });
    const { documents, errors } = loadDocuments([{ path: join(root, 'big.txt'), label: 'big.txt' }], { maxBytes: 1024 });
    expect(documents).toEqual([]);
    expect(errors[0]!.message).toMatch(/too large .*--max-size/);
  });
  it('a 20 MB file is refused by default, not read into memory', () => {
    const root = tempTree();
    writeFileSync(join(root, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(loadDocuments([{ path: join(root, 'huge.txt'), label: 'huge.txt' }]).errors[0]!.message).toMatch(/too large \(20\.0 MB/);
  });
});

describe('decoding', () => {
  it('reads Windows-1252 / Latin-1 text instead of showing replacement characters', () => {
    const root = tempTree({ 'old.txt': new Uint8Array([...Buffer.from('Fee\n\nA '), 0xa3, ...Buffer.from('15.8m signing, caf'), 0xe9, ...Buffer.from(' ') , 0x93, ...Buffer.from('ok'), 0x94]) });
    const [doc] = loadDocuments([{ path: join(root, 'old.txt') }]).documents;
    expect(doc!.text).toBe('Fee\n\nA £15.8m signing, café “ok”');
  });
  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\n\nTexto.', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const root = tempTree({ 'le.txt': le, 'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
    const { documents } = loadDocuments([{ path: root }]);
    expect(documents.map((d) => d.text)).toEqual(['Título\n\nTexto.', 'Título\n\nTexto.']);
  });
  it('reads stdin only for the path -', () => {
    let reads = 0;
    const readStdin = () => { reads++; return Buffer.from('From stdin\n\nText.'); };
    const root = tempTree({ 'a.txt': story('a') });
    expect(loadDocuments([{ path: root }], { readStdin }).documents).toHaveLength(1);
    expect(reads).toBe(0);
    const { documents } = loadDocuments([{ path: '-' }], { readStdin });
    expect(reads).toBe(1);
    expect(documents).toEqual([{ path: '-', section: null, format: 'text', text: 'From stdin\n\nText.' }]);
  });
});


describe('files that change under the reader', () => {
  it('a file that disappears between finding and reading is reported; the rest loads', async () => {
    const { rmSync } = await import('node:fs');
    const { findFiles } = await import('../../../src/core/load/find-files.js');
    const { readFoundFiles } = await import('../../../src/core/load/load-documents.js');
    const root = tempTree({ 'a.txt': story('a'), 'b.txt': story('b') });
    const { files } = findFiles([{ path: root, label: 'r' }]);
    rmSync(join(root, 'a.txt'));
    const { documents, errors } = readFoundFiles(files);
    expect(documents.map((d) => d.path)).toEqual(['r/b.txt']);
    expect(errors).toEqual([{ path: 'r/a.txt', message: 'no such file or folder' }]);
  });
  it('a folder of 10,000 empty files lists each one and does not stop', () => {
    const files: Record<string, string> = { 'real.txt': story('real') };
    for (let i = 0; i < 10_000; i++) files[`e${i}.txt`] = '';
    const { articles, errors } = loadCorpus([{ path: tempTree(files), label: 'r' }]);
    expect(articles.map((a) => a.title)).toEqual(['real']);
    expect(errors).toHaveLength(10_000);
  }, 30_000);
});
