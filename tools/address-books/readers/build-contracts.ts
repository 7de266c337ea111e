import { generatedContractsSchema, type GeneratedContracts, type GeneratedRow } from '../../../lib/catalog/generated-contracts-schema';
import { APP, packageSource } from './installed-package';
import { readAave } from './aave';
import { readAcross } from './across';
import { readArbitrum } from './arbitrum';
import { readBalancerDeployments, readBalancerSdk } from './balancer';
import { readBeefy } from './beefy';
import { readCompound } from './compound';
import { readCow } from './cow';
import { readCowSdk } from './cow-sdk';
import { readCurve } from './curve';
import { readDromos } from './dromos';
import { readEns } from './ens';
import { readGmx } from './gmx';
import { readHop } from './hop';
import { readLidoEthereumSdk, readLidoSdk } from './lido';
import { readMantle } from './mantle';
import { readMorpho } from './morpho';
import { readOneInch } from './one-inch';
import { readOptimism } from './optimism';
import { readPancakeInfinity, readPancakeSmartRouter, readPancakeTokens, readPancakeV2, readPancakeV3 } from './pancakeswap';
import { readPendle } from './pendle';
import { readPolygon } from './polygon';
import { readPolymarket } from './polymarket';
import { readReservoir } from './reservoir';
import { readSablier } from './sablier';
import { readSafe } from './safe';
import { readSafeModules } from './safe-modules';
import { readSeaport } from './seaport';
import { readSocket } from './socket';
import { readStargateV1, readStargateV2 } from './stargate';
import { readSuperfluid } from './superfluid';
import { readSuperfluidTokens } from './superfluid-tokens';
import { readSushi } from './sushi';
import { readSynthetix } from './synthetix';
import { readTraderJoe } from './trader-joe';
import { readUniswap } from './uniswap';
import { readVenusCore, readVenusIsolatedPools } from './venus';
import { readPermit2, readUniswapX, readUniversalRouter } from './uniswap-extra';
import { readViemChains } from './viem-chains';
import { readWormhole } from './wormhole';
import { readZeroEx } from './zeroex';
import { readZora } from './zora';

/**
 * Each generated file: its name under lib/catalog/data/generated/, the package it reads, and the
 * reader. `app` marks a package the extension itself depends on, read from the app's node_modules.
 */
export const CONTRACT_SOURCES: readonly { file: string; pkg: string; app?: true; read: () => GeneratedRow[] | Promise<GeneratedRow[]> }[] = [
  { file: 'aave-address-book', pkg: '@bgd-labs/aave-address-book', read: readAave },
  { file: 'safe-deployments', pkg: '@safe-global/safe-deployments', read: readSafe },
  { file: 'safe-modules-deployments', pkg: '@safe-global/safe-modules-deployments', read: readSafeModules },
  { file: 'uniswap-sdk-core', pkg: '@uniswap/sdk-core', read: readUniswap },
  { file: 'uniswap-universal-router-sdk', pkg: '@uniswap/universal-router-sdk', read: readUniversalRouter },
  { file: 'uniswap-permit2-sdk', pkg: '@uniswap/permit2-sdk', read: readPermit2 },
  { file: 'uniswap-uniswapx-sdk', pkg: '@uniswap/uniswapx-sdk', read: readUniswapX },
  { file: 'cowprotocol-contracts', pkg: '@cowprotocol/contracts', read: readCow },
  { file: 'cowprotocol-sdk-config', pkg: '@cowprotocol/sdk-config', read: readCowSdk },
  { file: 'morpho-blue-sdk', pkg: '@morpho-org/blue-sdk', read: readMorpho },
  { file: 'viem-chains', pkg: 'viem', app: true, read: readViemChains },
  { file: 'arbitrum-sdk', pkg: '@arbitrum/sdk', read: readArbitrum },
  { file: 'eth-optimism-contracts-ts', pkg: '@eth-optimism/contracts-ts', read: readOptimism },
  { file: 'maticnetwork-meta', pkg: '@maticnetwork/meta', read: readPolygon },
  { file: 'pancakeswap-v2-sdk', pkg: '@pancakeswap/v2-sdk', read: readPancakeV2 },
  { file: 'pancakeswap-v3-sdk', pkg: '@pancakeswap/v3-sdk', read: readPancakeV3 },
  { file: 'pancakeswap-smart-router', pkg: '@pancakeswap/smart-router', read: readPancakeSmartRouter },
  { file: 'pancakeswap-infinity-sdk', pkg: '@pancakeswap/infinity-sdk', read: readPancakeInfinity },
  { file: 'pancakeswap-tokens', pkg: '@pancakeswap/tokens', read: readPancakeTokens },
  { file: 'balancer-sdk', pkg: '@balancer/sdk', read: readBalancerSdk },
  { file: 'balancer-v2-deployments', pkg: '@balancer-labs/v2-deployments', read: readBalancerDeployments },
  { file: 'curvefi-api', pkg: '@curvefi/api', read: readCurve },
  { file: 'gmx-io-sdk', pkg: '@gmx-io/sdk', read: readGmx },
  { file: 'stargate-evm-v1', pkg: '@stargatefinance/stg-evm-v1', read: readStargateV1 },
  { file: 'stargate-evm-v2', pkg: '@stargatefinance/stg-evm-v2', read: readStargateV2 },
  { file: 'hop-protocol-core', pkg: '@hop-protocol/core', read: readHop },
  { file: 'wormhole-sdk-base', pkg: '@wormhole-foundation/sdk-base', read: readWormhole },
  { file: '1inch-limit-order-sdk', pkg: '@1inch/limit-order-sdk', read: readOneInch },
  { file: '0x-contract-addresses', pkg: '@0x/contract-addresses', read: readZeroEx },
  { file: 'pendle-core-v2', pkg: '@pendle/core-v2', read: readPendle },
  { file: 'lido-sdk-constants', pkg: '@lido-sdk/constants', read: readLidoSdk },
  { file: 'lido-ethereum-sdk', pkg: '@lidofinance/lido-ethereum-sdk', read: readLidoEthereumSdk },
  { file: 'superfluid-metadata', pkg: '@superfluid-finance/metadata', read: readSuperfluid },
  { file: 'superfluid-tokenlist', pkg: '@superfluid-finance/tokenlist', read: readSuperfluidTokens },
  { file: 'sushi', pkg: 'sushi', read: readSushi },
  { file: 'socket-ll-core', pkg: '@socket.tech/ll-core', read: readSocket },
  { file: 'sablier', pkg: 'sablier', read: readSablier },
  { file: 'zora-protocol-deployments', pkg: '@zoralabs/protocol-deployments', read: readZora },
  { file: 'ensjs', pkg: '@ensdomains/ensjs', read: readEns },
  { file: 'beefy-addressbook', pkg: '@beefyfinance/blockchain-addressbook', read: readBeefy },
  { file: 'traderjoe-sdk-v2', pkg: '@traderjoe-xyz/sdk-v2', read: readTraderJoe },
  { file: 'dromos-sdk', pkg: '@dromos-labs/sdk.js', read: readDromos },
  { file: 'seaport-js', pkg: '@opensea/seaport-js', read: readSeaport },
  { file: 'venus-protocol', pkg: '@venusprotocol/venus-protocol', read: readVenusCore },
  { file: 'venus-isolated-pools', pkg: '@venusprotocol/isolated-pools', read: readVenusIsolatedPools },
  { file: 'synthetix', pkg: 'synthetix', read: readSynthetix },
  { file: 'across-contracts', pkg: '@across-protocol/contracts', read: readAcross },
  { file: 'reservoir-sdk', pkg: '@reservoir0x/sdk', read: readReservoir },
  { file: 'polymarket-clob-client', pkg: '@polymarket/clob-client', read: readPolymarket },
  { file: 'compound-js', pkg: '@compound-finance/compound-js', read: readCompound },
  { file: 'mantleio-sdk', pkg: '@mantleio/sdk', read: readMantle },
];

/** Reads every installed address book into validated generated data, keyed by file name. */
export async function buildContracts(): Promise<Map<string, GeneratedContracts>> {
  const built = new Map<string, GeneratedContracts>();
  for (const { file, pkg, app, read } of CONTRACT_SOURCES) built.set(file, generatedContractsSchema.parse({ source: packageSource(pkg, app ? APP : undefined), contracts: await read() }));
  return built;
}
