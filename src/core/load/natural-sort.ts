const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order, so `2.txt` comes before `10.txt`; ties broken by code points for stability. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
