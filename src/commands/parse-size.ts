const UNITS: Record<string, number> = { '': 1024 * 1024, b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024, g: 1024 ** 3, gb: 1024 ** 3 };

/** `--max-size` value -> bytes: `50` (MB), `500k`, `20MB`, `1g`. Null when it is not a size. */
export function parseSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const unit = UNITS[match[2]!.toLowerCase()];
  return unit === undefined ? null : Math.round(Number(match[1]) * unit);
}
