/*
 * Written out rather than Intl.NumberFormat: the first formatter a page creates costs ~30 ms of
 * locale loading at full CPU speed (~120 ms on a slow phone), on the way to hydration. The rules
 * are d3-format's ',d' and '.1%', which these figures were first drawn with.
 */
const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Whole counts with thousands separators: 19,769. */
export const formatCount = (value: number): string => {
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupThousands(String(Math.abs(rounded)))}`;
};

/** A count and its noun, one or many: "1 union", "0 unions", "10,000 unions". */
export const formatCountOf = (value: number, singular: string, plural = `${singular}s`): string =>
  `${formatCount(value)} ${Math.round(value) === 1 ? singular : plural}`;

/** The most decimals a share is given to tell it from zero: 1 in 10 million is 0.00001%. */
const MAX_SHARE_DECIMALS = 6;

/**
 * Shares of a total, to one decimal place (24.6%), or to as many more as a small share needs to
 * differ from zero (1 of 10,000 is 0.01%, not 0.0%).
 */
export const formatShare = (value: number): string => {
  let decimals = 1;
  while (decimals < MAX_SHARE_DECIMALS && value !== 0 && Number((Math.abs(value) * 100).toFixed(decimals)) === 0) {
    decimals += 1;
  }
  const [whole = '', fraction = '0'] = Math.abs(value * 100)
    .toFixed(decimals)
    .split('.');
  const nonZero = /[1-9]/.test(`${whole}${fraction}`);
  if (!nonZero && value !== 0) return `${value < 0 ? '>-' : '<'}0.${'0'.repeat(MAX_SHARE_DECIMALS - 1)}1%`;
  return `${value < 0 && nonZero ? '-' : ''}${groupThousands(whole)}.${fraction}%`;
};
