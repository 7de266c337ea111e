export interface Refusal {
  /** Share of off-topic queries answered with no good match: higher is better. */
  offTopicRefused: number;
  /** Share of answerable queries wrongly answered with no good match: lower is better. */
  realRefused: number;
  offTopic: number;
  real: number;
}

/** How often search said "no good match" to off-topic queries and to answerable ones. */
export function refusal(offTopicRefused: readonly boolean[], realRefused: readonly boolean[]): Refusal {
  const share = (xs: readonly boolean[]) => (xs.length === 0 ? 0 : Math.round((xs.filter(Boolean).length / xs.length) * 1e4) / 1e4);
  return { offTopicRefused: share(offTopicRefused), realRefused: share(realRefused), offTopic: offTopicRefused.length, real: realRefused.length };
}
