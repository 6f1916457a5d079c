import { useEffect, type RefObject } from 'react';
import { measureContentHeight } from './measureContentHeight';

/** The message an embed sends its host whenever its height changes: `{ type, height }` in CSS pixels. */
export const HEIGHT_MESSAGE = 'kokko-roren:height';

/**
 * Inside an iframe, tells the host page the height its content needs, whenever that changes by a
 * pixel or more, so a few lines of host script (README) can size the frame to it. The height is
 * the content's, never the frame's (measureContentHeight): a frame sized by it comes to rest.
 * Hosts without script keep the snippet's aspect ratio.
 */
export function useEmbedHeight(embedRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const embed = embedRef.current;
    if (window.parent === window || embed === null || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    let frame = 0;
    const send = () => {
      frame = 0;
      const height = Math.ceil(measureContentHeight(embed));
      if (Math.abs(height - last) < 1) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    // At most once a frame, however many changes come in it.
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(send);
    };
    // The content's height changes with the frame's width, with what it shows (a filter, an opened
    // <details>, a hovered mark) and with the theme (an attribute of <html>) or a font arriving.
    const resizes = new ResizeObserver(schedule);
    resizes.observe(embed);
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener('toggle', schedule, true);
    document.fonts.addEventListener('loadingdone', schedule);
    send();
    return () => {
      window.cancelAnimationFrame(frame);
      resizes.disconnect();
      mutations.disconnect();
      document.removeEventListener('toggle', schedule, true);
      document.fonts.removeEventListener('loadingdone', schedule);
    };
  }, [embedRef]);
}
