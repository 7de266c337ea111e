import { parseArgs } from 'node:util';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { checkSite } from '../../lib/safety/check-site';
import { buildSiteIndex } from '../../lib/safety/site-index';
import type { SiteVerdict } from '../../lib/safety/site-verdict';
import { english } from '../english';

/** The verdict in English, worded by the extension's own messages. */
function describe(v: SiteVerdict, name: (id: string) => string): string {
  const why = v.why ? ` ${english(`siteWhy_${v.why.replaceAll('-', '_')}`)}` : '';
  switch (v.verdict) {
    case 'known':
      return english('siteVerdictKnown', [name(v.dappId!)]);
    case 'unknown':
      return english('siteVerdictUnknown', [v.domain]);
    case 'lookalike':
      return english('siteVerdictLookalike', [v.domain, name(v.resembles!)]) + why;
    case 'phishing':
      return (v.resembles ? english('siteVerdictPhishingResembles', [v.domain, name(v.resembles)]) : english('siteVerdictPhishing', [v.domain])) + why;
  }
}

/** `check-url URL [--json]`: the site check for one URL against the bundled catalog and phishing list. */
export async function checkUrlCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const [url, ...extra] = positionals;
  if (!url || extra.length > 0) throw new Error('check-url needs exactly one URL, such as https://app.uniswap.org');
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`"${url}" is not a URL; give a full address such as https://app.uniswap.org`);
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`check-url checks web pages; "${url}" is not an http(s) URL`);
  const lookup = defaultLookup();
  const verdict = checkSite(url, buildSiteIndex(lookup));
  if (values.json) {
    const { verdict: kind, dappId, resembles, why } = verdict;
    console.log(JSON.stringify({ verdict: kind, ...(dappId ? { dappId } : {}), ...(resembles ? { resembles } : {}), ...(why ? { why } : {}) }, null, 2));
  } else {
    console.log(`${verdict.verdict}: ${describe(verdict, (id) => lookup.byId.get(id)?.name ?? id)}`);
  }
  return 0;
}
