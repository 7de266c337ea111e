import { z } from '../zod';
import type { SiteVerdict } from '../safety/site-verdict';

export const siteCheckCasesSchema = z.object({
  about: z.string(),
  cases: z.array(
    z.object({
      url: z.string().min(1),
      label: z.enum(['known', 'phishing', 'lookalike', 'unknown']),
      group: z.string().min(1),
      split: z.enum(['dev', 'test']),
      resembles: z.string().min(1).optional(),
    }),
  ),
});

export type SiteCheckCase = z.infer<typeof siteCheckCasesSchema>['cases'][number];

export interface SiteCheckOutcome {
  case: SiteCheckCase;
  verdict: SiteVerdict;
}

export interface SiteCheckMetrics {
  cases: number;
  benign: number;
  threats: number;
  /** Benign sites (known or unknown) flagged as phishing or lookalike. */
  falseAlarmRate: number;
  /** Phishing or lookalike sites not flagged. */
  missRate: number;
  /** Verdict equals the label. */
  accuracy: number;
  /** Flagged lookalikes whose `resembles` names the imitated dApp. */
  resemblesAccuracy: number;
}

const flagged = (kind: SiteVerdict['verdict'] | SiteCheckCase['label']) => kind === 'phishing' || kind === 'lookalike';
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** The site check's error rates over labelled cases. */
export function siteCheckMetrics(outcomes: readonly SiteCheckOutcome[]): SiteCheckMetrics {
  const benign = outcomes.filter((o) => !flagged(o.case.label));
  const threats = outcomes.filter((o) => flagged(o.case.label));
  const caughtLookalikes = threats.filter((o) => o.case.resembles && flagged(o.verdict.verdict));
  return {
    cases: outcomes.length,
    benign: benign.length,
    threats: threats.length,
    falseAlarmRate: ratio(benign.filter((o) => flagged(o.verdict.verdict)).length, benign.length),
    missRate: ratio(threats.filter((o) => !flagged(o.verdict.verdict)).length, threats.length),
    accuracy: ratio(outcomes.filter((o) => o.verdict.verdict === o.case.label).length, outcomes.length),
    resemblesAccuracy: ratio(caughtLookalikes.filter((o) => o.verdict.resembles === o.case.resembles).length, caughtLookalikes.length),
  };
}
