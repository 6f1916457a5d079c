import { HoverNote } from './HoverNote';
import { Text } from './Text';

interface NamedAffiliate {
  nameEn: string;
  nameJa: string | null;
  note?: string | undefined;
}

/**
 * One of today's affiliates: its English name, its Japanese name where a source read gives it, and
 * its note (a link no source makes, a spelling) on hover and focus. The table's Today column and
 * the timeline's list of affiliates both name them this way.
 */
export function AffiliateName({ affiliate }: { affiliate: NamedAffiliate }) {
  return (
    <span className="affiliate">
      <Text>{affiliate.nameEn}</Text>
      {affiliate.nameJa !== null && (
        <>
          {' '}
          <span className="name-ja" lang="ja">
            {affiliate.nameJa}
          </span>
        </>
      )}
      {affiliate.note !== undefined && (
        <>
          {' '}
          <HoverNote note={affiliate.note}>note</HoverNote>
        </>
      )}
    </span>
  );
}
