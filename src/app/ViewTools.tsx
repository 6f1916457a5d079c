import { Suspense, useId, useRef, useState, type RefObject } from 'react';
import { createRetryableLazy } from '@/charts/createRetryableLazy';
import { LoadBoundary } from '@/charts/LoadBoundary';
import type { ExportInfo } from './describeView';
import type { ViewName } from './pages';
import type { UrlState } from './urlState';

const panel = createRetryableLazy(
  () => import('./ViewToolsPanel'),
  (module) => module.ViewToolsPanel,
);

interface ViewToolsProps {
  view: ViewName;
  title: string;
  /** The element that goes fullscreen. */
  frameRef: RefObject<HTMLElement | null>;
  /** The chart's SVG, which export copies. */
  chartRef: RefObject<SVGSVGElement | null>;
  urlState: UrlState;
  /** Present for charts: what export writes into the picture and the file name. */
  exportInfo?: ExportInfo;
}

/**
 * Fullscreen, Share / embed, and (for charts) Export: the same tools in every view and embed.
 * Share / embed / export opens a modal dialog over the view, so neither the view nor what it
 * exports changes size; the dialog keeps the keyboard inside it, closes on Escape, and gives
 * focus back to its button.
 */
export function ViewTools({ view, title, frameRef, chartRef, urlState, exportInfo }: ViewToolsProps) {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const label = `Share / embed${exportInfo === undefined ? '' : ' / export'}`;
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
      <button
        ref={openerRef}
        type="button"
        className="button view-tools__open"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className="view-tools__dialog"
        aria-labelledby={headingId}
        onClose={() => {
          setOpen(false);
          openerRef.current?.focus();
        }}
        // A click on the backdrop lands on the dialog itself (its content fills it): close.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className="view-tools__dialog-content">
          <div className="view-tools__dialog-head">
            <h2 id={headingId}>
              {label}: {title}
            </h2>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </div>
          {base !== null && (
            <LoadBoundary what="the share panel" onRetry={panel.retry}>
              <Suspense fallback={<p>Loading…</p>}>
                <panel.Component
                  view={view}
                  title={title}
                  chartRef={chartRef}
                  urlState={urlState}
                  exportInfo={exportInfo}
                  base={base}
                />
              </Suspense>
            </LoadBoundary>
          )}
        </div>
      </dialog>
    </div>
  );
}
