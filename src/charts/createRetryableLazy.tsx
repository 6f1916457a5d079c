import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createRetryingImport } from '@/derive/createRetryingImport';

export interface RetryableLazy<P extends object> {
  /** Renders the part once loaded (suspends until then, throws if loading failed). */
  Component: ComponentType<P>;
  /** After a failure: the next render loads the part again. */
  retry: () => void;
}

/** A fresh import() of a URL: Vite leaves it as written. */
const importUrl = (url: string) => import(/* @vite-ignore */ url);

/**
 * React.lazy that can load again: lazy() keeps a failed load for good, so `retry` puts a new
 * lazy component in its place, whose import is tried afresh (see createRetryingImport). Put it
 * inside a LoadBoundary whose `onRetry` is `retry`.
 */
export function createRetryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): RetryableLazy<P> {
  const importModule = createRetryingImport(load, importUrl, () => window.location.origin);
  const create = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => ({ default: pick(await importModule()) }));
  let current = create();
  function Component(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }
  return {
    Component,
    retry: () => {
      current = create();
    },
  };
}
