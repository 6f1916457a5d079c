import { use, useCallback, type ReactNode, type RefObject } from 'react';
import { ChartSvgContext } from './ChartSvgContext';

interface ChartFrameProps {
  className: string;
  /** An SVG length: em of the chart's font size, so the browser sizes it from the stylesheet. */
  height: string;
  /** The picture's accessible name; every chart's SVG has one. */
  title: string;
  /** The chart's own hold on its SVG (to read its font size after an interaction). */
  svgRef?: RefObject<SVGSVGElement | null>;
  children: ReactNode;
}

/**
 * The SVG every chart is drawn in: a named group (role="group", with a <title>) whose width is its
 * frame's. It gives itself to the view section's tools (ChartSvgContext) for export.
 */
export function ChartFrame({ className, height, title, svgRef, children }: ChartFrameProps) {
  const exportRef = use(ChartSvgContext);
  const setSvg = useCallback(
    (svg: SVGSVGElement | null) => {
      if (svgRef !== undefined) svgRef.current = svg;
      if (exportRef !== null) exportRef.current = svg;
    },
    [svgRef, exportRef],
  );
  return (
    <svg className={className} height={height} role="group" ref={setSvg}>
      <title>{title}</title>
      {children}
    </svg>
  );
}
