import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@/dataset/datasetSchema';
import { parseDataset } from '@/dataset/parseDataset';
import { makeDataset, makeDatasetJson } from '../fixtures/makeDataset';
import { renderExplorer } from '../fixtures/renderExplorer';

/* The edge sets: no founding union, one, ten thousand, none of them with a known figure, and a dataset with nothing to put on a timeline. */

interface RawUnion {
  members: number | null;
}

function parse(json: Record<string, unknown>): Dataset {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.dataset;
}

function withMembers(count: number, members: (index: number) => number | null): Dataset {
  const json = makeDatasetJson(count);
  (json.foundingUnions as RawUnion[]).forEach((union, index) => {
    union.members = members(index);
  });
  return parse(json);
}

const renderWith = (dataset: Dataset, search = '') => renderExplorer(search, { ok: true, dataset });
const chart = () => screen.getByRole('figure', { name: /membership of the founding unions/ });
const table = () => screen.getByRole('table', { name: /Founding unions/ });
const intro = () => document.querySelector('.intro');

/** Nothing a reader sees is a number gone wrong. */
function expectNoBrokenNumbers() {
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined|null/);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('a dataset without founding unions', () => {
  it('says it lists none in each view, not that a filter hides them, and shows no total', () => {
    renderWith(makeDataset(0));
    expect(chart()).toHaveAccessibleName('1980 membership of the founding unions: this dataset lists none');
    expect(within(table()).getByText('This dataset lists no founding unions.')).toBeInTheDocument();
    expect(within(table()).queryByRole('button', { name: 'Clear the filter' })).not.toBeInTheDocument();
    expect(screen.getByText(/^0 of 0 unions\./)).toBeInTheDocument();
    expect(intro()).toHaveTextContent('It began with unions this dataset does not list and 87,112 members');
    expectNoBrokenNumbers();
  });
});

describe('a dataset with one founding union', () => {
  it('says "1 union" and "the one union", and gives it the whole known total', () => {
    renderWith(withMembers(1, () => 1234));
    expect(chart()).toHaveAccessibleName(
      '1980 membership of the founding unions: 1 of 1 union known, known total 1,234',
    );
    expect(screen.getByText(/^1 of 1 union\./)).toBeInTheDocument();
    expect(intro()).toHaveTextContent('It began with 1 union and 87,112 members');
    expect(intro()).toHaveTextContent('the one union whose figure is known had 1,234 members');
    expect(within(table()).getByText('100.0%')).toBeInTheDocument();
    expectNoBrokenNumbers();
  });
});

describe('a dataset with 10,000 founding unions', () => {
  it('writes every count with separators and gives the smallest share enough decimals to differ from zero', async () => {
    // One union in a million members: 0.0001% of the known total, not 0.0%.
    const dataset = withMembers(10_000, (index) => (index === 0 ? 1 : 100));
    const user = renderWith(dataset, '?highlight=ZenPostal00001');
    expect(chart()).toHaveAccessibleName(
      '1980 membership of the founding unions: 10,000 of 10,000 unions known, known total 999,901',
    );
    expect(screen.getByText(/^10,000 of 10,000 unions\./)).toBeInTheDocument();
    expect(intro()).toHaveTextContent('It began with 10,000 unions');
    expect(intro()).toHaveTextContent('the 10,000 unions whose figures are known had 999,901 members between them');
    await user.click(screen.getByRole('radio', { name: 'Share of known total' }));
    const smallest = within(chart()).getByRole('img', { name: /^ZenPostal00001:/ });
    expect(smallest).toHaveAccessibleName('ZenPostal00001: 0.0001% of the known total');
    expect(within(chart()).queryAllByRole('img', { name: /: 0\.0% of/ })).toHaveLength(0);
    expect(within(chart()).getAllByRole('img', { name: /: 0\.01% of/ }).length).toBeGreaterThan(0);
    expectNoBrokenNumbers();
  });
});

describe('a dataset where no union’s figure is known', () => {
  it('says none is known, never a total of 0, and draws each as unknown', () => {
    renderWith(withMembers(20, () => null));
    expect(chart()).toHaveAccessibleName('1980 membership of the founding unions: none of 20 unions known');
    expect(intro()).toHaveTextContent('no union’s membership is known');
    expect(within(table()).getByText('none known')).toBeInTheDocument();
    expect(within(chart()).getAllByRole('img', { name: /: membership unknown$/ })).toHaveLength(20);
    expect(document.body.textContent).not.toMatch(/\b0 members|total 0\b/);
    expectNoBrokenNumbers();
  });
});

describe('a dataset with nothing for the timeline', () => {
  it('draws an empty timeline that says so, with no step panel, beside the other views', () => {
    const json = makeDatasetJson(3);
    Object.assign(json, { membership: [], organisations: [], events: [], timeline: undefined });
    delete json.timeline;
    renderWith(parse(json));
    const timeline = screen.getByRole('figure', {
      name: 'Timeline of Kokko Roren: this dataset dates no event, figure or organisation',
    });
    expect(within(timeline).queryAllByRole('img')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Step through the history' })).not.toBeInTheDocument();
    expect(chart()).toHaveAccessibleName(/3 unions/);
    expectNoBrokenNumbers();
  });
});
