/** Runs observer work that must never surface an error to the page: observation is best effort. */
export function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Nothing to report to: the page must not see it, and the observer has no channel for its own faults.
  }
}
