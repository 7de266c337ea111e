// Written by `npm run generate:contracts`: every generated contract file, keyed by name.
import f0 from './aave-address-book.json';
import f1 from './safe-deployments.json';
import f2 from './safe-modules-deployments.json';
import f3 from './uniswap-sdk-core.json';
import f4 from './uniswap-universal-router-sdk.json';
import f5 from './uniswap-uniswapx-sdk.json';
import f6 from './cowprotocol-contracts.json';
import f7 from './cowprotocol-sdk-config.json';
import f8 from './morpho-blue-sdk.json';
import f9 from './viem-chains.json';
import f10 from './arbitrum-sdk.json';
import f11 from './eth-optimism-contracts-ts.json';
import f12 from './maticnetwork-meta.json';
import f13 from './pancakeswap-v2-sdk.json';
import f14 from './pancakeswap-v3-sdk.json';
import f15 from './pancakeswap-smart-router.json';
import f16 from './pancakeswap-infinity-sdk.json';
import f17 from './pancakeswap-tokens.json';
import f18 from './balancer-sdk.json';
import f19 from './balancer-v2-deployments.json';
import f20 from './curvefi-api.json';
import f21 from './gmx-io-sdk.json';
import f22 from './stargate-evm-v1.json';
import f23 from './stargate-evm-v2.json';
import f24 from './hop-protocol-core.json';
import f25 from './wormhole-sdk-base.json';
import f26 from './1inch-limit-order-sdk.json';
import f27 from './0x-contract-addresses.json';
import f28 from './pendle-core-v2.json';
import f29 from './lido-sdk-constants.json';
import f30 from './lido-ethereum-sdk.json';
import f31 from './superfluid-metadata.json';
import f32 from './sablier.json';
import f33 from './zora-protocol-deployments.json';
import f34 from './ensjs.json';
import f35 from './beefy-addressbook.json';
import f36 from './traderjoe-sdk-v2.json';
import f37 from './dromos-sdk.json';
import f38 from './seaport-js.json';

export const GENERATED_FILES: Readonly<Record<string, unknown>> = {
  'aave-address-book': f0,
  'safe-deployments': f1,
  'safe-modules-deployments': f2,
  'uniswap-sdk-core': f3,
  'uniswap-universal-router-sdk': f4,
  'uniswap-uniswapx-sdk': f5,
  'cowprotocol-contracts': f6,
  'cowprotocol-sdk-config': f7,
  'morpho-blue-sdk': f8,
  'viem-chains': f9,
  'arbitrum-sdk': f10,
  'eth-optimism-contracts-ts': f11,
  'maticnetwork-meta': f12,
  'pancakeswap-v2-sdk': f13,
  'pancakeswap-v3-sdk': f14,
  'pancakeswap-smart-router': f15,
  'pancakeswap-infinity-sdk': f16,
  'pancakeswap-tokens': f17,
  'balancer-sdk': f18,
  'balancer-v2-deployments': f19,
  'curvefi-api': f20,
  'gmx-io-sdk': f21,
  'stargate-evm-v1': f22,
  'stargate-evm-v2': f23,
  'hop-protocol-core': f24,
  'wormhole-sdk-base': f25,
  '1inch-limit-order-sdk': f26,
  '0x-contract-addresses': f27,
  'pendle-core-v2': f28,
  'lido-sdk-constants': f29,
  'lido-ethereum-sdk': f30,
  'superfluid-metadata': f31,
  'sablier': f32,
  'zora-protocol-deployments': f33,
  'ensjs': f34,
  'beefy-addressbook': f35,
  'traderjoe-sdk-v2': f36,
  'dromos-sdk': f37,
  'seaport-js': f38,
};
