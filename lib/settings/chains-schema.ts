import { isKnownChain } from '../catalog/chains';
import { z } from '../zod';

/**
 * The chains recommendations consider: every chain (`all`, which includes chains added to the
 * catalog later), or only dApps that run on at least one of the chains listed.
 */
export const consideredChainsSchema = z.union([
  z.literal('all'),
  z
    .array(z.number().int().refine((id): boolean => isKnownChain(id), 'unknown chain id'))
    .min(1)
    .max(64)
    .refine((ids) => new Set(ids).size === ids.length, 'each chain once'),
]);

export type ConsideredChains = z.infer<typeof consideredChainsSchema>;
