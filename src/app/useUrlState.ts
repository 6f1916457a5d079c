import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './urlState';

// Layout effects do not run on the server; there the URL is applied after hydration instead.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The page state kept in the query string: read on load (before the first paint) and on
 * back/forward, written with replaceState so typing a filter does not flood the history.
 */
export function useUrlState(sortableIds: readonly string[]): [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState(DEFAULT_URL_STATE);
  // Until the URL is read, the default state must not be written over a shared link.
  const read = useRef(false);

  useIsomorphicLayoutEffect(() => {
    const readUrl = () => {
      read.current = true;
      const next = parseUrlState(window.location.search, sortableIds);
      // The same state keeps the same object, so a page opened without parameters (the usual
      // case, just hydrated) is not rendered a second time.
      setState((previous) => (formatUrlState(previous, '') === formatUrlState(next, '') ? previous : next));
    };
    readUrl();
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, [sortableIds]);

  useEffect(() => {
    if (!read.current) return;
    const write = () => {
      const { location, history } = window;
      const search = formatUrlState(state, location.search);
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    };
    // replaceState costs milliseconds in Chromium, so it runs just after the next frame is painted,
    // off the path from keystroke to screen; a newer change cancels a pending write.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(write, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [state]);

  const update = useCallback((patch: Partial<UrlState>) => setState((previous) => ({ ...previous, ...patch })), []);
  return [state, update];
}
