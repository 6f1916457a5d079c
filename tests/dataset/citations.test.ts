import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '@/dataset/embeddedDataset';

if (!embeddedDataset.ok) throw new Error('embedded dataset refused');
const { dataset } = embeddedDataset;
const listed = new Set(dataset.sources.map((source) => source.id));

/** Every citation of the dataset: what cites, and the source ids it cites. */
const citations: Array<[string, readonly string[]]> = [
  ['the federation', dataset.federation.sources],
  ...dataset.events.map((event): [string, readonly string[]] => [`event ${event.id}`, event.sources]),
  ...dataset.membership.map((point): [string, readonly string[]] => [`figure of ${point.date.date}`, point.sources]),
  ...dataset.organisations.map((org): [string, readonly string[]] => [`organisation ${org.id}`, org.sources]),
  ...dataset.foundingUnions.map((union): [string, readonly string[]] => [`union ${union.abbreviation}`, union.sources]),
  ...dataset.foundingUnions.flatMap((union): Array<[string, readonly string[]]> =>
    union.nameJa === null ? [] : [[`Japanese name of ${union.abbreviation}`, union.nameJaSources]],
  ),
  ...dataset.affiliatesToday.map((affiliate): [string, readonly string[]] => [
    `affiliate ${affiliate.id}`,
    affiliate.sources,
  ]),
];

describe('the embedded dataset’s citations', () => {
  it.each(citations)('%s cites at least one source the dataset lists', (_what, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const id of sources) expect(listed).toContain(id);
  });

  it('cites pages, not this project’s fact sheet: every source has a web address', () => {
    for (const source of dataset.sources) {
      expect(source.title, source.id).not.toMatch(/fact sheet|facts\.md/i);
      // A union's own site is cited at its front page, as facts.md gives it; every other page by its own address.
      const ownSite = source.title.endsWith("(the union's own site)");
      expect(source.url, source.id).toMatch(ownSite ? /^https:\/\/[^/]+\/$/ : /^https?:\/\/[^/]+\/./);
    }
  });

  it('links each Ohara Chronicle entry to its own page, and titles no page 国公労連の歴史', () => {
    const ohara = dataset.sources.filter((source) => source.title.startsWith('Ohara Chronicle'));
    expect(ohara).toHaveLength(5);
    for (const source of ohara) expect(source.url).toMatch(/exp_detail\/\?exp_id=4-012-\d{7}$/);
    expect(dataset.sources.map((source) => source.title).join()).not.toContain('国公労連の歴史');
  });

  it('gives the fork its context: private-sector Rengo (1987) and Sohyo’s vote to dissolve (1988), each cited to its page', () => {
    const byId = new Map(dataset.events.map((event) => [event.id, event]));
    const sourceOf = (id: string) => dataset.sources.find((source) => source.id === id);
    const rengo = byId.get('private-rengo-founded');
    expect(rengo?.date.date).toBe('1987-11-20');
    expect(rengo?.text).toContain('全日本民間労働組合連合会');
    expect(rengo?.sources.map((id) => sourceOf(id)?.url)).toEqual([
      'https://enpedia.rxy.jp/wiki/全日本民間労働組合連合会',
    ]);
    const vote = byId.get('sohyo-votes-to-dissolve');
    expect(vote?.date.date).toBe('1988-07-26');
    expect(vote?.text).toContain('256 to 25');
    expect(vote?.sources.map((id) => sourceOf(id)?.url)).toEqual([
      'https://oisr-org.ws.hosei.ac.jp/research/dglb/explanation/exp_detail/?exp_id=4-012-9003650',
    ]);
  });

  it('keeps the wording facts.md corrects out: no "Kokko Kyoto", no "brought together", no "That afternoon"', () => {
    const text = JSON.stringify(dataset);
    expect(text).not.toMatch(/Kokko Kyoto|brought together the public-sector unions|That afternoon/);
    expect(dataset.federation.foundedHow).toContain('the joint council 国公共闘 (日本国家公務員労働組合共闘会議');
  });
});
