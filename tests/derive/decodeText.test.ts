import { describe, expect, it } from 'vitest';
import { decodeText } from '@/derive/decodeText';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (const unit of Array.from(text, (c) => c.charCodeAt(0))) {
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
};

describe('decodeText', () => {
  it('reads UTF-8, with or without its byte-order mark, Japanese included', () => {
    const bytes = new TextEncoder().encode('{"ja":"国公労連"}');
    expect(decodeText(bytes)).toEqual({ ok: true, text: '{"ja":"国公労連"}' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: '{"ja":"国公労連"}' });
  });

  it('reads UTF-16 in either byte order where its byte-order mark says so', () => {
    expect(decodeText(utf16('{"ja":"国公"}', true))).toEqual({ ok: true, text: '{"ja":"国公"}' });
    expect(decodeText(utf16('{"ja":"国公"}', false))).toEqual({ ok: true, text: '{"ja":"国公"}' });
  });

  it('refuses Latin-1 rather than replacing its letters with U+FFFD', () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]);
    expect(decodeText(latin1)).toEqual({ ok: false, message: expect.stringContaining('is not UTF-8 text') });
  });
});
