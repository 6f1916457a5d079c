import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './urlState';

// Layout effects do not run on the server; there the URL is applied after hydration instead.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The page state kept in the query string: read on load (before the first paint) and on
 * back/forward, written with replaceState so typing a filter does not flood the history.
 */
export function useUrlState(sortableIds: readonly string[]): [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState(DEFAULT_URL_STATE);

  useIsomorphicLayoutEffect(() => {
    const read = () => setState(parseUrlState(window.location.search, sortableIds));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [sortableIds]);

  useEffect(() => {
    // The initial default object means "URL not read yet": writing it would wipe a shared link.
    if (state === DEFAULT_URL_STATE) return;
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
