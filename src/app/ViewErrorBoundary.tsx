import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/charts/ErrorBoundary';

interface ViewErrorBoundaryProps {
  /** What the view shows, for the message: "the timeline". */
  viewName: string;
  children: ReactNode;
}

/** One broken view says so in words; the other views and the page stay up. */
export function ViewErrorBoundary({ viewName, children }: ViewErrorBoundaryProps) {
  return (
    <ErrorBoundary
      action={`draw ${viewName}`}
      fallback={(error, reset) => (
        <div role="alert" className="view-error">
          <p>
            <strong>Sorry, {viewName} could not be drawn.</strong> The rest of the page still works.
          </p>
          <p>
            The error was: <code>{error.message}</code>
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
