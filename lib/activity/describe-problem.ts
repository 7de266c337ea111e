import type { Problem } from './problem';
import type { Rejections } from './read-file-events';

type Translate = (key: string, subs?: string[]) => string;

/** How many refused events a message spells out; the rest are in the count. */
const SPELLED_OUT = 3;

/** A problem in the reader's language, with the first refused events and why (event numbers count from 1). */
export function describeProblem(t: Translate, p: Problem, rejections?: Rejections): string {
  const head = t(p.key, p.subs);
  const details = (rejections?.first ?? []).slice(0, SPELLED_OUT).map((r) =>
    t('importEventReasons', [String(r.index + 1), r.reasons.map((reason) => t(`importReason_${reason.replaceAll('-', '_')}`)).join('; ')]),
  );
  return [head, ...details].join(' ');
}
