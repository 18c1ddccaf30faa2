// The sections menu: ink-select-input over "All sections" and each section with its count. It keeps
// its own highlighted row and reads its own keys (numbers, arrows, j k, Enter) while the app is in
// the menu mode, where the key table binds only Esc, s and Ctrl-C: number keys never reach pane focus.
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo } from 'react';
import type { ListFilter, SectionCount } from '../../core/reader/list-view.js';
import { sectionName } from '../../core/reader/selectors.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { Theme } from '../theme.js';
import { groupDigits } from '../../core/group-digits.js';

/** Props of the sections menu. */
export interface SectionMenuProps {
  readonly sections: readonly SectionCount[];
  /** Articles in the corpus. */
  readonly total: number;
  /** Unread articles in each section (by name, '' for none) and in all. */
  readonly unread: ReadonlyMap<string | null, number>;
  /** The filter in force: the menu opens on it. */
  readonly filter: ListFilter | null;
  /** Rows available. */
  readonly height: number;
  readonly onChoose: (filter: ListFilter | null) => void;
  readonly theme: Theme;
}

/** One menu row's value: no filter, or a section. */
interface Choice {
  readonly filter: ListFilter | null;
}

/** `1 All sections (2,225, 2,200 unread)`, `2 business (510, 490 unread)`, ...: numbers 1-9 choose at once. */
export function SectionMenu({ sections, total, unread, filter, height, onChoose, theme }: SectionMenuProps) {
  // Unread counts show once something has been read (a first run would repeat every count).
  const unreadOf = (n: number | undefined, count: number) => (n !== undefined && n < count ? `, ${groupDigits(n)} unread` : n === undefined && count > 0 ? ', all read' : '');
  const items = useMemo(() => [
    { key: '*', label: `All sections (${groupDigits(total)}${unreadOf([...unread.values()].reduce((a, b) => a + b, 0), total)})`, value: { filter: null } as Choice },
    ...sections.map((s) => ({
      key: s.section ?? '',
      label: `${sanitizeForTerminal(sectionName({ section: s.section }))} (${groupDigits(s.count)}${unreadOf(unread.get(s.section), s.count)})`,
      value: { filter: { section: s.section } } as Choice,
    })),
  ].map((item, i) => ({ ...item, label: `${i < 9 ? i + 1 : ' '} ${item.label}` })), [sections, total, unread]);
  const initialIndex = filter ? Math.max(0, sections.findIndex((s) => s.section === filter.section) + 1) : 0;
  const view = useMemo(() => ({
    // A fixed-width box: a long label must not squeeze the mark column.
    Indicator: ({ isSelected = false }: { isSelected?: boolean }) => <Box width={2} flexShrink={0}><Text {...theme.accent}>{isSelected ? '▌' : ' '}</Text></Box>,
    Item: ({ isSelected = false, label }: { isSelected?: boolean; label: string }) => <Text wrap="truncate-end" {...(isSelected ? theme.cursor : {})}>{label}</Text>,
  }), [theme]);
  return (
    <Box flexDirection="column">
      <Text {...theme.dim} wrap="truncate-end">Show in the list:</Text>
      <SelectInput
        items={items} initialIndex={initialIndex} limit={Math.max(1, height - 1)}
        indicatorComponent={view.Indicator} itemComponent={view.Item}
        onSelect={(item) => onChoose(item.value.filter)}
      />
    </Box>
  );
}
