import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// OP Mainnet's bridge contracts on Ethereum and OP Mainnet, and EAS's predeploys; the package's
// other entries are Optimism's own operations (fee vaults, drippie, gelato checks, Optimist NFT).
const OWNER: Record<string, string> = {
  L1CrossDomainMessenger: 'optimism-bridge', L1ERC721Bridge: 'optimism-bridge', L1StandardBridge: 'optimism-bridge', L2OutputOracle: 'optimism-bridge',
  OptimismPortal: 'optimism-bridge', SystemConfig: 'optimism-bridge', PortalSender: 'optimism-bridge', L2CrossDomainMessenger: 'optimism-bridge',
  L2ERC721Bridge: 'optimism-bridge', L2StandardBridge: 'optimism-bridge', L2ToL1MessagePasser: 'optimism-bridge',
  OptimismMintableERC20Factory: 'optimism-bridge', OptimismMintableERC721Factory: 'optimism-bridge', EAS: 'eas', SchemaRegistry: 'eas',
};

/** Optimism's contracts package: OP Mainnet's standard bridge, portal and messengers on both sides, and EAS on OP Mainnet. */
export function readOptimism(): ReturnType<ContractCollector['sorted']> {
  const { addresses } = require('@eth-optimism/contracts-ts') as { addresses: Record<string, Record<string, string>> };
  const out = new ContractCollector();
  for (const [name, byChain] of Object.entries(addresses)) {
    const dappId = OWNER[name];
    if (!dappId) continue;
    for (const [chainId, address] of Object.entries(byChain)) out.add(chainId, address, dappId, dappId === 'eas' ? name : `OP Mainnet ${name}`);
  }
  return out.sorted();
}
