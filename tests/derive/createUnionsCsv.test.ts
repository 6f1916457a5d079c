import { describe, expect, it } from 'vitest';
import { createUnionsCsv } from '@/derive/createUnionsCsv';
import { toCsv } from '@/derive/toCsv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leads with a byte-order mark', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null]])).toBe(
      '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n',
    );
  });
});

describe('createUnionsCsv', () => {
  it('writes unknown as an empty cell, never 0, and shares as percentages', () => {
    const csv = createUnionsCsv([
      { abbreviation: 'Zenunyu', nameEn: null, nameJa: '全運輸', members1980: null, share: null, today: [] },
      { abbreviation: 'Zero', nameEn: 'Zero', nameJa: null, members1980: 0, share: 0, today: [{ nameEn: 'A' }, { nameEn: 'B' }] },
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Zenunyu,,全運輸,,,');
    expect(lines[2]).toBe('Zero,Zero,,0,0,A; B');
  });
});
