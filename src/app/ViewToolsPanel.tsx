import type { RefObject } from 'react';
import { CopyField } from './CopyField';
import type { ExportInfo } from './describeView';
import { EmbedSnippetField } from './EmbedSnippetField';
import { ExportButtons } from './ExportButtons';
import { PresentationButton } from './PresentationButton';
import { PAGES, type ViewName } from './pages';
import { createViewUrl, type UrlState } from './urlState';

export interface ViewToolsPanelProps {
  view: ViewName;
  title: string;
  /** The chart's SVG, which export copies. */
  chartRef: RefObject<SVGSVGElement | null>;
  urlState: UrlState;
  exportInfo?: ExportInfo;
  /** The page's address, from which the links are built. */
  base: string;
}

/** The body of Share / embed / export: loaded when first opened, so no page pays for it up front. */
export function ViewToolsPanel({ view, title, chartRef, urlState, exportInfo, base }: ViewToolsPanelProps) {
  return (
    <div className="view-tools__body">
      <CopyField label="Link to this view" value={createViewUrl(base, view, urlState, false)} />
      <EmbedSnippetField
        url={createViewUrl(base, view, urlState, true)}
        title={title}
        defaultRatio={PAGES[view].aspectRatio}
      />
      {exportInfo !== undefined && <ExportButtons chartRef={chartRef} title={title} exportInfo={exportInfo} />}
      <PresentationButton urlState={urlState} base={base} />
    </div>
  );
}
