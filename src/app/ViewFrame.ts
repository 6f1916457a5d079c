import type { ComponentType, ReactNode } from 'react';
import type { ViewName } from './pages';
import type { UrlState } from './urlState';

/**
 * What surrounds one view on a page of its own: the site's header and footer (SingleViewFrame),
 * or nothing but the view filling an iframe (EmbedFrame). A page module takes its frame as a
 * prop, so an embed never loads the site's header, footer and dataset loader.
 */
export type ViewFrame = ComponentType<ViewFrameProps>;

export interface ViewFrameProps {
  view: ViewName;
  urlState: UrlState;
  children: ReactNode;
}

/** The props of a single-view page module (ChartPage, TablePage, TimelinePage). */
export interface SingleViewPageProps {
  Frame: ViewFrame;
  /** In an iframe: the view fits the frame's height. */
  embed: boolean;
}
