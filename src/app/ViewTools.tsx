import { lazy, Suspense, useState, type RefObject } from 'react';
import type { UrlState, ViewName } from './urlState';

const ViewToolsPanel = lazy(() => import('./ViewToolsPanel').then((module) => ({ default: module.ViewToolsPanel })));

interface ViewToolsProps {
  view: ViewName;
  title: string;
  /** The element that goes fullscreen and holds the chart to export. */
  frameRef: RefObject<HTMLElement | null>;
  urlState: UrlState;
  /** Present for charts: what export writes into the picture and the file name. */
  exportInfo?: { source: string; fileName: string };
}

/** Fullscreen, Share / embed, and (for charts) Export: the same tools in every view and embed. */
export function ViewTools({ view, title, frameRef, urlState, exportInfo }: ViewToolsProps) {
  const [open, setOpen] = useState(false);
  // Built only when the panel opens: the page's address is not known while rendering on a server.
  const base = open && typeof window !== 'undefined' ? window.location.href : null;
  return (
    <div className="view-tools">
      <button
        type="button"
        className="button"
        onClick={() => {
          const frame = frameRef.current;
          if (document.fullscreenElement === frame) void document.exitFullscreen();
          else void frame?.requestFullscreen?.();
        }}
      >
        Fullscreen
      </button>
      <details className="view-tools__panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Share / embed{exportInfo === undefined ? '' : ' / export'}</summary>
        {base !== null && (
          <Suspense fallback={<p>Loading…</p>}>
            <ViewToolsPanel
              view={view}
              title={title}
              frameRef={frameRef}
              urlState={urlState}
              exportInfo={exportInfo}
              base={base}
            />
          </Suspense>
        )}
      </details>
    </div>
  );
}
