import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Theme } from '../theme.js';

/** Props of a pane's box. */
export interface PaneFrameProps {
  readonly title: string;
  /** Replaces the title row's title (tabs of the right column). */
  readonly titleNode?: ReactNode;
  /** Shown after the title, dimmed (counts, position). */
  readonly info?: string;
  readonly focused: boolean;
  /** Keep a column of padding inside the left border too (the reader and full-body panels). */
  readonly padded?: boolean;
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
  readonly children?: ReactNode;
}

/** A bordered pane with a title row; the focused one has a double, coloured border and a marked title. */
export function PaneFrame({ title, titleNode, info, focused, padded = true, width, height, theme, children }: PaneFrameProps) {
  return (
    <Box
      flexDirection="column" width={width} height={height} paddingLeft={padded ? 1 : 0} paddingRight={1}
      borderStyle={focused ? 'double' : 'single'} borderColor={focused ? theme.focusBorder : theme.border}
    >
      <Text wrap="truncate-end">
        {titleNode ?? <Text {...(focused ? theme.focusTitle : theme.title)}>{focused ? `▶ ${title}` : title}</Text>}
        {info ? <Text {...theme.dim}>{`  ${info}`}</Text> : null}
      </Text>
      {children}
    </Box>
  );
}
