import { parse } from 'tldts';

export interface ParsedHost {
  /** Lower-case host name without a trailing dot. */
  hostname: string;
  /** The registrable domain; private suffixes count (`x.github.io` is its own site), so a free subdomain host cannot pass for its platform. Null for IPs and single-label hosts. */
  domain: string | null;
  /** The registrable domain without its public suffix (`uniswap` for `app.uniswap.org`). */
  name: string | null;
  /** The labels left of the registrable domain (`app.uniswap.org` for `app.uniswap.org.claim.xyz`). */
  subdomain: string;
  isIp: boolean;
}

/** Splits an http(s) URL's host at its public suffix; null for anything that is not a web URL. */
export function parseWebHost(url: string): ParsedHost | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const result = parse(hostname, { allowPrivateDomains: true });
  return {
    hostname,
    domain: result.domain,
    name: result.domainWithoutSuffix,
    subdomain: result.subdomain ?? '',
    isIp: result.isIp === true,
  };
}
