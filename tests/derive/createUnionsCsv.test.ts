import { describe, expect, it } from 'vitest';
import { createUnionsCsv } from '@/derive/createUnionsCsv';
import { toCsv } from '@/derive/toCsv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leads with a byte-order mark', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('leads every text cell a spreadsheet would run as a formula with an apostrophe, and leaves numbers alone', () => {
    const cells = [
      '=HYPERLINK("http://example.com","x")',
      '+1+2',
      '-3',
      '@SUM(A1)',
      '\tTab',
      '\rReturn',
      'a=b',
      -3,
      'Zenrodo',
    ];
    const csv = toCsv(
      ['cell'],
      cells.map((cell) => [cell]),
    );
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://example.com"",""x"")"`,
      "'+1+2",
      "'-3",
      "'@SUM(A1)",
      "'\tTab",
      `"'\rReturn"`,
      'a=b',
      '-3',
      'Zenrodo',
    ]);
  });
});

describe('createUnionsCsv', () => {
  it('writes unknown as an empty cell, never 0, and shares as percentages', () => {
    const csv = createUnionsCsv(
      [
        { abbreviation: 'Zenunyu', nameEn: null, nameJa: '全運輸', members: null, share: null, today: [] },
        {
          abbreviation: 'Zero',
          nameEn: 'Zero',
          nameJa: null,
          members: 0,
          share: 0,
          today: [{ nameEn: 'A' }, { nameEn: 'B' }],
        },
      ],
      '1952',
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('abbreviation,name_en,name_ja,members_1952,share_of_known_total_percent,continued_today_by');
    expect(lines[1]).toBe('Zenunyu,,全運輸,,,');
    expect(lines[2]).toBe('Zero,Zero,,0,0,A; B');
  });
});
