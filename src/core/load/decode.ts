// Bytes from disk -> text. UTF-8 when it is valid, UTF-16 when a BOM says so, else Windows-1252
// (a superset of Latin-1's printable range: what old news archives are written in).

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded text, or the reason the bytes are not an article. */
export type Decoded = { readonly text: string } | { readonly error: string };

/** Bytes as text: UTF-16 by its BOM, UTF-8 when valid, else Windows-1252; files with NUL bytes are refused. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes) };
  }
}

// Windows-1252 is Latin-1 but for 0x80-0x9F, which hold curly quotes, dashes, € and a few letters.
// Node's own TextDecoder reads the label as plain Latin-1 (0x93 is not “). Written out here rather
// than taken from iconv-lite, whose CJK tables were 400 KB of the start-up bundle; the five unused
// bytes become U+FFFD, as iconv-lite made them.
const HIGH_1252 = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Windows-1252 bytes as text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b <= 0x9f ? HIGH_1252[b - 0x80]! : b;
  }
  // In slices: String.fromCharCode takes a bounded number of arguments.
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}
