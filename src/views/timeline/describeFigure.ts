import type { MembershipPoint } from '@/dataset/datasetSchema';
import { formatCount } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';

const BASIS: Record<NonNullable<MembershipPoint['basis']>, string> = {
  'observers-included': 'Observer unions included.',
  'observers-excluded': 'Observer unions excluded.',
  'not-stated': 'The source does not say whether observer unions are counted.',
};

/**
 * A membership figure in words: "June 1993: 141,152 members. Observer unions included. <note>",
 * with "about" for a round figure and "derived" for one worked out from others.
 */
export function describeFigure(point: MembershipPoint): string {
  const figure = `${point.approximate === true ? 'about ' : ''}${formatCount(point.value)} members`;
  return [
    `${formatPartialDate(point.date)}: ${figure}${point.derived === true ? ' (derived)' : ''}.`,
    BASIS[point.basis ?? 'not-stated'],
    point.note,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}
