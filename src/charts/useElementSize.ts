import { useLayoutEffect, useEffect, useRef, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

// Layout effects do not run on the server; there the default size stands until hydration.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Measures an element with a ResizeObserver. Starts from `initial` (also the size used when
 * rendering on the server or where ResizeObserver is missing), then follows the element.
 */
export function useElementSize<T extends Element>(initial: ElementSize) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(initial);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const update = (width: number, height: number) =>
      setSize((previous) =>
        Math.round(previous.width) === Math.round(width) && Math.round(previous.height) === Math.round(height)
          ? previous
          : { width, height },
      );
    const box = element.getBoundingClientRect();
    if (box.width > 0) update(box.width, box.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
