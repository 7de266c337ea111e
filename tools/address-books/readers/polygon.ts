import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

// Linked libraries, test tokens and the chains' own genesis contracts are nothing anyone sends a
// transaction to; the token subtrees list MATIC, WETH and test tokens, which are not the bridge's.
const SKIP = /^(BytesLib|Common|ECVerify|Merkle|MerklePatriciaProof|PriorityQueue|RLPEncode|RLPReader|SafeMath|SafeERC20|DummyStateSender|Tokens|GenesisContracts)$/;

/** Polygon's network metadata: the PoS bridge (root chain manager, predicates), Plasma, Fx-Portal tunnels and staking, on Ethereum and Polygon. */
export function readPolygon(): ReturnType<ContractCollector['sorted']> {
  const file = path.join(path.dirname(packageJsonPath('@maticnetwork/meta')), 'network', 'mainnet', 'v1', 'index.json');
  const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { ChainId: number } & Record<string, unknown>>;
  const out = new ContractCollector();
  for (const network of [meta.Main!, meta.Matic!]) {
    const visit = (value: unknown, key: string) => {
      if (SKIP.test(key)) return;
      if (typeof value === 'string') out.add(network.ChainId, value, 'polygon-portal', camelWords(key).replace(/ proxy$/, ''));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    for (const group of ['Contracts', 'POSContracts', 'FxPortalContracts']) visit(network[group], group);
  }
  return out.sorted();
}
