import { Text } from 'ink';
import type { Segment } from '../../core/text-marks.js';
import type { Theme } from '../theme.js';

/** Props of one styled line. */
export interface StyledTextProps {
  /** The whole (safe) text the segments point into. */
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly theme: Theme;
}

/** Text runs with quote, speaker, hit and mark styles; a hit wins over a quote colour. */
export function StyledText({ text, segments, theme }: StyledTextProps) {
  return (
    <>
      {segments.map((seg) => {
        const props = {
          ...(seg.quote ? theme.quote : {}),
          ...(seg.speaker ? theme.speaker : {}),
          ...(seg.marked ? theme.marked : {}),
          ...(seg.hit ? theme.hit : {}),
        };
        return <Text key={seg.start} {...props}>{text.slice(seg.start, seg.end)}</Text>;
      })}
    </>
  );
}
