import { isAddress } from 'viem';
import { z } from '../zod';
import { CATEGORIES } from './categories';
import { isKnownChain } from './chains';

const https = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an https origin with no path, such as https://app.uniswap.org');

const chainId = z.number().int().refine((n): boolean => isKnownChain(n), 'unknown chain id');
const category = z.enum(CATEGORIES);

const contractSchema = z.object({
  chainId,
  address: z.string().refine((a) => isAddress(a, { strict: true }), 'must be an EIP-55 checksummed address'),
  label: z.string().min(1).max(80),
  /** Set when the same contract legitimately serves more than one dApp (Permit2, Seaport). */
  shared: z.boolean().optional(),
});

/** One catalog entry. Unknown fields are rejected so a typo in a field name is caught. */
export const dappSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as rocket-pool'),
    name: z.string().min(1).max(80),
    origins: z.array(https).min(1).max(12),
    description: z.string().min(30).max(600),
    category,
    secondary: z.array(category).max(4).default([]),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .+-]*$/).max(32)).max(10).default([]),
    chains: z.array(chainId).min(1).max(40),
    contracts: z.array(contractSchema).max(60).default([]),
    popularity: z.number().int().min(1).max(5),
    audited: z.boolean().optional(),
    since: z.number().int().min(2009).max(2030).optional(),
  })
  .strict();

export type Dapp = z.infer<typeof dappSchema>;
