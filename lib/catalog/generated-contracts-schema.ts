import { isAddress } from 'viem';
import { z } from '../zod';
import { isKnownChain } from './chains';
import { sourceSchema } from '../tokens/token-data-schema';

/** One contract as a compact row: [chainId, EIP-55 address, dApp id, label]. */
export const generatedRowSchema = z.tuple([
  z.number().int().refine((n): boolean => isKnownChain(n), 'unknown chain id'),
  z.string().refine((a) => isAddress(a, { strict: true }), 'must be an EIP-55 checksummed address'),
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  z.string().min(1).max(80),
]);

/** A generated file: the package it was read from (name, version, licence) and its contracts. */
export const generatedContractsSchema = z.object({ source: sourceSchema, contracts: z.array(generatedRowSchema) }).strict();

/**
 * The same shape, checked at load without recomputing each address's EIP-55 checksum (a keccak
 * per row, most of a second for thousands of rows in a waking service worker); generation and the
 * tests check checksums with generatedContractsSchema.
 */
export const generatedContractsLoadSchema = z
  .object({
    source: sourceSchema,
    contracts: z.array(z.tuple([generatedRowSchema.def.items[0], z.string().regex(/^0x[0-9a-fA-F]{40}$/), generatedRowSchema.def.items[2], generatedRowSchema.def.items[3]])),
  })
  .strict();

export type GeneratedRow = readonly [chainId: number, address: string, dappId: string, label: string];
export type GeneratedContracts = z.infer<typeof generatedContractsSchema>;
