import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '@/dataset/embeddedDataset';

/* The seed article's figures, held to the file: a typo in data/ fails here. */

function dataset() {
  if (!embeddedDataset.ok) throw new Error(JSON.stringify(embeddedDataset.errors));
  return embeddedDataset.dataset;
}

const SEED_1980: Array<[string, number | null]> = [
  ['Zenshoko', 9801],
  ['Zenshiho', 14848],
  ['Zendenpa', 2127],
  ['Zenunyu', null],
  ['Zenkisho', 4603],
  ['Zenkenro', 6541],
  ['Monbushokuso', 1120],
  ['Sorifuroren', 1586],
  ['Zenzeikan', 744],
  ['Zenhomu', 10298],
  ['Zenrodo', 19769],
  ['Zenkokuzei', 1800],
  ['Zenkoken', 2857],
  ['Zenkosei', 3413],
  ['Zengyokan', 886],
];

describe('the embedded dataset', () => {
  it('holds the fifteen founding unions with the seed’s 1980 figures, Zenunyu unknown', () => {
    expect(dataset().foundingUnions.map((u) => [u.abbreviation, u.members])).toEqual(SEED_1980);
  });

  it('holds the membership figures with their bases, as facts.md corrects them', () => {
    expect(
      dataset().membership.map((p) => [p.date.date, p.value, p.basis, p.derived === true, p.approximate === true]),
    ).toEqual([
      ['1975-10-01', 87112, 'not-stated', false, false],
      ['1989', 138503, 'not-stated', false, false],
      ['1993-06-30', 141152, 'observers-included', false, false],
      ['2012-06-30', 75039, 'observers-excluded', true, false],
      ['2013-06-30', 72178, 'observers-excluded', false, false],
      ['2013-06-30', 89900, 'observers-included', false, true],
      ['2019', 60454, 'not-stated', false, false],
    ]);
  });

  it('founds the federation on 1 October 1975 under both its names', () => {
    const { federation } = dataset();
    expect(federation.founded).toEqual({ date: '1975-10-01', precision: 'day' });
    expect(federation.name).toEqual({
      en: "Japan Federation of National Public Service Employees' Unions",
      ja: '日本国家公務員労働組合連合会',
    });
    expect(federation.shortName.en).toBe('Kokko Roren');
  });

  it('gives Zengyokan no English name and shows no unverified Japanese name', () => {
    const byAbbreviation = new Map(dataset().foundingUnions.map((u) => [u.abbreviation, u]));
    expect(byAbbreviation.get('Zengyokan')?.nameEn).toBeNull();
    for (const unverified of ['Monbushokuso', 'Sorifuroren', 'Zengyokan']) {
      expect(byAbbreviation.get(unverified)?.nameJa).toBeNull();
    }
  });

  it('dates the fork as facts.md does: Kokko Soren 20 Oct 1989; Sohyo ends, RENGO and Zenroren begin 21 Nov 1989', () => {
    const orgs = new Map(dataset().organisations.map((o) => [o.id, o]));
    expect(orgs.get('kokko-soren')?.start?.date).toBe('1989-10-20');
    expect(orgs.get('sohyo')?.end?.date).toBe('1989-11-21');
    expect(orgs.get('rengo')?.start?.date).toBe('1989-11-21');
    expect(orgs.get('zenroren')?.start?.date).toBe('1989-11-21');
    expect(JSON.stringify(dataset())).not.toContain('Kokko Rengo');
  });

  it('marks the 1989 fork as disputed, saying what each source says', () => {
    const disputed = dataset().events.filter((e) => e.dispute !== undefined);
    expect(disputed.map((e) => e.id)).toEqual(['kokko-soren-founded']);
    expect(disputed[0]?.dispute?.claims.map((c) => c.source)).toEqual(['enwiki-kokko-roren', 'ohara-kokko-soren']);
  });

  it('links founding unions to today’s affiliates only where facts.md does, never Zenshoko', () => {
    const links = dataset()
      .affiliatesToday.flatMap((a) => a.continues)
      .sort();
    expect(links).toEqual(
      [
        'Zenhomu',
        'Zenkenro',
        'Zenkisho',
        'Zenkokuzei',
        'Zenkoken',
        'Zenkosei',
        'Zenrodo',
        'Zenshiho',
        'Zenunyu',
      ].sort(),
    );
  });

  it('credits the English Wikipedia article under CC BY-SA', () => {
    const seed = dataset().sources.find((s) => s.id === 'enwiki-kokko-roren');
    expect(seed?.licence).toMatch(/CC BY-SA/);
    expect(seed?.url).toContain('en.wikipedia.org');
  });
});
