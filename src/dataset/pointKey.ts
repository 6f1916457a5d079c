import type { MembershipPoint } from './datasetSchema';

/**
 * A membership figure's identity: its date, and its basis where one is stated, so one date may
 * hold a figure with observer unions and one without ("2013-06-30", "2013-06-30 observers-included").
 */
export const pointKey = (point: Pick<MembershipPoint, 'date' | 'basis'>): string =>
  point.basis === undefined || point.basis === 'not-stated' ? point.date.date : `${point.date.date} ${point.basis}`;
