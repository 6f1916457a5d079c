import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, getStartTime, isValidPartialDate } from '@/derive/partialDate';

describe('partial dates', () => {
  it.each([
    [{ date: '1975-10-01', precision: 'day' }, '1 October 1975'],
    [{ date: '1993-06', precision: 'month' }, 'June 1993'],
    [{ date: '1989', precision: 'year' }, '1989'],
  ] as const)('formats %o as %s, no more precise than the source', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });

  it('accepts real dates and refuses impossible or mis-written ones', () => {
    expect(isValidPartialDate({ date: '2000-02-29', precision: 'day' })).toBe(true);
    expect(isValidPartialDate({ date: '1900-02-29', precision: 'day' })).toBe(false);
    expect(isValidPartialDate({ date: '1989-00', precision: 'month' })).toBe(false);
    expect(isValidPartialDate({ date: '89', precision: 'year' })).toBe(false);
  });

  it('orders by first instant, a year before a day inside it', () => {
    expect(getStartTime({ date: '1989', precision: 'year' })).toBe(Date.UTC(1989, 0, 1));
    expect(
      comparePartialDates({ date: '1989', precision: 'year' }, { date: '1989-01-01', precision: 'day' }),
    ).toBeLessThan(0);
    expect(
      comparePartialDates({ date: '2019', precision: 'year' }, { date: '2013-06-30', precision: 'day' }),
    ).toBeGreaterThan(0);
  });
});
