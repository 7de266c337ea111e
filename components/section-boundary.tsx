import { Component, type ErrorInfo, type ReactNode } from 'react';

interface SectionBoundaryProps {
  /** What shows instead of a part that failed to render. */
  fallback: ReactNode;
  /** Where the failure is recorded (the page supplies it: components write nothing). */
  onError(error: unknown): void;
  children: ReactNode;
}

/**
 * Keeps one failing part of a page (a database read that threw, a chunk that did not load) from
 * blanking the whole page: that part says so, the rest stays usable.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError(error instanceof Error ? error : new Error(`${String(error)}${info.componentStack ?? ''}`));
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
