import { useId, useState } from 'react';
import { CopyField } from './CopyField';
import { createEmbedSnippet, EMBED_RATIOS, type EmbedRatio } from './createEmbedSnippet';

const RATIO_LABELS: Record<EmbedRatio, string> = {
  '16:9': '16:9 (slides)',
  '4:3': '4:3',
  auto: 'Auto height, with the script',
};

interface EmbedSnippetFieldProps {
  /** The embed's address, carrying the view's state. */
  url: string;
  title: string;
  /** The shape offered first: the view's own, from the page registry. */
  defaultRatio: EmbedRatio;
}

/** The embed snippet, in the frame shape the reader picks. */
export function EmbedSnippetField({ url, title, defaultRatio }: EmbedSnippetFieldProps) {
  const [ratio, setRatio] = useState<EmbedRatio>(defaultRatio);
  const name = useId();
  return (
    <div className="embed-snippet">
      <fieldset className="radio-group">
        <legend>Frame shape</legend>
        {EMBED_RATIOS.map((value) => (
          <label key={value}>
            <input type="radio" name={name} value={value} checked={ratio === value} onChange={() => setRatio(value)} />
            {RATIO_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <CopyField
        label={
          ratio === 'auto'
            ? 'Embed snippet (the frame and the script that sets its height; see the README)'
            : 'Embed snippet (works without script; see the README for automatic height)'
        }
        value={createEmbedSnippet(url, title, ratio)}
        multiline
      />
    </div>
  );
}
