import { isAddress } from 'viem';
import { z } from '../zod';
import { isKnownChain } from '../catalog/chains';

// Printable text only: symbols and names end up in the UI and must not smuggle control characters.
const printable = (max: number) => z.string().min(1).max(max).regex(/^[^\p{C}]+$/u, 'must be printable text');

/** Where a generated file came from: the npm package, its exact version and its licence. */
export const sourceSchema = z.object({ package: z.string().min(1), version: z.string().min(1), license: z.string().min(1) }).strict();

/** One token as a compact row: [chainId, EIP-55 address, symbol, decimals, name]. */
export const tokenRowSchema = z.tuple([
  z.number().int().refine((n): boolean => isKnownChain(n), 'unknown chain id'),
  z.string().refine((a) => isAddress(a, { strict: true }), 'must be an EIP-55 checksummed address'),
  printable(24),
  z.number().int().min(0).max(36),
  printable(80),
]);

export const tokenDataSchema = z.object({ sources: z.array(sourceSchema).min(1), tokens: z.array(tokenRowSchema) }).strict();

export type TokenRow = z.infer<typeof tokenRowSchema>;
export type TokenData = z.infer<typeof tokenDataSchema>;
