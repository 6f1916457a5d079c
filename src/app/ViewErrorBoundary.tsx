import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ViewErrorBoundaryProps {
  /** What the view shows, for the message: "the timeline". */
  viewName: string;
  children: ReactNode;
}

interface ViewErrorBoundaryState {
  error: Error | null;
}

/** One broken view says so in words; the other views and the page stay up. */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  state: ViewErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ViewErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the details for whoever opens the console; the reader gets the message below.
    console.error(`Could not draw ${this.props.viewName}:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <p>
          <strong>Sorry, {this.props.viewName} could not be drawn.</strong> The rest of the page still works.
        </p>
        <p>
          The error was: <code>{error.message}</code>
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
