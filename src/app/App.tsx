import { useEffect, type ReactNode } from 'react';
import { DatasetProvider } from '@/dataset/DatasetProvider';
import type { ParseResult } from '@/dataset/parseDataset';
import { DatasetRefused } from './DatasetRefused';
import { replayEarlyInput } from './replayEarlyInput';
import { RootErrorBoundary } from './RootErrorBoundary';

interface AppProps {
  /** The validated dataset to start from (the embedded one in production). */
  initial: ParseResult;
  /** The page: the explorer, or one view. */
  children: ReactNode;
  /** Clicks and typing from before hydration (src/earlyInput.ts), to replay once hydrated. */
  earlyInput?: readonly EarlyInputStep[];
}

const NO_EARLY_INPUT: readonly EarlyInputStep[] = [];

export function App({ initial, children, earlyInput = NO_EARLY_INPUT }: AppProps) {
  // Marks the moment the page answers input: hydrated, URL state applied (views in a Suspense
  // boundary of their own, the explorer's chart and timeline, may still be hydrating; React hydrates
  // one at once if input reaches it), and what the reader did before replayed. Tests and the bench
  // wait for it.
  useEffect(() => {
    const markInteractive = () => {
      document.documentElement.dataset.interactive = '';
    };
    if (earlyInput.length === 0) {
      markInteractive();
      return;
    }
    // The URL's state is applied in a layout effect, whose render React finishes before the next
    // microtask: the replay starts from it, not from the defaults that were hydrated.
    let cancelled = false;
    queueMicrotask(() => {
      if (cancelled) return;
      replayEarlyInput(earlyInput);
      markInteractive();
    });
    return () => {
      cancelled = true;
    };
  }, [earlyInput]);
  if (!initial.ok) return <DatasetRefused errors={initial.errors} />;
  return (
    <RootErrorBoundary>
      <DatasetProvider initialDataset={initial.dataset}>{children}</DatasetProvider>
    </RootErrorBoundary>
  );
}
