import aave from './data/generated/aave-address-book.json';
import arbitrum from './data/generated/arbitrum-sdk.json';
import cow from './data/generated/cowprotocol-contracts.json';
import morpho from './data/generated/morpho-blue-sdk.json';
import safe from './data/generated/safe-deployments.json';
import uniswap from './data/generated/uniswap-sdk-core.json';
import viemChains from './data/generated/viem-chains.json';
import { generatedContractsLoadSchema, type GeneratedRow } from './generated-contracts-schema';

/** The generated files as shipped, one per address-book package (see scripts/generate/contracts.ts). */
export const GENERATED_FILES: Readonly<Record<string, unknown>> = {
  'aave-address-book': aave,
  'safe-deployments': safe,
  'uniswap-sdk-core': uniswap,
  'cowprotocol-contracts': cow,
  'morpho-blue-sdk': morpho,
  'viem-chains': viemChains,
  'arbitrum-sdk': arbitrum,
};

let cached: GeneratedRow[] | undefined;

/**
 * Every generated contract, validated once per process. A file that fails validation throws: it is
 * generated and checked in the tests, so a failure here is a build defect to surface, not input to skip.
 */
export function generatedContracts(): readonly GeneratedRow[] {
  return (cached ??= Object.values(GENERATED_FILES).flatMap((file) => generatedContractsLoadSchema.parse(file).contracts));
}
