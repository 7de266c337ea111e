import { readFile } from 'node:fs/promises';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { siteCheckCasesSchema, siteCheckMetrics, type SiteCheckOutcome } from '../../lib/eval/site-check-metrics';
import { checkSite } from '../../lib/safety/check-site';
import { buildSiteIndex } from '../../lib/safety/site-index';

/** Runs the site check over the labelled set against the bundled catalog; metrics per split, and for the test split's held-out part (written after the rules). */
export async function runSiteCheck(path = 'tests/eval/site-check/cases.json') {
  const { cases } = siteCheckCasesSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const index = buildSiteIndex(defaultLookup());
  const outcomes: SiteCheckOutcome[] = cases.map((c) => ({ case: c, verdict: checkSite(c.url, index) }));
  const split = (name: 'dev' | 'test') => outcomes.filter((o) => o.case.split === name);
  const holdout = outcomes.filter((o) => o.case.group.startsWith('holdout-'));
  return { outcomes, dev: siteCheckMetrics(split('dev')), test: siteCheckMetrics(split('test')), holdout: siteCheckMetrics(holdout) };
}
