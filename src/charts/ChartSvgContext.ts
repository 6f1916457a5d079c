import { createContext, type RefObject } from 'react';

/**
 * Where a view section wants its chart's SVG: the tools that export it hold this ref, and the
 * chart's frame (ChartFrame) fills it, so no tool has to search the view's markup for it.
 */
export const ChartSvgContext = createContext<RefObject<SVGSVGElement | null> | null>(null);
