import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { ExplorerPage } from '@/app/ExplorerPage';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { loadRawDataset, nth } from '../fixtures/loadRawDataset';

function renderPage() {
  return render(
    <App initial={embeddedDataset}>
      <ExplorerPage />
    </App>,
  );
}

describe('the explorer page', () => {
  it('names the federation in English and Japanese and introduces it with figures from the dataset', () => {
    renderPage();
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent("Japan Federation of National Public Service Employees' Unions");
    expect(title).toHaveTextContent('日本国家公務員労働組合連合会');
    const intro = within(screen.getByRole('banner')).getByText(/Founded on 1 October 1975/);
    expect(intro).toHaveTextContent('87,112 members');
    expect(intro).toHaveTextContent('80,393');
    expect(intro).toHaveTextContent('by 2019 it had 60,454');
  });

  it('has one titled section per view, each with a source line', () => {
    renderPage();
    for (const name of ['The 15 founding unions', 'Membership in 1980', 'From 1975 to 2019']) {
      const region = screen.getByRole('region', { name });
      expect(within(region).getByText(/^Sources?:/)).toBeInTheDocument();
    }
  });

  it('lists the fifteen unions with 1980 membership, Zenunyu unknown and Zengyokan unnamed', () => {
    renderPage();
    const table = screen.getByRole('table', { name: /Founding unions/ });
    const [, ...bodyAndFooter] = within(table).getAllByRole('row');
    expect(bodyAndFooter).toHaveLength(16);
    const zenunyu = within(table)
      .getByRole('rowheader', { name: /Zenunyu/ })
      .closest('tr');
    expect(zenunyu).toHaveTextContent('unknown');
    expect(zenunyu).not.toHaveTextContent(/\b0\b/);
    const zengyokan = within(table)
      .getByRole('rowheader', { name: /Zengyokan/ })
      .closest('tr');
    expect(zengyokan).toHaveTextContent('name not recorded');
    expect(zengyokan).toHaveTextContent('886');
    expect(
      within(table)
        .getByRole('rowheader', { name: /Zenrodo/ })
        .closest('tr'),
    ).toHaveTextContent('19,769');
    expect(within(table).getByText('80,393')).toBeInTheDocument();
    expect(within(table).getByText('14 of 15 known')).toBeInTheDocument();
  });

  it('charts the 1980 breakdown largest first, with the unknown union last and said to be unknown', () => {
    renderPage();
    const chart = screen.getByRole('figure', { name: /1980 membership/ });
    const bars = within(chart).getAllByRole('img');
    expect(bars[0]).toHaveAccessibleName('Zenrodo: 19,769 members');
    expect(bars.at(-1)).toHaveAccessibleName('Zenunyu: membership unknown');
    expect(
      within(chart).getByText(/14 of 15 unions known, known total 80,393/, { selector: 'figcaption' }),
    ).toBeInTheDocument();
  });

  it('tells the history from 1975 to 2019 with the membership figures and the disputed fork', () => {
    renderPage();
    const timeline = screen.getByRole('region', { name: 'From 1975 to 2019' });
    expect(within(timeline).getByRole('figure', { name: /Timeline/ })).toBeInTheDocument();
    expect(within(timeline).getAllByText(/Sources disagree on whether Kokko Soren split/).length).toBeGreaterThan(0);
    for (const figure of ['87,112', '138,503', '141,152 incl. observers', '72,178 excl. observers', '60,454']) {
      expect(within(timeline).getByText(figure, { selector: 'text' })).toBeInTheDocument();
    }
  });

  it('credits the Wikipedia article under CC BY-SA in the footer', () => {
    renderPage();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: /Japan Federation of National Public Service/ })).toHaveAttribute(
      'href',
      expect.stringContaining('en.wikipedia.org'),
    );
    expect(within(footer).getByRole('link', { name: /Attribution-ShareAlike 4.0/ })).toBeInTheDocument();
  });
});

describe('loading another dataset', () => {
  const upload = async (contents: string | Uint8Array<ArrayBuffer>, name = 'other.json') => {
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/Load another dataset/),
      new File([contents], name, { type: 'application/json' }),
    );
  };

  it('refuses a file that is not UTF-8 text, saying so, and keeps the current dataset', async () => {
    renderPage();
    // {"a":"Café"} saved as Latin-1: its é is the byte 0xE9, which alone is not UTF-8.
    const latin1 = Uint8Array.from([...'{"a":"Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x22, 0x7d]));
    await upload(latin1, 'latin1.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('latin1.json was not loaded; the current dataset stays');
    expect(alert).toHaveTextContent('is not UTF-8 text');
    expect(screen.getByRole('table', { name: /Founding unions/ })).toHaveTextContent('19,769');
  });

  it('refuses an invalid file with the path of the wrong field and keeps the current dataset', async () => {
    renderPage();
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 10).members = -5;
    await upload(JSON.stringify(raw), 'broken.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json was not loaded; the current dataset stays');
    expect(alert).toHaveTextContent('foundingUnions[10].members must not be negative');
    expect(screen.getByRole('table', { name: /Founding unions/ })).toHaveTextContent('19,769');
  });

  it('refuses a file that is not JSON, showing its text as text, never as HTML', async () => {
    renderPage();
    await upload('<img src=x onerror=alert(1)>', '<b>evil</b>.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('<b>evil</b>.json was not loaded');
    expect(alert).toHaveTextContent('is not valid JSON');
    expect(alert.querySelector('b, img')).toBeNull();
  });

  it('accepts a valid file of the same shape and redraws every view from it', async () => {
    renderPage();
    const raw = loadRawDataset();
    raw.foundingUnions = raw.foundingUnions.filter((u) => u.abbreviation !== 'Zenrodo');
    raw.affiliatesToday = (raw.affiliatesToday as Array<{ continues: string[] }>).map((a) => ({
      ...a,
      continues: a.continues.filter((c) => c !== 'Zenrodo'),
    }));
    await upload(JSON.stringify(raw));
    expect(await screen.findByText('Loaded other.json: 14 unions.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Founding unions/ })).toHaveTextContent('13 of 14 known');
    expect(screen.getByRole('table', { name: /Founding unions/ })).toHaveTextContent('60,624');
    expect(screen.getByRole('figure', { name: /1980 membership/ })).toHaveTextContent(
      /13 of 14 unions known, known total 60,624/,
    );
  });
});
