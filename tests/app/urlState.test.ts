import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState } from '@/app/urlState';

const IDS = ['union', 'name', 'members'];

describe('parseUrlState', () => {
  it('reads filter, membership choice, multi-column sort and highlight', () => {
    expect(parseUrlState('?q=zen&members=known&sort=members:desc,union:asc&highlight=Zenrodo', IDS)).toEqual({
      query: 'zen',
      members: 'known',
      sorting: [
        { id: 'members', desc: true },
        { id: 'union', desc: false },
      ],
      highlight: 'Zenrodo',
      step: null,
      order: 'members',
      measure: 'members',
      theme: 'auto',
    });
  });

  it('reads the chart’s order and measure', () => {
    expect(parseUrlState('?order=table&measure=share', IDS)).toMatchObject({ order: 'table', measure: 'share' });
  });

  it.each([
    ['?sort=bogus:asc', DEFAULT_URL_STATE],
    ['?sort=members:sideways,members', DEFAULT_URL_STATE],
    ['?sort=members:asc,members:desc', { ...DEFAULT_URL_STATE, sorting: [{ id: 'members', desc: false }] }],
    ['?members=maybe', DEFAULT_URL_STATE],
    ['?theme=neon', DEFAULT_URL_STATE],
    ['?order=size&measure=percent', DEFAULT_URL_STATE],
    ['?highlight=%3Cscript%3E', DEFAULT_URL_STATE],
    ['?%E0%A4%A=1', DEFAULT_URL_STATE],
  ])('falls back to defaults for malformed %s', (search, expected) => {
    expect(parseUrlState(search, IDS)).toEqual(expected);
  });

  it('cuts an overlong filter', () => {
    expect(parseUrlState(`?q=${'a'.repeat(5000)}`, IDS).query).toHaveLength(200);
  });
});

describe('formatUrlState', () => {
  it('keeps parameters it does not own, and leaves defaults out', () => {
    expect(
      formatUrlState({ ...DEFAULT_URL_STATE, sorting: [{ id: 'members', desc: true }] }, '?view=table&q=old'),
    ).toBe('?view=table&sort=members%3Adesc');
    expect(formatUrlState(DEFAULT_URL_STATE, '?q=old&highlight=Zenrodo')).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      query: 'a & b',
      members: 'unknown' as const,
      sorting: [{ id: 'name', desc: false }],
      highlight: 'Zenkisho',
      step: 'zenroren-founded',
      order: 'name' as const,
      measure: 'share' as const,
      theme: 'present' as const,
    };
    expect(parseUrlState(formatUrlState(state, ''), IDS)).toEqual(state);
  });
});
