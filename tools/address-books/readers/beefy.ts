import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

// Keys naming people's wallets and multisigs (owners, keepers, fee recipients), not contracts anyone uses.
const NOT_CONTRACT = /multisig|owner|keeper|recipient|treasurer$|^voter$|^devMultisig/i;

/** Beefy's address book: its own platform contracts (vault and strategy factories, zaps, reward pools, fee config) and BIFI, per chain. */
export function readBeefy(): ReturnType<ContractCollector['sorted']> {
  const { addressBookByChainId } = require('@beefyfinance/blockchain-addressbook') as {
    addressBookByChainId: Record<string, { platforms: Record<string, Record<string, unknown>>; tokens: Record<string, { address?: string; symbol?: string }> }>;
  };
  const out = new ContractCollector();
  for (const [chainId, book] of Object.entries(addressBookByChainId)) {
    for (const [key, address] of Object.entries(book.platforms.beefyfinance ?? {})) if (!NOT_CONTRACT.test(key)) out.add(chainId, address, 'beefy', camelWords(key));
    for (const token of Object.values(book.tokens)) if (token.symbol && /^(BIFI|mooBIFI|oldBIFI)$/.test(token.symbol)) out.add(chainId, token.address, 'beefy', `${token.symbol} token`);
  }
  return out.sorted();
}
