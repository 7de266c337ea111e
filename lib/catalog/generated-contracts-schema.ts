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

export type GeneratedRow = readonly [chainId: number, address: string, dappId: string, label: string];
export type GeneratedContracts = z.infer<typeof generatedContractsSchema>;
