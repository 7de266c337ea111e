import { z } from '../../zod';
import type { Dapp } from '../dapp-schema';
import { DEFILLAMA_CATEGORIES } from './defillama-categories';
import { DEFILLAMA_CHAINS } from './defillama-chains';

/** The fields Sextant reads from one entry of DefiLlama's /protocols list; the rest is ignored. */
const protocolSchema = z.object({
  name: z.string().min(1).max(80),
  slug: z.string().optional(),
  url: z.string().optional().nullable(),
  description: z.string().optional().nullable(),
  category: z.string().optional().nullable(),
  chains: z.array(z.string()).optional().nullable(),
  tvl: z.number().optional().nullable(),
  audits: z.union([z.string(), z.number()]).optional().nullable(),
  listedAt: z.number().optional().nullable(),
});

export type DefiLlamaDrop = 'not-an-object' | 'unknown-category' | 'no-known-chain' | 'no-https-url' | 'short-description';

export interface DefiLlamaMapping {
  dapps: Dapp[];
  dropped: Partial<Record<DefiLlamaDrop, number>>;
}

/** Product slug: DefiLlama lists versions separately ("uniswap-v3"); Sextant keeps one entry per product. */
function productSlug(nameOrSlug: string): string {
  return nameOrSlug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-v\d+(-.*)?$/, '')
    .replace(/^-+|-+$/g, '');
}

function popularity(tvl: number | null | undefined): number {
  const t = tvl ?? 0;
  return t >= 1e9 ? 5 : t >= 1e8 ? 4 : t >= 1e7 ? 3 : t >= 1e6 ? 2 : 1;
}

function httpsOrigin(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Maps a DefiLlama /protocols document onto catalog entries, counting what it cannot use. */
export function mapDefiLlama(json: unknown): DefiLlamaMapping {
  const dropped: DefiLlamaMapping['dropped'] = {};
  const drop = (reason: DefiLlamaDrop) => void (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const dapps: Dapp[] = [];
  for (const raw of Array.isArray(json) ? json : []) {
    const parsed = protocolSchema.safeParse(raw);
    if (!parsed.success) { drop('not-an-object'); continue; }
    const p = parsed.data;
    const category = DEFILLAMA_CATEGORIES[p.category ?? ''];
    if (!category) { drop('unknown-category'); continue; }
    const chains = [...new Set((p.chains ?? []).map((c) => DEFILLAMA_CHAINS[c]).filter((c): c is number => c !== undefined))];
    if (chains.length === 0) { drop('no-known-chain'); continue; }
    const origin = httpsOrigin(p.url);
    if (!origin) { drop('no-https-url'); continue; }
    const description = (p.description ?? '').trim().slice(0, 600);
    if (description.length < 30) { drop('short-description'); continue; }
    const audits = Number(p.audits ?? 0);
    dapps.push({
      id: productSlug(p.slug ?? p.name),
      name: p.name.replace(/\s+V\d+$/i, ''),
      origins: [origin],
      description,
      category,
      secondary: [],
      tags: ['defillama'],
      chains,
      contracts: [],
      popularity: popularity(p.tvl),
      ...(Number.isFinite(audits) && audits > 0 ? { audited: true } : {}),
      ...(p.listedAt ? { since: new Date(p.listedAt * 1000).getUTCFullYear() } : {}),
    });
  }
  return { dapps, dropped };
}
