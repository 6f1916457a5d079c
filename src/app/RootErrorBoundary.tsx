import { Component, type ErrorInfo, type ReactNode } from 'react';

interface RootErrorBoundaryProps {
  children: ReactNode;
}

interface RootErrorBoundaryState {
  error: Error | null;
}

/**
 * The last net, around the whole page: what no view's or part's own boundary caught says so in
 * words with a way to try again, rather than leaving a blank page.
 */
export class RootErrorBoundary extends Component<RootErrorBoundaryProps, RootErrorBoundaryState> {
  state: RootErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): RootErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Could not draw the page:', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main className="page">
        <div role="alert" className="view-error">
          <p>
            <strong>Sorry, this page could not be drawn.</strong>
          </p>
          <p>
            The error was: <code>{error.message}</code>
          </p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      </main>
    );
  }
}
