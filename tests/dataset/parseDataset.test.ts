import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/dataset/parseDataset';
import { loadRawDataset, nth } from '../fixtures/loadRawDataset';

function errorsOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.errors;
}

describe('parseDataset', () => {
  it('accepts the embedded dataset', () => {
    const result = parseDataset(loadRawDataset());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('refuses something that is not a dataset at all, at the root', () => {
    expect(errorsOf('hello')).toEqual([{ path: '(root)', message: expect.stringMatching(/object/i) }]);
    expect(errorsOf(null)[0]?.path).toBe('(root)');
  });

  it('names a missing field by its path', () => {
    const raw = loadRawDataset();
    delete raw.foundingUnions[2]?.abbreviation;
    expect(errorsOf(raw)).toEqual([{ path: 'foundingUnions[2].abbreviation', message: 'is missing' }]);
  });

  it('names a field of the wrong type by its path', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 10).members = '19,769';
    expect(errorsOf(raw)).toEqual([{ path: 'foundingUnions[10].members', message: 'must be a number or null' }]);
  });

  it('refuses negative and fractional memberships', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 0).members = -1;
    nth(raw.foundingUnions, 1).members = 10.5;
    nth(raw.membership, 0).value = -87112;
    expect(errorsOf(raw)).toEqual([
      { path: 'foundingUnions[0].members', message: 'must not be negative' },
      { path: 'foundingUnions[1].members', message: 'must be a whole number' },
      { path: 'membership[0].value', message: 'must not be negative' },
    ]);
  });

  it('keeps an unknown membership as null, never 0', () => {
    const result = parseDataset(loadRawDataset());
    if (!result.ok) throw new Error('embedded dataset refused');
    const zenunyu = result.dataset.foundingUnions.find((u) => u.abbreviation === 'Zenunyu');
    expect(zenunyu?.members).toBeNull();
  });

  it('refuses an unknown source id', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 4).sources = ['enwiki-kokko-roren', 'no-such-source'];
    expect(errorsOf(raw)).toEqual([
      { path: 'foundingUnions[4].sources[1]', message: 'unknown source id "no-such-source"' },
    ]);
  });

  it('refuses an event naming an organisation that does not exist', () => {
    const raw = loadRawDataset();
    nth(raw.events, 0).organisations = ['kokko-rengo'];
    expect(errorsOf(raw)).toEqual([
      { path: 'events[0].organisations[0]', message: 'unknown organisation "kokko-rengo"' },
    ]);
  });

  it.each([
    ['1989-13-01', 'day'],
    ['1989-02-30', 'day'],
    ['21/11/1989', 'day'],
    ['1989-11', 'day'],
    ['1989-11-21', 'year'],
  ])('refuses the malformed date %s (precision %s)', (date, precision) => {
    const raw = loadRawDataset();
    nth(raw.events, 3).date = { date, precision };
    expect(errorsOf(raw)).toEqual([
      { path: 'events[3].date.date', message: expect.stringContaining('must be a real date') },
    ]);
  });

  it('refuses an organisation that ends before it starts', () => {
    const raw = loadRawDataset();
    nth(raw.organisations, 1).end = { date: '1970', precision: 'year' };
    expect(errorsOf(raw)).toEqual([
      { path: 'organisations[1].end', message: 'is before its start' },
      // Its lane in Zenroren starts in 1989, after that end.
      { path: 'timeline.lanes[2].from', message: 'is after its organisation’s end' },
    ]);
  });

  it('refuses a Japanese name with no source, and a duplicate union', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 6).nameJa = '文部省職員組合';
    raw.foundingUnions.push({ ...raw.foundingUnions[0] });
    expect(errorsOf(raw)).toEqual([
      { path: 'foundingUnions[15].abbreviation', message: 'duplicate union "Zenshoko"' },
      { path: 'foundingUnions[6].nameJaSources', message: expect.stringContaining('needs a source') },
    ]);
  });
});

describe('parseDataset: limits', () => {
  it('refuses an array at the root as one error, not a list of missing fields', () => {
    expect(errorsOf([])).toEqual([{ path: '(root)', message: 'must be a JSON object, not an array' }]);
  });

  it('refuses head counts above 100,000,000, and those too large to be exact', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 0).members = 1e308;
    nth(raw.foundingUnions, 1).members = 2 ** 53 + 1;
    nth(raw.membership, 0).value = 100_000_001;
    expect(errorsOf(raw)).toEqual([
      { path: 'foundingUnions[0].members', message: 'must be at most 100,000,000' },
      { path: 'foundingUnions[1].members', message: 'must be at most 100,000,000' },
      { path: 'membership[0].value', message: 'must be at most 100,000,000' },
    ]);
  });

  it('refuses a name over 200 characters and a note over 2,000, and takes them at the limit', () => {
    const raw = loadRawDataset();
    nth(raw.foundingUnions, 0).abbreviation = 'Z'.repeat(201);
    nth(raw.foundingUnions, 1).membersNote = 'n'.repeat(2001);
    nth(raw.foundingUnions, 2).nameEn = 'N'.repeat(200);
    nth(raw.events, 0).text = 't'.repeat(2000);
    expect(errorsOf(raw)).toEqual([
      { path: 'foundingUnions[0].abbreviation', message: 'must be at most 200 characters' },
      { path: 'foundingUnions[1].membersNote', message: 'must be at most 2000 characters' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/file'])(
    'refuses the source address %s: only http and https',
    (url) => {
      const raw = loadRawDataset();
      nth(raw.sources, 0).url = url;
      expect(errorsOf(raw)).toEqual([{ path: 'sources[0].url', message: 'must be an http or https address' }]);
    },
  );

  it('refuses two membership figures on one date', () => {
    const raw = loadRawDataset();
    raw.membership.push({ ...nth(raw.membership, 1), value: 1 });
    const last = raw.membership.length - 1;
    expect(errorsOf(raw)).toEqual([
      { path: `membership[${last}].date`, message: expect.stringContaining('duplicate membership date') },
    ]);
  });

  it('takes any year from 0001 to 9999 as a year, and refuses year 0000', () => {
    const early = loadRawDataset();
    early.federation.founded = { date: '0050', precision: 'year' };
    expect(parseDataset(early).ok).toBe(true);
    const late = loadRawDataset();
    nth(late.events, 0).date = { date: '9999-12-31', precision: 'day' };
    expect(parseDataset(late).ok).toBe(true);
    const zero = loadRawDataset();
    zero.federation.founded = { date: '0000', precision: 'year' };
    expect(errorsOf(zero)).toContainEqual({
      path: 'federation.founded.date',
      message: expect.stringContaining('real date'),
    });
  });

  it('names a field the format does not have, so a misspelling is not dropped unseen', () => {
    const raw: Record<string, unknown> = loadRawDataset();
    raw.timline = raw.timeline;
    expect(errorsOf(raw)).toEqual([{ path: 'timline', message: 'is not a field of this format (misspelt?)' }]);
  });

  it('refuses a file of another version of the format', () => {
    const raw = loadRawDataset();
    raw.schemaVersion = 1;
    expect(errorsOf(raw)).toEqual([{ path: 'schemaVersion', message: 'must be 2 (the version this app reads)' }]);
  });

  describe('the timeline’s lanes and forks', () => {
    const timelineOf = (raw: ReturnType<typeof loadRawDataset>) =>
      raw.timeline as { lanes: Array<Record<string, unknown>>; forks: Array<Record<string, unknown>> };

    it('refuses a lane of an organisation that does not exist, and a role it does not know', () => {
      const raw = loadRawDataset();
      nth(timelineOf(raw).lanes, 0).organisation = 'nobody';
      nth(timelineOf(raw).lanes, 1).role = 'main';
      expect(errorsOf(raw)).toEqual([
        { path: 'timeline.lanes[1].role', message: 'must be "context", "continuing" or "breakaway"' },
      ]);
      nth(timelineOf(raw).lanes, 1).role = 'context';
      expect(errorsOf(raw)).toEqual([
        { path: 'timeline.lanes[0].organisation', message: 'unknown organisation "nobody"' },
      ]);
    });

    it('refuses a fork to an unknown lane, to the lane it leaves, to a lane twice, and an unknown event', () => {
      const raw = loadRawDataset();
      const fork = nth(timelineOf(raw).forks, 0);
      fork.to = ['kokko-roren-in-sohyo', 'missing', 'kokko-soren'];
      fork.event = 'no-such-event';
      timelineOf(raw).forks.push({ id: 'again', from: 'sohyo', to: ['kokko-soren', 'rengo'] });
      expect(errorsOf(raw)).toEqual([
        { path: 'timeline.forks[0].to[0]', message: 'is the lane the fork leaves' },
        { path: 'timeline.forks[0].to[1]', message: 'unknown lane "missing"' },
        { path: 'timeline.forks[0].event', message: 'unknown event "no-such-event"' },
        { path: 'timeline.forks[1].to[0]', message: 'lane "kokko-soren" is already a branch of a fork' },
      ]);
    });

    it('refuses a branch to a lane with no start, and a lane that ends before it starts', () => {
      const raw = loadRawDataset();
      nth(timelineOf(raw).forks, 0).to = ['sohyo', 'kokko-soren'];
      nth(timelineOf(raw).lanes, 3).to = { date: '1970', precision: 'year' };
      expect(errorsOf(raw)).toEqual([
        { path: 'timeline.lanes[3].to', message: 'is before its start' },
        { path: 'timeline.forks[0].to[0]', message: 'lane "sohyo" needs a start date, where its branch leaves' },
      ]);
    });

    it('accepts a dataset without a timeline section (one lane an organisation)', () => {
      const raw: Record<string, unknown> = loadRawDataset();
      delete raw.timeline;
      expect(parseDataset(raw).ok).toBe(true);
    });
  });
});
