import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface LoadBoundaryProps {
  /** What is loaded, for the message: "the share panel". */
  what: string;
  /** Prepares the part to be loaded again (createRetryableLazy's `retry`); Retry then draws it again. */
  onRetry: () => void;
  children: ReactNode;
  /** Puts the message where only some elements may go: a table row inside a <tbody>. */
  wrapMessage?: (message: ReactNode) => ReactNode;
}

/**
 * Around a part that loads on demand: when its code cannot be fetched (offline, or a file gone
 * after a new deploy) it says so in place of that part, with a Retry button, and the rest of the
 * page stays as it is.
 */
export function LoadBoundary({ what, onRetry, children, wrapMessage }: LoadBoundaryProps) {
  return (
    <ErrorBoundary
      action={`load ${what}`}
      fallback={(_error, reset) => {
        const message = (
          <div role="alert" className="load-error">
            <p>Sorry, {what} could not be loaded. Check the connection, then retry.</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                onRetry();
                reset();
              }}
            >
              Retry
            </button>
          </div>
        );
        return wrapMessage?.(message) ?? message;
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
