import { pickById } from '@/derive/pickById';
import type { SourceReference } from './SourceLine';
import { Text } from './Text';

interface SourceTitlesProps {
  ids: readonly string[];
  sourcesById: ReadonlyMap<string, SourceReference>;
}

/** The titles of the sources `ids` names, in order, joined by semicolons, their Japanese marked. */
export function SourceTitles({ ids, sourcesById }: SourceTitlesProps) {
  return (
    <Text>
      {pickById(ids, sourcesById)
        .map((source) => source.title)
        .join('; ')}
    </Text>
  );
}
