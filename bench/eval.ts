// `npm run eval`: accuracy of quote, fact and entity extraction against hand-graded BBC articles.
// The BBC text is read at run time from ../shared/corpus/bbc (or READER_BBC); only file names,
// quote openings, speakers, figures and names are kept in bench/gold/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evalFacts } from './eval-facts.js';
import { evalQuotes } from './eval-quotes.js';

const corpus = process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
if (!existsSync(corpus)) {
  console.log(`eval: no BBC corpus at ${corpus} (set READER_BBC); nothing to grade`);
  process.exit(0);
}
await evalQuotes(corpus);
await evalFacts(corpus);
