import { act, screen, waitFor, within } from '@testing-library/react';
import { renderExplorer } from '../fixtures/renderExplorer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../fixtures/makeDataset';

const SOURCE_ORDER = [
  'Zenshoko',
  'Zenshiho',
  'Zendenpa',
  'Zenunyu',
  'Zenkisho',
  'Zenkenro',
  'Monbushokuso',
  'Sorifuroren',
  'Zenzeikan',
  'Zenhomu',
  'Zenrodo',
  'Zenkokuzei',
  'Zenkoken',
  'Zenkosei',
  'Zengyokan',
];

const renderAt = (search = '') => renderExplorer(search);

function table() {
  return screen.getByRole('table', { name: /Founding unions/ });
}

/** The union abbreviations down the table body, in the order shown. */
function shownOrder(): string[] {
  const body = within(table()).getAllByRole('rowgroup')[1];
  if (body === undefined) throw new Error('no table body');
  return within(body)
    .queryAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent ?? '');
}

function header(name: RegExp) {
  return within(table()).getByRole('columnheader', { name });
}

function sortButton(name: RegExp) {
  return within(header(name)).getByRole('button');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sorting', () => {
  it('starts in the source’s order, with every sortable header a button in a th with aria-sort', () => {
    renderAt();
    expect(shownOrder()).toEqual(SOURCE_ORDER);
    for (const name of [/^Union/, /^English name/, /^Members, 1980/, /^Share of known total/, /^Today/]) {
      expect(header(name)).toHaveAttribute('aria-sort', 'none');
      expect(sortButton(name)).toBeInTheDocument();
    }
    expect(screen.getByRole('status')).toHaveTextContent('15 of 15 unions. In the order the source lists them.');
  });

  it('sorts members high to low, then low to high, with the unknown union last both ways', async () => {
    const user = renderAt();
    await user.click(sortButton(/^Members, 1980/));
    expect(header(/^Members, 1980/)).toHaveAttribute('aria-sort', 'descending');
    expect(shownOrder()).toEqual([
      'Zenrodo',
      'Zenshiho',
      'Zenhomu',
      'Zenshoko',
      'Zenkenro',
      'Zenkisho',
      'Zenkosei',
      'Zenkoken',
      'Zendenpa',
      'Zenkokuzei',
      'Sorifuroren',
      'Monbushokuso',
      'Zengyokan',
      'Zenzeikan',
      'Zenunyu',
    ]);
    await user.click(sortButton(/^Members, 1980/));
    expect(header(/^Members, 1980/)).toHaveAttribute('aria-sort', 'ascending');
    expect(shownOrder()).toEqual([
      'Zenzeikan',
      'Zengyokan',
      'Monbushokuso',
      'Sorifuroren',
      'Zenkokuzei',
      'Zendenpa',
      'Zenkoken',
      'Zenkosei',
      'Zenkisho',
      'Zenkenro',
      'Zenshoko',
      'Zenhomu',
      'Zenshiho',
      'Zenrodo',
      'Zenunyu',
    ]);
    await user.click(sortButton(/^Members, 1980/));
    expect(header(/^Members, 1980/)).toHaveAttribute('aria-sort', 'none');
    expect(shownOrder()).toEqual(SOURCE_ORDER);
  });

  it('keeps the union with no English name last in both directions', async () => {
    const user = renderAt();
    await user.click(sortButton(/^English name/));
    expect(shownOrder().slice(0, 2)).toEqual(['Zenshoko', 'Zenshiho']);
    expect(shownOrder().at(-1)).toBe('Zengyokan');
    await user.click(sortButton(/^English name/));
    expect(shownOrder().slice(0, 2)).toEqual(['Zenkosei', 'Zenkoken']);
    expect(shownOrder().at(-1)).toBe('Zengyokan');
  });

  it('adds a second sort key with Shift, naming it in the button and the status', async () => {
    const user = renderAt();
    await user.click(sortButton(/^Today/));
    await user.keyboard('{Shift>}');
    await user.click(sortButton(/^Members, 1980/));
    await user.keyboard('{/Shift}');
    expect(shownOrder()).toEqual([
      'Zenkosei',
      'Zenshiho',
      'Zenhomu',
      'Zenrodo',
      'Zenkenro',
      'Zenkisho',
      'Zenkoken',
      'Zenunyu',
      'Zenkokuzei',
      'Zenshoko',
      'Zendenpa',
      'Sorifuroren',
      'Monbushokuso',
      'Zengyokan',
      'Zenzeikan',
    ]);
    expect(header(/^Today/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Members, 1980/)).toHaveAttribute('aria-sort', 'none');
    expect(sortButton(/^Members, 1980/)).toHaveAccessibleName(/sort key 2, descending/);
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Today (A to Z), then Members, 1980 (high to low).');
  });

  it('sorts from the keyboard alone: Enter and Space cycle, Shift+Enter adds a key', async () => {
    const user = renderAt();
    sortButton(/^Union/).focus();
    await user.keyboard('{Enter}');
    expect(header(/^Union/)).toHaveAttribute('aria-sort', 'ascending');
    expect(shownOrder()[0]).toBe('Monbushokuso');
    await user.keyboard(' ');
    expect(header(/^Union/)).toHaveAttribute('aria-sort', 'descending');
    expect(shownOrder()[0]).toBe('Zenzeikan');
    sortButton(/^Share of known total/).focus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(header(/^Union/)).toHaveAttribute('aria-sort', 'descending');
    expect(sortButton(/^Share of known total/)).toHaveAccessibleName(/sort key 2/);
  });
});

describe('filtering', () => {
  it.each([
    ['justice', ['Zenhomu']],
    ['全司法', ['Zenshiho']],
    ['ＺＥＮＲＯＤＯ', ['Zenrodo']],
    ['zEnRōDō', ['Zenrodo']],
    ['weather', ['Zenkisho']],
    ['全港建', ['Zenkoken']],
  ])(
    'finds %s by abbreviation, English or Japanese name, ignoring case, width and accents',
    async (query, expected) => {
      const user = renderAt();
      await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), query);
      expect(shownOrder()).toEqual(expected);
      expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of 15 unions`);
    },
  );

  it('counts what is shown in the footer: the known total of the visible rows', async () => {
    const user = renderAt();
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'ministry');
    expect(shownOrder()).toEqual(['Zenshoko', 'Zenkenro', 'Monbushokuso', 'Zenhomu', 'Zenrodo', 'Zenkosei']);
    const footer = within(table()).getAllByRole('rowgroup')[2];
    expect(footer).toHaveTextContent('6 of 6 known');
    expect(footer).toHaveTextContent(
      String(9801 + 6541 + 1120 + 10298 + 19769 + 3413).replace(/\B(?=(\d{3})+$)/g, ','),
    );
  });

  it('filters by what is known of the membership', async () => {
    const user = renderAt();
    await user.click(screen.getByRole('radio', { name: 'Unknown' }));
    expect(shownOrder()).toEqual(['Zenunyu']);
    expect(within(table()).getAllByRole('rowgroup')[2]).toHaveTextContent('0 of 1 known');
    expect(within(table()).getAllByRole('rowgroup')[2]).toHaveTextContent('none known');
    await user.click(screen.getByRole('radio', { name: 'Known' }));
    expect(shownOrder()).toHaveLength(14);
    expect(shownOrder()).not.toContain('Zenunyu');
  });

  it('says when nothing matches and offers to clear the filter', async () => {
    const user = renderAt();
    const search = screen.getByRole('searchbox', { name: 'Filter unions' });
    await user.type(search, 'railway');
    expect(screen.getByText('No union matches “railway”.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 15 unions');
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(search).toHaveValue('');
    expect(shownOrder()).toHaveLength(15);
  });

  it('shows typed text as text, never as HTML', async () => {
    const user = renderAt();
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), '<img src=x onerror=alert(1)>');
    expect(screen.getByText('No union matches “<img src=x onerror=alert(1)>”.')).toBeInTheDocument();
    expect(table().querySelector('img')).toBeNull();
  });
});

describe('the URL', () => {
  it('restores filter, multi-column sort and highlight from the query string', () => {
    renderAt('?q=zen&sort=members:desc,union:asc&highlight=Zenrodo');
    expect(screen.getByRole('searchbox', { name: 'Filter unions' })).toHaveValue('zen');
    expect(header(/^Members, 1980/)).toHaveAttribute('aria-sort', 'descending');
    expect(shownOrder()[0]).toBe('Zenrodo');
    expect(within(table()).getByRole('button', { name: 'Zenrodo' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('writes state with replaceState, so the history does not grow', async () => {
    const user = renderAt();
    const before = window.history.length;
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'zen');
    await user.click(sortButton(/^Members, 1980/));
    await user.keyboard('{Shift>}');
    await user.click(sortButton(/^Union/));
    await user.keyboard('{/Shift}');
    await user.click(within(table()).getByRole('button', { name: 'Zenkisho' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('highlight')).toBe('Zenkisho'));
    expect(new URLSearchParams(window.location.search).get('q')).toBe('zen');
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('members:desc,union:asc');
    expect(new URLSearchParams(window.location.search).get('highlight')).toBe('Zenkisho');
    expect(window.history.length).toBe(before);
  });

  it('follows back and forward (popstate)', () => {
    renderAt('?q=justice');
    expect(shownOrder()).toEqual(['Zenhomu']);
    act(() => {
      window.history.pushState(null, '', '/?sort=union:desc');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('searchbox', { name: 'Filter unions' })).toHaveValue('');
    expect(shownOrder()[0]).toBe('Zenzeikan');
  });

  it('ignores malformed values and keeps the page working', () => {
    renderAt('?sort=bogus:up,members:sideways,union&members=maybe&highlight=%3Cscript%3E&q=');
    expect(shownOrder()).toEqual(SOURCE_ORDER);
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    expect(within(table()).queryByRole('button', { pressed: true })).toBeNull();
  });

  it('ignores a highlight that names no union', () => {
    renderAt('?highlight=Kokushi');
    expect(within(table()).queryByRole('button', { pressed: true })).toBeNull();
  });
});

describe('unknown values', () => {
  it('explains an unknown membership on focus, and Escape hides the explanation', async () => {
    const user = renderAt();
    const unknown = within(table()).getByText('unknown', { selector: '.hover-note *' }).closest('[tabindex]');
    if (!(unknown instanceof HTMLElement)) throw new Error('the unknown value is not focusable');
    act(() => unknown.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('The source table prints “?” for this union');
    expect(unknown).toHaveAccessibleDescription(/not recorded/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says Zengyokan’s English name is not recorded', () => {
    renderAt();
    const row = within(table()).getByRole('button', { name: 'Zengyokan' }).closest('tr');
    expect(row).toHaveTextContent('name not recorded');
  });
});

describe('Download CSV', () => {
  async function captureDownload(user: ReturnType<typeof renderExplorer>) {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      if (object instanceof Blob) blob = object;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    let fileName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    if (blob === undefined) throw new Error('no file was offered');
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blob as Blob);
      }),
    );
    return { fileName, bytes, text: new TextDecoder().decode(bytes), type: blob.type };
  }

  it('writes exactly the rows shown, in order, as UTF-8 with a byte-order mark, unknown as an empty cell', async () => {
    const user = renderAt();
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'transport');
    await user.clear(screen.getByRole('searchbox', { name: 'Filter unions' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'all');
    await user.click(sortButton(/^Members, 1980/));
    const { fileName, bytes, text, type } = await captureDownload(user);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(fileName).toBe('kokko-roren-founding-unions-1980-membership-5-of-15.csv');
    expect(text.split('\r\n')).toEqual([
      'abbreviation,name_en,name_ja,members_1980,share_of_known_total_percent,continued_today_by',
      "Zenshiho,All Judiciary Administration Employees' Union,全司法労働組合,14848,18.47,All Judiciary Administration Employees' Union",
      "Zenshoko,All International Trade and Industry Ministry Workers' Union,全商工,9801,12.19,",
      'Zenkisho,All Weather Bureau Workers\' Union,全気象労働組合,4603,5.73,"Labour Union of MLIT, JMA and Affiliates"',
      "Zendenpa,All Radio Wave Control Agency Workers' Union,全電波,2127,2.65,",
      'Zenunyu,All Transportation Workers\' Union,全運輸省労働組合,,,"Labour Union of MLIT, JMA and Affiliates"',
      '',
    ]);
  });

  it('names the whole table plainly when nothing is filtered out', async () => {
    const user = renderAt();
    const { fileName, text } = await captureDownload(user);
    expect(fileName).toBe('kokko-roren-founding-unions-1980-membership.csv');
    expect(text.trim().split('\r\n')).toHaveLength(16);
    expect(text).toContain('Zengyokan,,,886,1.1,');
  });
});

describe('10,000 unions', () => {
  it('draws only the rows near the viewport, yet sorts and filters all of them', async () => {
    // jsdom lays nothing out, so every row would measure 0 px tall; give rows a browser-like height.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(48);
    const user = renderExplorer('', { ok: true, dataset: makeDataset(10_000) });
    expect(screen.getByRole('status')).toHaveTextContent('10,000 of 10,000 unions');
    expect(table()).toHaveAttribute('aria-rowcount', '10002');
    expect(shownOrder().length).toBeLessThan(100);
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'No. 9999');
    expect(shownOrder()).toEqual(['ZenTax09999']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 10,000 unions');
  }, 30_000);
});

describe('the Japanese names', () => {
  it('say where only the abbreviation is known, and carry Zenunyu’s 2001 rename as a note', () => {
    renderAt();
    const row = (abbreviation: string) =>
      within(table()).getByRole('rowheader', { name: new RegExp(`^${abbreviation}`) });
    for (const abbreviation of ['Zenshoko', 'Zendenpa', 'Zenkoken']) {
      expect(within(row(abbreviation)).getByText('abbr.')).toHaveAccessibleDescription(
        'Only this abbreviation is in the sources read, not the full Japanese name.',
      );
    }
    expect(within(row('Zenshiho')).queryByText('abbr.')).not.toBeInTheDocument();
    expect(within(row('Zenunyu')).getByText('note')).toHaveAccessibleDescription('Renamed 全運輸労働組合 in 2001.');
  });

  it('name today’s affiliate in Japanese too, and note the source’s two spellings of Zenrodo’s', () => {
    renderAt();
    const todayOf = (abbreviation: string) => {
      const cells = within(
        within(table())
          .getByRole('rowheader', { name: new RegExp(`^${abbreviation}`) })
          .closest('tr') as HTMLElement,
      ).getAllByRole('cell');
      return cells.at(-1) as HTMLElement;
    };
    expect(todayOf('Zenkisho')).toHaveTextContent('Labour Union of MLIT, JMA and Affiliates 国土交通労働組合');
    expect(within(todayOf('Zenkisho')).getByText('国土交通労働組合')).toHaveAttribute('lang', 'ja');
    expect(within(todayOf('Zenkisho')).getByText('note')).toHaveAccessibleDescription('Formed by the 2011 merger.');
    const rodo = todayOf('Zenrodo');
    expect(rodo).toHaveTextContent("Labour Ministry Workers' Union 全労働省労働組合");
    expect(within(rodo).getByText('note')).toHaveAccessibleDescription(
      'The source spells it “Labour” in its list of affiliates and “Labor” in its table of founding unions; each place here keeps the source’s spelling.',
    );
    // Its English name in the founding table keeps the source's other spelling.
    expect(within(rodo.closest('tr') as HTMLElement).getByText("Labor Ministry Workers' Union")).toBeInTheDocument();
  });
});

describe('the footer under a filter', () => {
  it('names the total it shows, of the rows shown, and says the shares are of all known', async () => {
    renderAt('?q=ministry');
    const footer = within(table()).getAllByRole('row').at(-1) as HTMLElement;
    await waitFor(() => expect(footer).toHaveTextContent(/^Known total of the \d+ shown/));
    expect(footer).toHaveTextContent('shares of all 80,393');
  });

  it('says plainly "Known total" when every row is shown', () => {
    renderAt();
    const footer = within(table()).getAllByRole('row').at(-1) as HTMLElement;
    expect(footer).toHaveTextContent(/^Known total14 of 15 known80,393$/);
  });
});

describe('a union without an English name', () => {
  it('says the name is not recorded, and why, on hover and focus', () => {
    renderAt();
    const row = within(table())
      .getByRole('rowheader', { name: /^Zengyokan/ })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('name not recorded').closest('.hover-note')).toHaveAccessibleDescription(
      "No source records this union's full name; only its abbreviation is known.",
    );
  });
});
