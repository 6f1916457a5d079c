import { describe, expect, it } from 'vitest';
import { describeView } from '@/app/describeView';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { parseDataset } from '@/dataset/parseDataset';
import { layoutTimeline } from '@/derive/layoutTimeline';
import { createTimelineInput, getTimeSpan } from '@/views/timeline/createTimelineInput';
import { loadRawDataset, nth } from '../fixtures/loadRawDataset';

const yearOf = (time: number) => new Date(time).getUTCFullYear();

describe('the timeline’s span', () => {
  it('runs from the start of the earliest year in the data to the end of the latest', () => {
    const result = parseDataset(loadRawDataset());
    if (!result.ok) throw new Error('the embedded dataset is invalid');
    const { domain } = createTimelineInput(createDerivedDataset(result.dataset));
    expect(domain).toEqual([Date.UTC(1975, 0, 1), Date.UTC(2020, 0, 1)]);
  });

  it('takes in events dated 1900 and 2024, placing every event on the axis', () => {
    const raw = loadRawDataset();
    nth(raw.events, 0).date = { date: '1900', precision: 'year' };
    nth(raw.events, 1).date = { date: '2024-06', precision: 'month' };
    raw.federation.founded = { date: '1900', precision: 'year' };
    const result = parseDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const input = createTimelineInput(createDerivedDataset(result.dataset));
    expect(input.domain.map(yearOf)).toEqual([1900, 2025]);
    for (const event of layoutTimeline(input).events) {
      expect(event.x).toBeGreaterThanOrEqual(0);
      expect(event.x).toBeLessThanOrEqual(1);
    }
    const described = describeView('timeline', createDerivedDataset(result.dataset), { query: '', step: null });
    expect(described.title).toBe('From 1900 to 2024');
    expect(described.exportInfo?.fileName).toBe('kokko-roren-timeline-1900-2024');
  });

  it('takes years before 100 as those years', () => {
    expect(getTimeSpan([new Date(0).setUTCFullYear(50, 5, 1)]).map(yearOf)).toEqual([50, 51]);
  });
});
