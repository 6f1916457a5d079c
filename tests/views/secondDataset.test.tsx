import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderExplorer } from '../fixtures/renderExplorer';
import { JAPANESE_ONLY, LONGEST_NAME, makeSecondDataset } from '../fixtures/secondDataset';
import { expectSvgSnapshot } from './expectSvgSnapshot';

/*
 * Every view with a made-up federation: founded 1947, figures to 2024, 200 unions as of March
 * 1950, two forks and 30 events in 1968. Nothing of the embedded federation may show.
 */
const dataset = makeSecondDataset();
const renderSecond = (search = '') => renderExplorer(search, { ok: true, dataset });
const knownCount = dataset.foundingUnions.filter((union) => union.members !== null).length;

const chart = () => screen.getByRole('figure', { name: /membership of the founding unions/ });
const timeline = () => screen.getByRole('figure', { name: /^Timeline/ });
const table = () => screen.getByRole('table', { name: /Founding unions/ });
const stepPanel = () => screen.getByRole('region', { name: 'Step through the history' });
const cluster = () => within(timeline()).getByRole('img', { name: /^30 events in 1968/ });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the explorer with a second dataset', () => {
  it('names the made-up federation and its dates everywhere, and nothing of the embedded one', () => {
    renderSecond();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Federation of Made-up Civil Service Unions');
    expect(chart()).toHaveAccessibleName(
      new RegExp(`^March 1950 membership of the founding unions: ${knownCount} of 200 unions known, known total`),
    );
    expect(timeline()).toHaveAccessibleName('Timeline of Kakuren, 1947–2024: the 1968 and 2005 forks and membership');
    expect(table()).toHaveAccessibleName(/March 1950/);
    expect(document.body).not.toHaveTextContent(/Kokko|Sohyo|RENGO|Zenroren|1975|1989/);
  });

  it('lists all 200 unions in the table, Japanese-only names and the longest name among them', async () => {
    const user = renderSecond();
    expect(screen.getByText(/^200 of 200 unions\./)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Filter unions'), '架空省庁');
    const rows = within(table()).getAllByRole('row').slice(1, -1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(JAPANESE_ONLY.abbreviation);
    expect(rows[0]).toHaveTextContent(JAPANESE_ONLY.nameJa);
    await user.clear(screen.getByLabelText('Filter unions'));
    await user.type(screen.getByLabelText('Filter unions'), 'Amalgamated');
    expect(within(table()).getByText(LONGEST_NAME)).toBeInTheDocument();
  });

  it('charts 60 of the 200 unions and says how many it leaves out, keeping a match past the 60th', async () => {
    const user = renderSecond();
    expect(chart()).toHaveTextContent('Showing 60 of 200 unions');
    expect(chart()).toHaveTextContent('140 not drawn');
    await user.type(screen.getByLabelText('Filter unions'), 'KaCens200');
    expect(within(chart()).getByRole('img', { name: /^KaCens200:/ })).not.toHaveAccessibleName(/filtered out/);
  });

  it('draws a lane for each of the five organisations’ stretches and a branch for each of the two forks', () => {
    renderSecond();
    const branches = within(timeline())
      .getAllByRole('img', { name: /^Branch/ })
      .map((branch) => branch.getAttribute('aria-label'));
    expect(branches).toEqual([
      'Branch: Kakuren, from 1 July 1968',
      'Branch: Left Kakuren, from 1 July 1968',
      'Branch: Kakuren · in New Centre, from 1 June 2005',
      'Branch (disputed): Second Kakuren, from 1 June 2005',
    ]);
    expect(within(timeline()).getByText(/On the 2005 fork:/).parentElement).toHaveTextContent(
      'disagree on whether the second federation split away',
    );
    const labels = [...timeline().querySelectorAll('.timeline-years text')].map((text) => text.textContent);
    expect(labels[0]).toBe('1950');
    expect(labels.at(-1)).toBe('2020');
  });

  it('gathers the 30 events of 1968 into one marker, "+30 in 1968", that a click opens at its first event', async () => {
    const user = renderSecond();
    expect(cluster()).toHaveTextContent('+30 in 1968');
    expect(cluster()).toHaveAccessibleName('30 events in 1968, from Meeting 1 to Meeting 30');
    expect(timeline().querySelectorAll('.timeline-event')).toHaveLength(45 - 30 + 1);
    await user.click(cluster());
    expect(stepPanel()).toHaveTextContent('Event 5 of 45');
    expect(stepPanel()).toHaveTextContent('Emergency meeting 1');
    expect(cluster()).toHaveAttribute('tabindex', '0');
    expect(cluster()).toHaveAccessibleName(/^30 events in 1968; now 1 of 30: 1 January 1968: Emergency meeting 1/);
    await user.click(cluster());
    expect(stepPanel()).toHaveTextContent('Event 6 of 45');
  });

  it('opens the cluster on focus: its tooltip lists the events, the current one marked', () => {
    renderSecond('?step=split-1968');
    act(() => cluster().focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('30 events in 1968');
    expect(within(tooltip).getAllByRole('listitem')).toHaveLength(8);
    expect(within(tooltip).getByText(/The left unions leave/)).toHaveAttribute('aria-current', 'step');
    // Numbered within the cluster: the window around the 16th starts at the 12th.
    expect(within(tooltip).getByRole('list')).toHaveAttribute('start', '12');
  });

  it('steps through every event of the cluster by keyboard, the focus staying on its marker', () => {
    renderSecond('?step=long-label');
    const longLabel = within(timeline()).getByRole('img', { name: /An event with a label far too long/ });
    act(() => longLabel.focus());
    fireEvent.keyDown(longLabel, { key: 'ArrowRight' });
    expect(cluster()).toHaveFocus();
    for (let i = 0; i < 29; i += 1) fireEvent.keyDown(cluster(), { key: 'ArrowRight' });
    expect(stepPanel()).toHaveTextContent('Event 34 of 45');
    expect(cluster()).toHaveFocus();
    expect(cluster()).toHaveAccessibleName(/now 30 of 30/);
    fireEvent.keyDown(cluster(), { key: 'ArrowRight' });
    expect(within(timeline()).getByRole('img', { name: /^31 March 1990/ })).toHaveFocus();
  });

  it('cuts a label too long for its marker with an ellipsis, the whole title in its name', () => {
    renderSecond();
    const mark = within(timeline()).getByRole('img', { name: /An event with a label far too long/ });
    expect(mark.querySelector('text')?.textContent).toMatch(/^A very long label that .*…$/);
    expect(mark.querySelector('text')?.textContent?.length).toBeLessThan(40);
  });

  it('draws the same chart and timeline SVGs as their snapshots', async () => {
    renderSecond();
    const chartSvg = chart().querySelector('svg');
    const timelineSvg = timeline().querySelector('svg');
    if (chartSvg === null || timelineSvg === null) throw new Error('a view drew no SVG');
    await expectSvgSnapshot(chartSvg, 'membership-chart-second-dataset');
    await expectSvgSnapshot(timelineSvg, 'timeline-second-dataset');
  });
});
