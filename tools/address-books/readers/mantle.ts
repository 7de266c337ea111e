import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

type Side = Record<string, string>;
// The bridge's own contracts on each side; the L2 list also names Mantle's gas, fee and token
// predeploys (WETH, BVM_ETH, MNT), which are the chain's, not the bridge's.
const L1 = ['AddressManager', 'L1CrossDomainMessenger', 'L1StandardBridge', 'L1ERC721Bridge', 'OptimismPortal', 'L2OutputOracle', 'StateCommitmentChain', 'CanonicalTransactionChain', 'Rollup'];
const L2 = ['L2CrossDomainMessenger', 'L2StandardBridge', 'L2ERC721Bridge', 'L2ToL1MessagePasser', 'BedrockMessagePasser'];

/** Mantle's SDK: the Mantle bridge's contracts on Ethereum (portal, messenger, standard bridge, output oracle) and its predeploys on Mantle. */
export function readMantle(): ReturnType<ContractCollector['sorted']> {
  const { CONTRACT_ADDRESSES } = require('@mantleio/sdk/dist/utils/chain-constants.js') as { CONTRACT_ADDRESSES: Record<string, { l1: Side; l2: Side }> };
  const mantle = CONTRACT_ADDRESSES[5000];
  const out = new ContractCollector();
  if (!mantle) return out.sorted();
  for (const name of L1) out.add(1, mantle.l1[name], 'mantle-bridge', `Mantle ${name}`);
  for (const name of L2) out.add(5000, mantle.l2[name], 'mantle-bridge', `Mantle ${name}`);
  return out.sorted();
}
