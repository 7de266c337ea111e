import { findLookalike } from './find-lookalike';
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

/**
 * The site check for one page URL. The phishing list comes first (a listed site is phishing even
 * under a catalog name), then the catalog's official sites, then lookalike signals; a site on the
 * list's allowlist or on a dApp's own registrable domain is never called a lookalike.
 */
export function checkSite(url: string, index: SiteIndex): SiteVerdict {
  const host = parseWebHost(url);
  if (!host) return { verdict: 'unknown', domain: '' };
  const domain = host.domain ?? host.hostname;
  const listed = index.phishing.check(host.hostname);
  if (listed === 'blocked') {
    const imitated = findLookalike(host, index);
    return { verdict: 'phishing', domain, why: 'phishing-list', ...(imitated ? { resembles: imitated.dappId } : {}) };
  }
  const dappId = officialDapp(index, host.hostname);
  if (dappId) return { verdict: 'known', domain, dappId };
  if (listed === 'allowed' || host.isIp || !host.domain || index.ownedDomains.has(host.domain)) return { verdict: 'unknown', domain };
  const lookalike = findLookalike(host, index);
  if (lookalike) return { verdict: 'lookalike', domain, resembles: lookalike.dappId, why: lookalike.why };
  return { verdict: 'unknown', domain };
}
