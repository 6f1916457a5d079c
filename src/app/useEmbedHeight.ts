import { useEffect } from 'react';

/** The message an embed sends its host whenever its height changes: `{ type, height }` in CSS pixels. */
export const HEIGHT_MESSAGE = 'kokko-roren:height';

/**
 * Inside an iframe, tells the host page the content's height as it changes, so a few lines of
 * host script (README) can size the frame exactly. Hosts without script keep the snippet's ratio.
 */
export function useEmbedHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, [enabled]);
}
