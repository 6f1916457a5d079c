import { format } from 'd3-format';

/** Whole counts with thousands separators: 19,769. */
export const formatCount = format(',d');

/** Shares of a total, to one decimal place: 24.6%. */
export const formatShare = format('.1%');
