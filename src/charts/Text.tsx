import { splitJapanese } from '@/derive/splitJapanese';

/**
 * Text from the data, with each run of Japanese in it marked `lang="ja"`, so screen readers read it
 * with Japanese rules and browsers pick a Japanese font for it. In SVG, pass `svg` for tspans.
 */
export function Text({ children, svg = false }: { children: string; svg?: boolean }) {
  const parts = splitJapanese(children);
  if (!parts.some((part) => part.japanese)) return children;
  const Run = svg ? 'tspan' : 'span';
  return parts.map((part, index) =>
    part.japanese ? (
      <Run key={index} lang="ja">
        {part.text}
      </Run>
    ) : (
      part.text
    ),
  );
}
