import { Fragment } from 'react';
import { licenceUrl } from './licences';
import { Text } from './Text';

export interface SourceReference {
  id: string;
  title: string;
  url: string | null;
  locator?: string | undefined;
  /** The licence its text is under, credited after the list (a view lifted into a slide keeps it). */
  licence?: string | null;
}

interface SourceLineProps {
  sources: readonly SourceReference[];
  /** Words before the list, for a line that says more than "Source". */
  lead?: string;
}

/** The caption line every figure carries, so a view lifted into a slide keeps its sources. */
export function SourceLine({ sources, lead }: SourceLineProps) {
  const licences = [
    ...new Set(
      sources.flatMap((source) => (source.licence === undefined || source.licence === null ? [] : [source.licence])),
    ),
  ];
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
      .{licences.length > 0 && ' Text under '}
      {licences.map((licence, i) => {
        const url = licenceUrl(licence);
        return (
          <Fragment key={licence}>
            {i > 0 && ', '}
            {url === null ? licence : <a href={url}>{licence}</a>}
          </Fragment>
        );
      })}
      {licences.length > 0 && '.'}
    </p>
  );
}
