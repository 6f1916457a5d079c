import { useState } from 'react';
import { downloadFile } from '@/charts/downloadFile';
import { useDataset } from '@/dataset/useDataset';
import { slugify } from '@/derive/slugify';
import type { ViewName } from './pages';
import { createViewUrl, type UrlState } from './urlState';

interface PresentationButtonProps {
  urlState: UrlState;
  /** The page's address, from which the links in the speaker notes are built. */
  base: string;
}

/** "Download PowerPoint": one 16:9 slide per view on this page, as it is now. */
export function PresentationButton({ urlState, base }: PresentationButtonProps) {
  const [status, setStatus] = useState('');
  const { dataset } = useDataset();
  const fileName = `${slugify(dataset.federation.shortName.en) || 'federation'}-slides.pptx`;
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        onClick={async () => {
          setStatus('Making the slides…');
          try {
            const { createPresentation } = await import('./createPresentation');
            const file = await createPresentation(document, (view) =>
              createViewUrl(base, view as ViewName, urlState, false),
            );
            downloadFile(fileName, file, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
            setStatus(`Saved ${fileName}.`);
          } catch (error) {
            setStatus(`Sorry: ${error instanceof Error ? error.message : String(error)}.`);
          }
        }}
      >
        Download PowerPoint (a slide per view, as shown)
      </button>
      <span role="status" className="export-buttons__status">
        {status}
      </span>
    </div>
  );
}
