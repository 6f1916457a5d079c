import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { parseDataset } from '@/dataset/parseDataset';
import { makeDataset, makeDatasetJson } from '../fixtures/makeDataset';
import { renderExplorer } from '../fixtures/renderExplorer';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from './expectSvgSnapshot';

const renderAt = (search = '') => renderExplorer(search);

function chart() {
  return screen.getByRole('figure', { name: /1980 membership/ });
}

function bars() {
  return within(chart()).getAllByRole('img');
}

function barLength(name: RegExp): number {
  const bar = within(chart()).getByRole('img', { name });
  // Lengths are percentages of the plot's width, which the browser decides.
  return Number.parseFloat(bar.querySelector('.bar__mark')?.getAttribute('width') ?? '');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the 1980 membership chart', () => {
  it('is a figure named for 1980 membership with the known total in its caption', () => {
    renderAt();
    expect(chart()).toHaveAccessibleName(/1980 membership/);
    expect(
      within(chart()).getByText(/14 of 15 unions known, known total 80,393/, { selector: 'figcaption' }),
    ).toBeInTheDocument();
  });

  it('draws 15 labelled marks, largest first, with Zenunyu as unknown rather than zero', () => {
    renderAt();
    expect(bars()).toHaveLength(15);
    expect(bars()[0]).toHaveAccessibleName('Zenrodo: 19,769 members');
    expect(bars()[14]).toHaveAccessibleName('Zenunyu: membership unknown');
    const zenunyu = within(chart()).getByRole('img', { name: 'Zenunyu: membership unknown' });
    expect(zenunyu.querySelector('.bar__mark')).toBeNull();
    expect(zenunyu.querySelector('.bar-unknown')).not.toBeNull();
    expect(zenunyu).toHaveTextContent('unknown');
  });

  it('makes bar lengths proportional to the values', () => {
    renderAt();
    expect(barLength(/^Zenrodo/) / barLength(/^Zenzeikan/)).toBeCloseTo(19769 / 744, 1);
    expect(barLength(/^Zenhomu/) / barLength(/^Zenshoko/)).toBeCloseTo(10298 / 9801, 2);
  });

  it('switches to shares of the known total, still leaving the unknown out', async () => {
    const user = renderAt();
    await user.click(screen.getByRole('radio', { name: 'Share of known total' }));
    expect(bars()[0]).toHaveAccessibleName('Zenrodo: 24.6% of the known total');
    expect(bars()[14]).toHaveAccessibleName('Zenunyu: membership unknown');
  });

  it('orders by name, or as the table is sorted', async () => {
    const user = renderAt('?sort=union:desc');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'By name');
    expect(bars()[0]).toHaveAccessibleName(/^Monbushokuso/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'As the table is sorted');
    expect(bars()[0]).toHaveAccessibleName(/^Zenzeikan/);
  });

  it('announces the unions the table filter leaves out', async () => {
    const user = renderAt();
    await user.type(screen.getByRole('searchbox', { name: 'Filter unions' }), 'justice');
    expect(within(chart()).getByRole('img', { name: 'Zenhomu: 10,298 members' })).toBeInTheDocument();
    expect(within(chart()).getByRole('img', { name: 'Zenrodo: 19,769 members, filtered out' })).toHaveClass(
      'is-filtered-out',
    );
  });

  it('is reached with Tab and walked with the arrow keys, Home and End, showing a tooltip on focus', async () => {
    const user = renderAt();
    act(() => bars()[0]?.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Zenrodo 全労働省労働組合');
    expect(tooltip).toHaveTextContent('Labor Ministry Workers');
    expect(tooltip).toHaveTextContent('19,769 members, 24.6% of the known total');
    expect(tooltip).toHaveTextContent('Source: Japan Federation of National Public Service Employees');
    expect(bars()[0]).toHaveAccessibleDescription(/19,769 members/);
    await user.keyboard('{ArrowDown}');
    expect(bars()[1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Zenshiho');
    await user.keyboard('{End}');
    expect(bars()[14]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Membership in 1980: unknown');
    await user.keyboard('{Home}');
    expect(bars()[0]).toHaveFocus();
    expect(bars().filter((bar) => bar.getAttribute('tabindex') === '0')).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('pins the highlight by click or Enter, in the table too', async () => {
    const user = renderAt();
    await user.click(within(chart()).getByRole('img', { name: /^Zenkisho/ }));
    expect(within(chart()).getByRole('img', { name: /^Zenkisho/ })).toHaveClass('is-highlighted');
    expect(
      screen.getByRole('table', { name: /Founding unions/ }).querySelector('[aria-pressed="true"]'),
    ).toHaveTextContent('Zenkisho');
  });

  it('emphasises the union hovered in the table', async () => {
    const user = renderAt();
    await user.hover(
      within(screen.getByRole('table', { name: /Founding unions/ })).getByRole('button', { name: 'Zenkoken' }),
    );
    expect(within(chart()).getByRole('img', { name: /^Zenkoken/ })).toHaveClass('is-highlighted');
  });

  it('offers the data as a table', () => {
    renderAt();
    const data = screen.getByRole('table', { name: '1980 membership by union, as charted' });
    expect(within(data).getAllByRole('row')).toHaveLength(16);
    expect(within(data).getByRole('rowheader', { name: 'Zenunyu' }).closest('tr')).toHaveTextContent('unknown');
  });

  it('draws the same SVG as its snapshot', async () => {
    renderAt();
    const svg = chart().querySelector('svg[role="group"]');
    if (svg === null) throw new Error('no svg');
    await expectSvgSnapshot(svg, 'membership-chart');
  });
});

describe('the 1980 membership chart with more unions than it draws', () => {
  const dataset = makeDataset(100);
  // The 90th union in the data's order, far past the 60 the chart draws.
  const late = dataset.foundingUnions[89]?.abbreviation ?? '';

  it('draws every union the filter keeps, even past the 60th, and says how many it leaves out', () => {
    renderExplorer(`?q=${late}`, { ok: true, dataset });
    expect(within(chart()).getByRole('img', { name: new RegExp(`^${late}:`) })).not.toHaveAccessibleName(
      /filtered out/,
    );
    expect(bars()).toHaveLength(60);
    expect(chart()).toHaveTextContent('Showing 60 of 100 unions');
    expect(chart()).toHaveTextContent('40 not drawn');
  });

  it('draws the pinned union even when nothing is filtered', () => {
    renderExplorer(`?highlight=${late}`, { ok: true, dataset });
    expect(within(chart()).getByRole('img', { name: new RegExp(`^${late}:`) })).toBeInTheDocument();
    expect(chart()).toHaveTextContent('and the pinned one first');
  });
});

describe('counts in a dataset of thousands', () => {
  it('writes counts with thousands separators in the caption and the note', () => {
    renderExplorer('', { ok: true, dataset: makeDataset(1200) });
    expect(chart()).toHaveAccessibleName(/of 1,200 unions known/);
    expect(chart()).toHaveTextContent('Showing 60 of 1,200 unions');
    expect(chart()).toHaveTextContent('1,140 not drawn');
  });
});

describe('a union with a very long abbreviation', () => {
  it('draws it cut with an ellipsis, and names it whole to screen readers', () => {
    const raw = makeDatasetJson(5) as { foundingUnions: Array<{ abbreviation: string }> };
    const long = `Zen${'k'.repeat(120)}`;
    const first = raw.foundingUnions[0];
    if (first === undefined) throw new Error('no union');
    first.abbreviation = long;
    const result = parseDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    renderExplorer('', result);
    const bar = within(chart()).getByRole('img', { name: new RegExp(`^${long}:`) });
    expect(bar.querySelector('.bar__label')?.textContent).toMatch(/^Zenk+…$/);
  });
});

describe('the chart’s order and measure in the URL', () => {
  it('writes order= and measure= when changed, and opens at them from a link', async () => {
    const user = renderExplorer();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'By name');
    await user.click(screen.getByRole('radio', { name: 'Share of known total' }));
    // The URL is written just after the next paint (useUrlState).
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('measure')).toBe('share'));
    expect(new URLSearchParams(window.location.search).get('order')).toBe('name');
    cleanup();
    renderExplorer('?order=name&measure=share');
    expect(screen.getByRole('combobox', { name: 'Order' })).toHaveValue('name');
    expect(screen.getByRole('radio', { name: 'Share of known total' })).toBeChecked();
    const bars = within(chart()).getAllByRole('img');
    expect(bars[0]).toHaveAccessibleName(/^Monbushokuso: [\d.]+% of the known total$/);
  });
});

describe('the chart’s source line', () => {
  it('credits the licence of the text it draws on, so an embed or a slide keeps the credit', () => {
    renderExplorer();
    const line = chart().querySelector('.source-line');
    expect(line).toHaveTextContent(/Text under CC BY-SA 4\.0\.$/);
    expect(within(line as HTMLElement).getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
  });
});
