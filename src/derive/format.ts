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

/** Shares of a total, to one decimal place: 24.6%. */
export const formatShare = (value: number): string => {
  const [whole = '', tenths = '0'] = Math.abs(value * 100)
    .toFixed(1)
    .split('.');
  const sign = value < 0 && `${whole}${tenths}` !== '00' ? '-' : '';
  return `${sign}${groupThousands(whole)}.${tenths}%`;
};
