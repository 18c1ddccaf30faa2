import type { TextProps } from 'ink';
import type { Segment } from '../../core/reader/text-marks.js';
import type { Theme } from '../theme.js';

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
