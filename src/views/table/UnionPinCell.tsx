import { use } from 'react';
import { Text } from '@/charts/Text';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { HoverNote } from '@/charts/HoverNote';
import { UnionPinContext } from './UnionPinContext';

/** The union's abbreviation, as a button that pins it in every view, and its Japanese name. */
export function UnionPinCell({ union }: { union: UnionRow }) {
  const { pinned, onPinToggle, hintId } = use(UnionPinContext);
  return (
    <>
      <button
        type="button"
        className="pin-button"
        aria-pressed={pinned === union.abbreviation}
        aria-describedby={hintId}
        onClick={() => onPinToggle(union.abbreviation)}
      >
        <Text>{union.abbreviation}</Text>
      </button>
      {union.nameJa !== null && (
        <span className="name-ja">
          <span lang="ja">{union.nameJa}</span>
          {union.nameJaIsAbbreviation && (
            <>
              {' '}
              <HoverNote note="Only this abbreviation is in the sources read, not the full Japanese name.">
                abbr.
              </HoverNote>
            </>
          )}
          {union.nameJaNote !== undefined && (
            <>
              {' '}
              <HoverNote note={union.nameJaNote}>note</HoverNote>
            </>
          )}
        </span>
      )}
    </>
  );
}
