// Written by `npm run generate:contracts`: every generated contract file, keyed by name.
import f0 from './aave-address-book.json';
import f1 from './safe-deployments.json';
import f2 from './safe-modules-deployments.json';
import f3 from './uniswap-sdk-core.json';
import f4 from './uniswap-universal-router-sdk.json';
import f5 from './uniswap-permit2-sdk.json';
import f6 from './uniswap-uniswapx-sdk.json';
import f7 from './cowprotocol-contracts.json';
import f8 from './cowprotocol-sdk-config.json';
import f9 from './morpho-blue-sdk.json';
import f10 from './viem-chains.json';
import f11 from './arbitrum-sdk.json';
import f12 from './eth-optimism-contracts-ts.json';
import f13 from './maticnetwork-meta.json';
import f14 from './pancakeswap-v2-sdk.json';
import f15 from './pancakeswap-v3-sdk.json';
import f16 from './pancakeswap-smart-router.json';
import f17 from './pancakeswap-infinity-sdk.json';
import f18 from './pancakeswap-tokens.json';
import f19 from './balancer-sdk.json';
import f20 from './balancer-v2-deployments.json';
import f21 from './curvefi-api.json';
import f22 from './gmx-io-sdk.json';
import f23 from './stargate-evm-v1.json';
import f24 from './stargate-evm-v2.json';
import f25 from './hop-protocol-core.json';
import f26 from './wormhole-sdk-base.json';
import f27 from './1inch-limit-order-sdk.json';
import f28 from './0x-contract-addresses.json';
import f29 from './pendle-core-v2.json';
import f30 from './lido-sdk-constants.json';
import f31 from './lido-ethereum-sdk.json';
import f32 from './superfluid-metadata.json';
import f33 from './superfluid-tokenlist.json';
import f34 from './sushi.json';
import f35 from './socket-ll-core.json';
import f36 from './sablier.json';
import f37 from './zora-protocol-deployments.json';
import f38 from './ensjs.json';
import f39 from './beefy-addressbook.json';
import f40 from './traderjoe-sdk-v2.json';
import f41 from './dromos-sdk.json';
import f42 from './seaport-js.json';
import f43 from './venus-protocol.json';
import f44 from './venus-isolated-pools.json';
import f45 from './synthetix.json';
import f46 from './across-contracts.json';
import f47 from './reservoir-sdk.json';
import f48 from './polymarket-clob-client.json';
import f49 from './compound-js.json';
import f50 from './mantleio-sdk.json';

export const GENERATED_FILES: Readonly<Record<string, unknown>> = {
  'aave-address-book': f0,
  'safe-deployments': f1,
  'safe-modules-deployments': f2,
  'uniswap-sdk-core': f3,
  'uniswap-universal-router-sdk': f4,
  'uniswap-permit2-sdk': f5,
  'uniswap-uniswapx-sdk': f6,
  'cowprotocol-contracts': f7,
  'cowprotocol-sdk-config': f8,
  'morpho-blue-sdk': f9,
  'viem-chains': f10,
  'arbitrum-sdk': f11,
  'eth-optimism-contracts-ts': f12,
  'maticnetwork-meta': f13,
  'pancakeswap-v2-sdk': f14,
  'pancakeswap-v3-sdk': f15,
  'pancakeswap-smart-router': f16,
  'pancakeswap-infinity-sdk': f17,
  'pancakeswap-tokens': f18,
  'balancer-sdk': f19,
  'balancer-v2-deployments': f20,
  'curvefi-api': f21,
  'gmx-io-sdk': f22,
  'stargate-evm-v1': f23,
  'stargate-evm-v2': f24,
  'hop-protocol-core': f25,
  'wormhole-sdk-base': f26,
  '1inch-limit-order-sdk': f27,
  '0x-contract-addresses': f28,
  'pendle-core-v2': f29,
  'lido-sdk-constants': f30,
  'lido-ethereum-sdk': f31,
  'superfluid-metadata': f32,
  'superfluid-tokenlist': f33,
  'sushi': f34,
  'socket-ll-core': f35,
  'sablier': f36,
  'zora-protocol-deployments': f37,
  'ensjs': f38,
  'beefy-addressbook': f39,
  'traderjoe-sdk-v2': f40,
  'dromos-sdk': f41,
  'seaport-js': f42,
  'venus-protocol': f43,
  'venus-isolated-pools': f44,
  'synthetix': f45,
  'across-contracts': f46,
  'reservoir-sdk': f47,
  'polymarket-clob-client': f48,
  'compound-js': f49,
  'mantleio-sdk': f50,
};
