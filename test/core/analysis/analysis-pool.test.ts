import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import { createAnalysisPool } from '../../../src/core/analysis/analysis-pool.js';
import { makeArticle, seedArticle } from '../../helpers/seed.js';

const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const BUILT = new URL('../../../dist/analysis-worker.js', import.meta.url);
const titled = (titles: readonly string[]): Article[] => titles.map((title) => makeArticle(['Body.'], title));

function collect() {
  const order: number[] = [];
  const results = new Map<number, Analysis | { error: string }>();
  const listener = (index: number, result: Analysis | { error: string }) => {
    order.push(index);
    results.set(index, result);
  };
  return { order, results, listener };
}

describe('createAnalysisPool', () => {
  it('answers every article once, by its corpus index, then goes idle', async () => {
    const { order, results, listener } = collect();
    const pool = createAnalysisPool(ECHO, listener, 2);
    pool.add(titled(['a', 'b', 'c']), 0);
    pool.add(titled(['d', 'e']), 3);
    expect(pool.pending()).toBe(5);
    await pool.idle();
    await pool.close();
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect((results.get(3) as Analysis).entities[0]!.name).toBe('d');
    expect(pool.pending()).toBe(0);
  }, 10_000);

  it('analyses a prioritised article first, even when asked right after adding the corpus', async () => {
    const { order, results, listener } = collect();
    const pool = createAnalysisPool(ECHO, listener, 1, { batch: 8 });
    pool.add(titled(Array.from({ length: 200 }, (_, i) => `t${i}`)), 0);
    pool.prioritize(150);
    await pool.idle();
    await pool.close();
    // Nothing is handed out before the end of the tick in which `add` ran, so the pool promises this order.
    expect(order[0]).toBe(150);
    expect([...results].map(([i, r]) => [i, (r as Analysis).entities[0]?.name]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(
      Array.from({ length: 200 }, (_, i) => [i, `t${i}`]),
    );
  }, 10_000);

  it('moves a queued article ahead of the rest while the workers are busy', async () => {
    const { order, results, listener } = collect();
    let answered!: () => void;
    const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
    const batch = 4;
    const pool = createAnalysisPool(ECHO, (index, result) => (listener(index, result), answered()), 1, { batch });
    pool.add(titled(Array.from({ length: 400 }, (_, i) => `t${i}`)), 0);
    // The worker is busy once its first answer is back: it holds a batch, and the queue the rest.
    await firstAnswer;
    const before = order.length;
    pool.prioritize(390);
    await pool.idle();
    await pool.close();
    // Ahead of it come only the answers already in and what the worker held then: at most its last
    // article and one more batch (it asks for more while it has one left), however fast it ran.
    expect(order.indexOf(390)).toBeGreaterThanOrEqual(before);
    expect(order.indexOf(390)).toBeLessThanOrEqual(before + 1 + batch);
    expect((results.get(390) as Analysis).entities[0]!.name).toBe('t390');
    expect(new Set(order).size).toBe(400);
  }, 10_000);

  it('reports an article whose analysis failed and carries on', async () => {
    const { results, listener } = collect();
    const pool = createAnalysisPool(ECHO, listener, 1);
    pool.add(titled(['ok', 'fail', 'fine']), 0);
    await pool.idle();
    await pool.close();
    expect(results.get(1)).toEqual({ error: 'could not analyse' });
    expect('entities' in results.get(2)!).toBe(true);
  }, 10_000);

  it('fails the jobs of a crashed worker, and everything once no worker is left, without hanging', async () => {
    const { results, listener } = collect();
    const pool = createAnalysisPool(ECHO, listener, 1, { batch: 1 });
    pool.add(titled(['one', 'crash', 'three', 'four']), 0);
    await pool.idle();
    await pool.close();
    expect(results.size).toBe(4);
    expect(results.get(1)).toMatchObject({ error: expect.stringContaining('crashed') });
    expect(results.get(3)).toMatchObject({ error: expect.any(String) });
  }, 10_000);

  it.skipIf(!existsSync(BUILT))('runs the real analysis in the bundled worker', async () => {
    const { results, listener } = collect();
    const pool = createAnalysisPool(BUILT, listener, 1);
    pool.add([seedArticle()], 0);
    await pool.idle();
    await pool.close();
    const analysis = results.get(0) as Analysis;
    expect(analysis.facts.some((f) => f.text === '$15 million')).toBe(true);
    expect(analysis.entities.some((e) => e.name === 'Nicolás Maduro')).toBe(true);
  }, 10_000);
});
