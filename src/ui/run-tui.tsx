import { Box, Text, render } from 'ink';
import type { Corpus } from '../core/load-corpus.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

/** What the terminal UI starts with. */
export interface TuiOptions {
  readonly corpus: Corpus;
  readonly color: boolean;
}

/** Placeholder until the reader UI lands: lists the titles. */
export async function runTui({ corpus }: TuiOptions): Promise<number> {
  const app = render(
    <Box flexDirection="column">
      <Text>reader · {corpus.articles.length} articles</Text>
      {corpus.articles.slice(0, 10).map((a) => (
        <Text key={a.path}>{sanitizeForTerminal(a.title)}</Text>
      ))}
    </Box>,
  );
  app.unmount();
  await app.waitUntilExit();
  return corpus.articles.length ? 0 : 1;
}
