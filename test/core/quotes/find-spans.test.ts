import { describe, expect, it } from 'vitest';
import { findQuoteSpans, spanText } from '../../../src/core/quotes/find-spans.js';
import { markRole } from '../../../src/core/quotes/quote-marks.js';

function texts(...paragraphs: string[]): string[] {
  return findQuoteSpans(paragraphs).map((span) => spanText(paragraphs, span));
}

describe('markRole', () => {
  it('reads a straight mark from its neighbours', () => {
    expect(markRole('say "hi"', 4)).toBe('open');
    expect(markRole('say "hi"', 7)).toBe('close');
    expect(markRole('a " b', 2)).toBe('either');
    expect(markRole('a 42" screen', 4)).toBe('inch');
    expect(markRole('won 2-1" he said', 7)).toBe('close');
  });

  it('takes curly and angle marks at their word', () => {
    expect(markRole('“', 0)).toBe('open');
    expect(markRole('”', 0)).toBe('close');
    expect(markRole('«', 0)).toBe('open');
    expect(markRole('»', 0)).toBe('close');
    expect(markRole("it's", 2)).toBe('none');
  });
});

describe('findQuoteSpans', () => {
  it('ends a quotation the writer never closed where a reporting colon opens the next one', () => {
    expect(texts('Ann Cole said: "The plan is weak. It will fail. Later, at the rally, Ms Cole said: "They are scared. "But we are ready."')).toEqual([
      'The plan is weak. It will fail.',
      'They are scared. But we are ready.',
    ]);
    // With no sentence end before the reporting clause, a mark inside stays nested.
    expect(texts('"He told me: "Go home." So I left," said Tom Bell.')).toEqual(['He told me: "Go home." So I left,']);
  });
  it('keeps nested single marks inside the quotation', () => {
    expect(texts('"They called it \'the menace\'," he said.')).toEqual(["They called it 'the menace',"]);
  });

  it('recovers at the paragraph end from a missing closing mark', () => {
    const spans = findQuoteSpans(['He said "we are ready and left.', 'Next paragraph "quoted" here.']);
    expect(spans.map((s) => [s.closed, s.parts[0]?.paragraph])).toEqual([
      [false, 0],
      [true, 1],
    ]);
  });

  it('runs on into a paragraph that opens with a mark', () => {
    const paragraphs = ['"One.', '"Two.', '"Three," she said.'];
    const [span, ...rest] = findQuoteSpans(paragraphs);
    expect(rest).toEqual([]);
    expect(span?.parts.map((p) => p.paragraph)).toEqual([0, 1, 2]);
    expect(spanText(paragraphs, span!)).toBe('One. Two. Three,');
  });

  it('does not let a closing mark followed by a space start a new quotation', () => {
    expect(texts('"We are hopeful. "She is fit again. " Reserve prop Dylan is unsure.')).toEqual(['We are hopeful. She is fit again.']);
  });

  it('skips empty quotations', () => {
    expect(texts('Empty "" marks and ""')).toEqual([]);
  });

  it('stays linear on a megabyte of marks, and finds the quotations they make', () => {
    const spans = findQuoteSpans(['"'.repeat(1_000_000), ' "'.repeat(500_000), '"a '.repeat(300_000)]);
    // The first mark of a paragraph opens a quotation no later mark closes: it ends with its paragraph.
    // A mark alone between spaces opens nothing.
    expect(spans.map((s) => [s.parts.map((p) => [p.paragraph, p.start, p.end]), s.closed])).toEqual([
      [[[0, 1, 1_000_000]], false],
      [[[2, 1, 899_999]], false],
    ]);
    // The test's time limit is the bound: generous, but a quadratic scan would break it.
  }, 10_000);
});
