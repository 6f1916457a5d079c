import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => undefined;

/**
 * False while the server renders and while React hydrates that HTML, true from the render after:
 * React takes the server's answer during hydration, then renders again with the client's. A view
 * marks itself `data-view-ready` with it, so the mark means "answers input", never "was prerendered".
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
