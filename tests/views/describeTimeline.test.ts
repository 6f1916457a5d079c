import { describe, expect, it } from 'vitest';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { parseDataset } from '@/dataset/parseDataset';
import { createTimelineInput } from '@/views/timeline/createTimelineInput';
import { describeTimeline } from '@/views/timeline/describeTimeline';
import { loadRawDataset } from '../fixtures/loadRawDataset';

function describeRaw(raw: Record<string, unknown>) {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const derived = createDerivedDataset(result.dataset);
  return describeTimeline(derived, createTimelineInput(derived));
}

describe('describeTimeline', () => {
  it('says the embedded dataset’s span, fork, branches and legend from its data', () => {
    const described = describeRaw(loadRawDataset());
    expect(described.caption).toBe('Timeline of Kokko Roren, 1975–2019: the 1989 fork and membership');
    expect([...described.branchNames.values()]).toEqual([
      'Branch: Kokko Roren · in Zenroren, from 21 November 1989',
      'Branch (disputed): Kokko Soren · to RENGO, from 20 October 1989',
    ]);
    expect(described.legend.map((entry) => entry.text)).toEqual([
      'Solid: Kokko Roren',
      'Dashed: Kokko Soren, breakaway (origin disputed)',
      'Circle: basis not stated',
      'Square: with observers',
      'Diamond: without observers',
      'Hollow: derived',
      'Dotted: one basis, nothing known between',
    ]);
    expect(described.forkNotes.map((note) => note.heading)).toEqual(['On the fork:']);
  });

  it('names every fork by its year, and each disputed breakaway, with two forks', () => {
    const raw = loadRawDataset();
    const timeline = raw.timeline as { lanes: Array<Record<string, unknown>>; forks: Array<Record<string, unknown>> };
    timeline.lanes.push(
      {
        id: 'rengo-left',
        organisation: 'rengo',
        role: 'breakaway',
        disputed: true,
        from: { date: '2001', precision: 'year' },
      },
      { id: 'rengo-right', organisation: 'rengo', role: 'continuing', from: { date: '2001', precision: 'year' } },
    );
    timeline.forks.push({ id: 'fork-2001', from: 'rengo', to: ['rengo-left', 'rengo-right'], event: 'merger-2011' });
    const described = describeRaw(raw);
    expect(described.caption).toBe('Timeline of Kokko Roren, 1975–2019: the 1989 and 2001 forks and membership');
    expect(described.branchNames.get('rengo-left')).toBe('Branch (disputed): RENGO (confederation), from 2001');
    expect(described.legend[0]?.text).toBe('Solid: Kokko Roren and RENGO');
    expect(described.legend[1]?.text).toBe(
      'Dashed: Kokko Soren and RENGO, breakaways (origins of Kokko Soren and RENGO disputed)',
    );
  });

  it('draws no fork, and says so, without a timeline section', () => {
    const raw: Record<string, unknown> = loadRawDataset();
    delete raw.timeline;
    const described = describeRaw(raw);
    expect(described.caption).toBe('Timeline of Kokko Roren, 1975–2019: its organisations and membership');
    expect(described.branchNames.size).toBe(0);
    expect(described.legend.map((entry) => entry.role)).toEqual([
      'basis-not-stated',
      'basis-observers-included',
      'basis-observers-excluded',
      'basis-derived',
      'gap',
    ]);
  });
});
