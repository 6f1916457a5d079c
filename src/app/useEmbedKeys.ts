import { useEffect } from 'react';

/** The message an embed sends its host for a deck key it does not use: `{ type, key }`. */
export const KEY_MESSAGE = 'kokko-roren:key';

/** Keys a presenter's clicker or keyboard moves a deck with. */
const PAGE_KEYS = new Set(['PageUp', 'PageDown', ' ']);
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
/** Where Space and the page keys type, choose or press. */
const CONTROLS = 'input, textarea, select, button, summary, [contenteditable]:not([contenteditable="false"])';

/**
 * What an embed does with a key the host page may want (see the README): `null` keeps it, `hand-back`
 * gives the focus back to the host (Escape, after the embed's own handling, such as closing a
 * tooltip), `send` passes it on to the host. The arrow keys go on only when nothing in the embed
 * has the focus (a chart mark, a control or a scrolling region uses them); Space and the page keys
 * unless a control has it.
 */
export function classifyEmbedKey(event: KeyboardEvent, focused: Element | null): 'hand-back' | 'send' | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return null;
  if (event.key === 'Escape') return 'hand-back';
  if (event.defaultPrevented) return null;
  const nothingFocused = focused === null || focused === document.body || focused === document.documentElement;
  if (ARROW_KEYS.has(event.key)) return nothingFocused ? 'send' : null;
  if (PAGE_KEYS.has(event.key)) return nothingFocused || !focused.closest(CONTROLS) ? 'send' : null;
  return null;
}

/**
 * Inside an iframe, keeps a slide deck's keys working: Escape returns the focus to the host page,
 * and the deck keys the embed does not use are posted to it as `{ type: 'kokko-roren:key', key }`.
 * It listens on the window, so every element's own handler has run first.
 */
export function useEmbedKeys(): void {
  useEffect(() => {
    if (window.parent === window) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = classifyEmbedKey(event, document.activeElement);
      if (action === 'hand-back') {
        if (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) {
          document.activeElement.blur();
        }
        window.parent.focus();
      } else if (action === 'send') {
        // The deck moves instead: the embed must not scroll as well.
        event.preventDefault();
        window.parent.postMessage({ type: KEY_MESSAGE, key: event.key }, '*');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
