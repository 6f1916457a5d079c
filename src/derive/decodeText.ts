export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/**
 * A file's bytes as text: UTF-16 where a byte-order mark says so, UTF-8 (with or without its mark)
 * otherwise. Bytes that are not valid in that encoding are refused rather than read as U+FFFD, which
 * would change names without a word (a Latin-1 "é" is not UTF-8).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding =
    bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return encoding === 'utf-8'
      ? { ok: false, message: 'is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8 and try again' }
      : { ok: false, message: `is not valid ${encoding.toUpperCase()} text: save it as UTF-8 and try again` };
  }
}
