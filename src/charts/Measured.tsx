import type { ReactNode, RefObject } from 'react';
import { useElementSize, type ElementSize } from './useElementSize';

interface MeasuredProps {
  /** The size drawn on the server and at the first render, before anything is measured. */
  initial: ElementSize;
  className?: string;
  /** Draws what is measured, at the measured size; `frame` is the measured element. */
  children: (size: ElementSize, frame: RefObject<HTMLDivElement | null>) => ReactNode;
}

/**
 * visx's ParentSize: a block that measures itself (ResizeObserver) and draws its children at its
 * width and height, so the charts inside take their size as props and tests can draw them at any.
 * The server and the first render draw at `initial`, so hydration matches the prerendered page.
 */
export function Measured({ initial, className, children }: MeasuredProps) {
  const [frame, size] = useElementSize<HTMLDivElement>(initial);
  return (
    <div className={className} ref={frame}>
      {children(size, frame)}
    </div>
  );
}
