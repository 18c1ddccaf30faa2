// Number-dense articles built to blow up anything that copies a sentence per figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** About `bytes` of prices and shares in one paragraph with no sentence break: `$0,000 0% $1,000 1% …`. */
export function figuresParagraph(bytes: number): string {
  const parts: string[] = ['Price list'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `$${i % 100},${String(i % 1000).padStart(3, '0')} ${i % 100}%`;
    parts.push(part);
    size += part.length + 1;
  }
  return `${parts[0]}\n\n${parts.slice(1).join(' ')}\n`;
}

/** The same figures as a table of `rows` short sentences, one a line. */
export function figuresTable(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `Row ${i + 1} costs $${i % 100},${String(i % 1000).padStart(3, '0')} and ${i % 100}%.`);
  return `Price table\n\n${lines.join('\n')}\n`;
}

/** Environment that makes a reader write its peak memory to `dir/peak` on exit; `peakBytes` reads it. */
export function peakMemoryProbe(dir: string): { env: Record<string, string>; peakBytes(): number } {
  const file = join(dir, 'peak');
  const preload = new URL('./peak-memory.mjs', import.meta.url).href;
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, READER_PEAK_FILE: file },
    peakBytes: () => Number(readFileSync(file, 'utf8')),
  };
}
