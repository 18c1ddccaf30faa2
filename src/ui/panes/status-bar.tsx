import { Box, Text } from 'ink';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { displayWidth } from '../../core/reader/wrap-text.js';
import type { Hint } from '../keymap.js';
import type { Theme } from '../theme.js';
import { groupDigits } from '../../core/group-digits.js';

/** Props of the header. */
export interface HeaderProps {
  readonly articleCount: number;
  /** Articles the list shows when it shows one section, else null. */
  readonly shown: number | null;
  /** The section the list shows, or null. */
  readonly section: string | null;
  readonly title: string;
  /** Background work still running (`analysing 40%`), or null. */
  readonly progress: string | null;
  readonly width: number;
  readonly theme: Theme;
}

/** Header: the app, the corpus size, the current article, and background progress. */
export function Header({ articleCount, shown, section, title, progress, width, theme }: HeaderProps) {
  const all = `${groupDigits(articleCount)} ${articleCount === 1 ? 'article' : 'articles'}`;
  const corpus = section === null || shown === null ? all : `${sanitizeForTerminal(section)}: ${groupDigits(shown)} of ${all}`;
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
  /** Key hints; those that do not fit go, least important first. */
  readonly hints: readonly Hint[];
  readonly message: string | null;
  /** A line being typed in the footer (a bookmark's note), with its cursor. */
  readonly prompt?: { readonly text: string; readonly cursor: number } | null;
  readonly width: number;
  readonly theme: Theme;
}

/** Footer: where the keys go, the keys that matter there, and the latest message (or the line being typed). */
export function Footer({ where, hints, message, prompt = null, width, theme }: FooterProps) {
  const label = ` ${where} `;
  if (prompt) {
    const text = sanitizeForTerminal(prompt.text);
    const hintText = `  ${fitHints(hints, 24).join(HINT_SEPARATOR)}`;
    // The end of a long note stays in view, with the cursor.
    const room = Math.max(4, width - label.length - displayWidth(hintText) - 4);
    const from = Math.max(0, prompt.cursor - room);
    const at = prompt.cursor - from;
    const shown = text.slice(from, from + room);
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-end">
          <Text {...theme.focusTitle}>{label}</Text>
          <Text>{` ${shown.slice(0, at)}`}</Text>
          <Text inverse>{shown[at] ?? ' '}</Text>
          <Text>{shown.slice(at + 1)}</Text>
          <Text {...theme.dim}>{hintText}</Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        <Text {...theme.focusTitle}>{label}</Text>
        {message ? <Text {...theme.error}>{` ${sanitizeForTerminal(message)}`}</Text> : <Text {...theme.dim}>{`  ${fitHints(hints, width - label.length - 2).join(HINT_SEPARATOR)}`}</Text>}
      </Text>
    </Box>
  );
}

const HINT_SEPARATOR = ' · ';

/** The hints that fit in `width` columns, in their order: the highest ranks are left out first, the last of a rank first. */
export function fitHints(hints: readonly Hint[], width: number): string[] {
  const kept = [...hints];
  const size = () => kept.reduce((w, h, i) => w + displayWidth(h.label) + (i ? HINT_SEPARATOR.length : 0), 0);
  while (size() > width) {
    const rank = Math.max(...kept.map((h) => h.rank));
    if (rank === 0) break;
    let last = kept.length - 1;
    while (kept[last]!.rank !== rank) last--;
    kept.splice(last, 1);
  }
  return kept.map((h) => h.label);
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
