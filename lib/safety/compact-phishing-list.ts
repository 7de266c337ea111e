import { z } from '../zod';

/** The part of `eth-phishing-detect`'s `src/config.json` Sextant uses. */
export const phishingConfigSchema = z.object({
  version: z.number().int(),
  blacklist: z.array(z.string()),
  whitelist: z.array(z.string()),
});

/** Host names as the list writes them: lower-case labels of letters, digits, `-` and `_`, at least two. */
const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/;

export const phishingListSchema = z.object({
  source: z.object({ package: z.literal('eth-phishing-detect'), version: z.string().min(1), configVersion: z.number().int() }),
  blocked: z.array(z.string().regex(HOST)),
  allowed: z.array(z.string().regex(HOST)),
  /** Entries of the source left out, by reason. */
  dropped: z.object({ invalid: z.number().int().min(0) }),
});

export type PhishingListData = z.infer<typeof phishingListSchema>;

function clean(list: readonly string[]): { hosts: string[]; invalid: number } {
  const hosts = new Set<string>();
  let invalid = 0;
  for (const entry of list) {
    const host = entry.trim().toLowerCase().replace(/\.$/, '');
    if (HOST.test(host)) hosts.add(host);
    else invalid += 1;
  }
  return { hosts: [...hosts].sort(), invalid };
}

/** Turns the package's config into Sextant's sorted, de-duplicated, validated list. */
export function compactPhishingList(config: unknown, packageVersion: string): PhishingListData {
  const parsed = phishingConfigSchema.parse(config);
  const blocked = clean(parsed.blacklist);
  const allowed = clean(parsed.whitelist);
  return phishingListSchema.parse({
    source: { package: 'eth-phishing-detect', version: packageVersion, configVersion: parsed.version },
    blocked: blocked.hosts,
    allowed: allowed.hosts,
    dropped: { invalid: blocked.invalid + allowed.invalid },
  });
}
