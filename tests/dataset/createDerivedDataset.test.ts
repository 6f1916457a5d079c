import { describe, expect, it } from 'vitest';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { embeddedDataset } from '@/dataset/embeddedDataset';

function derived() {
  if (!embeddedDataset.ok) throw new Error('embedded dataset refused');
  return createDerivedDataset(embeddedDataset.dataset);
}

describe('createDerivedDataset on the embedded dataset', () => {
  it('totals the 1980 membership of the 14 known unions: 80,393', () => {
    expect(derived().summary).toEqual({ knownTotal: 80393, knownCount: 14, count: 15 });
  });

  it('gives each union its share of the known total, and Zenunyu none', () => {
    const shares = new Map(derived().unions.map((u) => [u.abbreviation, u.share]));
    expect(shares.get('Zenrodo')).toBeCloseTo(19769 / 80393, 10);
    expect(shares.get('Zenzeikan')).toBeCloseTo(744 / 80393, 10);
    expect(shares.get('Zenunyu')).toBeNull();
    const knownShares = [...shares.values()].filter((s): s is number => s !== null);
    expect(knownShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('puts the membership series and the events in date order', () => {
    const { series, events } = derived();
    expect(series.map((p) => p.value)).toEqual([87112, 138503, 141152, 75039, 72178, 89900, 60454]);
    expect(events.map((e) => e.date.date)).toEqual([
      '1975-10-01',
      '1980',
      '1987-11-20',
      '1988-07-26',
      '1989-10-20',
      '1989-11-21',
      '1989-11-21',
      '1989-11-21',
      '2011-09-11',
      '2019',
    ]);
  });

  it('links each union to the affiliates that continue it today', () => {
    const today = new Map(derived().unions.map((u) => [u.abbreviation, u.today.map((a) => a.nameEn)]));
    expect(today.get('Zenkisho')).toEqual(['Labour Union of MLIT, JMA and Affiliates']);
    expect(today.get('Zenshiho')).toEqual(["All Judiciary Administration Employees' Union"]);
    expect(today.get('Zenshoko')).toEqual([]);
  });

  it('indexes sources by id', () => {
    expect(derived().sourcesById.get('enwiki-kokko-roren')?.licence).toBe('CC BY-SA 4.0');
  });
});
