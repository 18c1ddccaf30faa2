import { Text, type TextProps } from 'ink';
import type { Segment } from '../../core/reader/text-marks.js';
import type { Theme } from '../theme.js';

/** Props of one styled line. */
export interface StyledTextProps {
  /** The whole (safe) text the segments point into. */
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly theme: Theme;
}

/** The text props of a run: a hit wins over a quote colour. */
export function segmentStyle(seg: Segment, theme: Theme): TextProps {
  return {
    ...(seg.quote ? theme.quote : {}),
    ...(seg.speaker ? theme.speaker : {}),
    ...(seg.marked ? theme.marked : {}),
    ...(seg.hit ? theme.hit : {}),
    // The hit n/N went to stands out from the others, in colour or not.
    ...(seg.current ? theme.currentHit : {}),
  };
}

/** Text runs with quote, speaker, hit and mark styles. */
export function StyledText({ text, segments, theme }: StyledTextProps) {
  return (
    <>
      {segments.map((seg) => <Text key={seg.start} {...segmentStyle(seg, theme)}>{text.slice(seg.start, seg.end)}</Text>)}
    </>
  );
}
