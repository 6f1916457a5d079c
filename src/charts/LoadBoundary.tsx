import { Component, type ErrorInfo, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** What is loaded, for the message: "the share panel". */
  what: string;
  /** Prepares the part to be loaded again (createRetryableLazy's `retry`); Retry then draws it again. */
  onRetry: () => void;
  children: ReactNode;
  /** Puts the message where only some elements may go: a table row inside a <tbody>. */
  wrapMessage?: (message: ReactNode) => ReactNode;
}

interface LoadBoundaryState {
  error: Error | null;
}

/**
 * Around a part that loads on demand: when its code cannot be fetched (offline, or a file gone
 * after a new deploy) it says so in place of that part, with a Retry button, and the rest of the
 * page stays as it is.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  state: LoadBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): LoadBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Could not load ${this.props.what}:`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error === null) return this.props.children;
    const message = (
      <div role="alert" className="load-error">
        <p>
          Sorry, {this.props.what} could not be loaded. Check the connection, then retry.
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
    return this.props.wrapMessage?.(message) ?? message;
  }
}
