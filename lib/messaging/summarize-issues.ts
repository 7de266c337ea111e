import type { z } from '../zod';

/** A short, readable line for a failed parse: where and what, never the validator's raw JSON. */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[], most = 3): string {
  const shown = issues.slice(0, most).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return issues.length > most ? `${shown.join('; ')}; and ${issues.length - most} more` : shown.join('; ');
}
