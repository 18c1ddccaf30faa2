import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { Size } from '../../core/reader/layout.js';

const read = (stdout: NodeJS.WriteStream): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

/** The terminal's size, updated on every resize (Ink re-lays out on resize but does not re-render). */
export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize((old) => {
      const next = read(stdout);
      return next.columns === old.columns && next.rows === old.rows ? old : next;
    });
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
