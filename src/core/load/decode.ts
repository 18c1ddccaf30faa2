// Bytes from disk -> text. UTF-8 when it is valid, UTF-16 when a BOM says so, else Windows-1252
// (a superset of Latin-1's printable range: what old news archives are written in).

import iconv from 'iconv-lite';

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
    // Node's own TextDecoder reads windows-1252 as plain Latin-1 (0x93 is not “), so iconv-lite.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252') };
  }
}
