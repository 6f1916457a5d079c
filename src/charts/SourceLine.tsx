import { Fragment } from 'react';
import { Text } from './Text';

export interface SourceReference {
  id: string;
  title: string;
  url: string | null;
  locator?: string | undefined;
}

interface SourceLineProps {
  sources: readonly SourceReference[];
  /** Words before the list, for a line that says more than "Source". */
  lead?: string;
}

/** The caption line every figure carries, so a view lifted into a slide keeps its sources. */
export function SourceLine({ sources, lead }: SourceLineProps) {
  return (
    <p className="source-line">
      {lead ?? (sources.length === 1 ? 'Source' : 'Sources')}:{' '}
      {sources.map((source, i) => (
        <Fragment key={source.id}>
          {i > 0 && '; '}
          {source.url === null ? (
            <cite>
              <Text>{source.title}</Text>
            </cite>
          ) : (
            <a href={source.url}>
              <cite>
                <Text>{source.title}</Text>
              </cite>
            </a>
          )}
          {source.locator !== undefined && ` (${source.locator})`}
        </Fragment>
      ))}
      .
    </p>
  );
}
