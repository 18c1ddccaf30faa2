import { Box, Text } from 'ink';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { Theme } from '../theme.js';

/** Props of the header. */
export interface HeaderProps {
  readonly articleCount: number;
  readonly title: string;
  /** Background work still running (`analysing 40%`), or null. */
  readonly progress: string | null;
  readonly width: number;
  readonly theme: Theme;
}

/** Header: the app, the corpus size, the current article, and background progress. */
export function Header({ articleCount, title, progress, width, theme }: HeaderProps) {
  const corpus = `${articleCount.toLocaleString('en-US')} ${articleCount === 1 ? 'article' : 'articles'}`;
  return (
    <Box width={width} height={1}>
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        <Text wrap="truncate-end">
          <Text {...theme.title}>reader</Text>
          <Text {...theme.dim}>{` · ${corpus} · `}</Text>
          <Text>{title}</Text>
        </Text>
      </Box>
      {progress ? <Box flexShrink={0} marginLeft={1}><Text {...theme.dim}>{progress}</Text></Box> : null}
    </Box>
  );
}

/** Props of the footer. */
export interface FooterProps {
  /** The focused pane's name, or the mode (`Search`, `Help`). */
  readonly where: string;
  readonly hints: readonly string[];
  readonly message: string | null;
  readonly width: number;
  readonly theme: Theme;
}

/** Footer: where the keys go, the keys that matter there, and the latest message. */
export function Footer({ where, hints, message, width, theme }: FooterProps) {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        <Text {...theme.focusTitle}>{` ${where} `}</Text>
        {message ? <Text {...theme.error}>{` ${sanitizeForTerminal(message)}`}</Text> : <Text {...theme.dim}>{`  ${hints.join(' · ')}`}</Text>}
      </Text>
    </Box>
  );
}

/** Props of the tab bar. */
export interface TabBarProps {
  readonly tabs: readonly { readonly key: string; readonly label: string; readonly active: boolean }[];
  readonly theme: Theme;
}

/** `1 List │ 2 Reader │ 3 Quotes │ 4 Facts` with the shown one highlighted. */
export function TabBar({ tabs, theme }: TabBarProps) {
  return (
    <Text wrap="truncate-end">
      {tabs.map((t, i) => (
        <Text key={t.key}>
          {i > 0 ? <Text {...theme.dim}> │ </Text> : null}
          <Text {...(t.active ? theme.cursor : theme.dim)}>{` ${t.key} ${t.label} `}</Text>
        </Text>
      ))}
    </Text>
  );
}
