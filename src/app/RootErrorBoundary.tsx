import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/charts/ErrorBoundary';

/**
 * The last net, around the whole page: what no view's or part's own boundary caught says so in
 * words with a way to try again, rather than leaving a blank page.
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      action="draw the page"
      fallback={(error, reset) => (
        <main className="page">
          <div role="alert" className="view-error">
            <p>
              <strong>Sorry, this page could not be drawn.</strong>
            </p>
            <p>
              The error was: <code>{error.message}</code>
            </p>
            <button type="button" className="button" onClick={reset}>
              Retry
            </button>
          </div>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
