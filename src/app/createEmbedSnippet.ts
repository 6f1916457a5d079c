import type { ViewName } from './urlState';

/** Width to height of each view's frame: the table is tall, the timeline wide. */
const ASPECT_RATIOS: Record<ViewName, string> = { table: '4 / 3', chart: '16 / 10', timeline: '16 / 9' };

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * An iframe that works on a host page with no script at all: full width, a sensible aspect ratio,
 * lazy loading and a title for screen readers. Hosts that add the README's few lines of script
 * also get the exact height through the `kokko-roren:height` message.
 */
export function createEmbedSnippet(url: string, view: ViewName, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;aspect-ratio:${ASPECT_RATIOS[view]};border:0" allow="fullscreen; clipboard-write"></iframe>`;
}
