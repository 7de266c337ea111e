import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PageErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the page once rendering it failed. */
  fallback(error: unknown): ReactNode;
  onError(error: unknown): void;
}

/**
 * Keeps a page from going blank when rendering throws (a read from a closed or failing database
 * throws inside the render that uses it): shows the fallback instead, and reports the failure.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  render(): ReactNode {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error);
  }
}
