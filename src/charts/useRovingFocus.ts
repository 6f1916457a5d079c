import { useRef, type KeyboardEvent } from 'react';

/**
 * Roving focus over a row of chart marks: one mark takes Tab, the arrow keys move to the
 * previous or next one, Home and End to the ends, and Escape calls `onEscape` (to hide a tooltip).
 */
export function useRovingFocus<T extends Element & { focus: () => void }>(
  count: number,
  activeIndex: number,
  onActiveChange: (index: number) => void,
  onEscape: () => void,
) {
  const marks = useRef<Array<T | null>>([]);
  const setMarkRef = (index: number) => (element: T | null) => {
    marks.current[index] = element;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const targets: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowRight: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      ArrowLeft: activeIndex - 1,
      Home: 0,
      End: count - 1,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(target, count - 1));
      onActiveChange(next);
      marks.current[next]?.focus();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  };
  return { setMarkRef, onKeyDown };
}
