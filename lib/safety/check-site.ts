import { parseWebHost } from './registrable-domain';
import type { SiteIndex } from './site-index';
import type { SiteVerdict } from './site-verdict';

/** The dApp whose official host is this host or a parent of it. */
function officialDapp(index: SiteIndex, hostname: string): string | undefined {
  for (let h = hostname; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const id = index.officialHosts.get(h);
    if (id) return id;
  }
  return undefined;
}

/** The site check for one page URL: known dApp, phishing, lookalike or unknown. */
export function checkSite(url: string, index: SiteIndex): SiteVerdict {
  const host = parseWebHost(url);
  if (!host) return { verdict: 'unknown', domain: '' };
  const domain = host.domain ?? host.hostname;
  const dappId = officialDapp(index, host.hostname);
  if (dappId) return { verdict: 'known', domain, dappId };
  return { verdict: 'unknown', domain };
}
