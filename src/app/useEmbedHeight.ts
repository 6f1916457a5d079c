import { useEffect } from 'react';

/** The message an embed sends its host whenever its height changes: `{ type, height }` in CSS pixels. */
export const HEIGHT_MESSAGE = 'kokko-roren:height';

/**
 * Inside an iframe, tells the host page the content's height as it changes, so a few lines of
 * host script (README) can size the frame exactly. Hosts without script keep the snippet's ratio.
 */
export function useEmbedHeight(): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    // The height the view needs to show without scrolling inside itself: where its scrolling
    // body starts, plus everything in it, plus the page's padding below.
    const body = document.querySelector('.embed .view-section__body');
    const send = () => {
      const height =
        body === null
          ? Math.ceil(document.documentElement.scrollHeight)
          : Math.ceil(body.getBoundingClientRect().top + window.scrollY + body.scrollHeight + 8);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    // Sizes change by resizing, by content changing (a filter) and by opening a <details>.
    const resizes = new ResizeObserver(send);
    resizes.observe(document.body);
    const mutations = new MutationObserver(send);
    if (body !== null) mutations.observe(body, { subtree: true, childList: true, attributes: true });
    document.addEventListener('toggle', send, true);
    send();
    return () => {
      resizes.disconnect();
      mutations.disconnect();
      document.removeEventListener('toggle', send, true);
    };
  }, []);
}
