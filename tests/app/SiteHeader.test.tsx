import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { SiteHeader } from '@/app/SiteHeader';
import { parseDataset } from '@/dataset/parseDataset';
import { loadRawDataset } from '../fixtures/loadRawDataset';

/** The embedded dataset cut down to the unions `keep` chooses, with every reference to the others dropped. */
function datasetWith(keep: (union: Record<string, unknown>, index: number) => boolean) {
  const raw = loadRawDataset();
  raw.foundingUnions = raw.foundingUnions.filter(keep);
  const kept = new Set(raw.foundingUnions.map((union) => String(union.abbreviation)));
  for (const affiliate of raw.affiliatesToday as Array<{ continues: string[] }>) {
    affiliate.continues = affiliate.continues.filter((id) => kept.has(id));
  }
  for (const event of raw.events as Array<{ unions?: string[] }>) {
    if (event.unions) event.unions = event.unions.filter((id) => kept.has(id));
  }
  return raw;
}

function introOf(raw: unknown): HTMLElement {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  render(
    <App initial={result}>
      <SiteHeader />
    </App>,
  );
  return within(screen.getByRole('banner')).getByText(/Founded on/);
}

describe('the introduction', () => {
  it('says "1 union" and "the one union whose figure is known" for a federation of one', () => {
    const intro = introOf(datasetWith((_, index) => index === 0));
    expect(intro).toHaveTextContent('It began with 1 union and 87,112 members');
    expect(intro).toHaveTextContent('in 1980 the one union whose figure is known had 9,801 members');
  });

  it('says no figure is known, never "0 unions … had 0 members"', () => {
    const intro = introOf(datasetWith((union) => union.members === null));
    expect(intro).toHaveTextContent('in 1980 no union’s membership is known');
    expect(intro).not.toHaveTextContent(/\b0 members/);
  });
});
