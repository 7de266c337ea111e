import { generatedContractsSchema, type GeneratedContracts, type GeneratedRow } from '../../../lib/catalog/generated-contracts-schema';
import { packageSource } from '../package-source';
import { readAave } from './aave';
import { readArbitrum } from './arbitrum';
import { readCow } from './cow';
import { readMorpho } from './morpho';
import { readSafe } from './safe';
import { readUniswap } from './uniswap';
import { readViemChains } from './viem-chains';

/** Each generated file: its name under lib/catalog/data/generated/, the package it reads, and the reader. */
export const CONTRACT_SOURCES: readonly { file: string; pkg: string; read: () => GeneratedRow[] }[] = [
  { file: 'aave-address-book', pkg: '@bgd-labs/aave-address-book', read: readAave },
  { file: 'safe-deployments', pkg: '@safe-global/safe-deployments', read: readSafe },
  { file: 'uniswap-sdk-core', pkg: '@uniswap/sdk-core', read: readUniswap },
  { file: 'cowprotocol-contracts', pkg: '@cowprotocol/contracts', read: readCow },
  { file: 'morpho-blue-sdk', pkg: '@morpho-org/blue-sdk', read: readMorpho },
  { file: 'viem-chains', pkg: 'viem', read: readViemChains },
  { file: 'arbitrum-sdk', pkg: '@arbitrum/sdk', read: readArbitrum },
];

/** Reads every installed address book into validated generated data, keyed by file name. */
export function buildContracts(): Map<string, GeneratedContracts> {
  return new Map(CONTRACT_SOURCES.map(({ file, pkg, read }) => [file, generatedContractsSchema.parse({ source: packageSource(pkg), contracts: read() })]));
}
