/**
 * The frame shapes the Share panel offers. Slides are 16:9, so that is the default; a fixed ratio
 * keeps its shape on any host, script or none. `auto` takes the height the content asks for.
 */
export type EmbedRatio = '16:9' | '4:3' | 'auto';
export const EMBED_RATIOS: readonly EmbedRatio[] = ['16:9', '4:3', 'auto'];
export const DEFAULT_EMBED_RATIO: EmbedRatio = '16:9';

/** The CSS aspect ratio of each shape; an auto-height frame keeps 16:9 until its first height message. */
const ASPECT_RATIOS: Record<EmbedRatio, string> = { '16:9': '16 / 9', '4:3': '4 / 3', auto: '16 / 9' };

/**
 * The host page's lines for `auto` frames (README, "Embedding and presenting"): each frame marked
 * `data-auto-height` takes the height its embed reports. Frames of a fixed ratio are left alone.
 */
export const HOST_SCRIPT = `<script>
  addEventListener('message', (event) => {
    if (event.data?.type !== 'kokko-roren:height') return;
    for (const frame of document.querySelectorAll('iframe[data-auto-height]')) {
      if (frame.contentWindow === event.source) frame.style.height = \`\${event.data.height}px\`;
    }
  });
</script>`;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * An iframe that works on a host page with no script at all: full width, the chosen aspect ratio,
 * lazy loading and a title for screen readers. The `auto` shape adds the host script, which sizes
 * the frame to the height the embed reports (`kokko-roren:height`); where a host strips scripts,
 * that frame keeps 16:9.
 */
export function createEmbedSnippet(url: string, title: string, ratio: EmbedRatio = DEFAULT_EMBED_RATIO): string {
  const auto = ratio === 'auto' ? ' data-auto-height' : '';
  const frame = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy"${auto} style="width:100%;aspect-ratio:${ASPECT_RATIOS[ratio]};border:0" allow="fullscreen; clipboard-write"></iframe>`;
  return ratio === 'auto' ? `${frame}\n${HOST_SCRIPT}` : frame;
}
