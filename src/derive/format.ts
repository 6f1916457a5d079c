/*
 * The platform's number formatter: same output as d3-format's ',d' and '.1%' for the figures we
 * show, and none of its bytes (d3-format's single-file bundle cannot be tree-shaken).
 */
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const share = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Whole counts with thousands separators: 19,769. */
export const formatCount = (value: number): string => count.format(value);

/** Shares of a total, to one decimal place: 24.6%. */
export const formatShare = (value: number): string => share.format(value);
