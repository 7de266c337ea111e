import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

/**
 * Which of Reservoir's marketplace sections belong to a catalog dApp. Seaport is read from
 * seaport-js; Reservoir's own router, the shared helpers (WETH, royalty engine) and marketplaces the
 * catalog lacks are not read.
 */
const SECTIONS: Record<string, { dappId: string; name: string }> = {
  WyvernV2: { dappId: 'opensea', name: 'OpenSea Wyvern 2' },
  WyvernV23: { dappId: 'opensea', name: 'OpenSea Wyvern 2.3' },
  Seadrop: { dappId: 'opensea', name: 'OpenSea' },
  Blur: { dappId: 'blur', name: 'Blur' },
  BlurV2: { dappId: 'blur', name: 'Blur V2' },
  LooksRare: { dappId: 'looksrare', name: 'LooksRare' },
  LooksRareV2: { dappId: 'looksrare', name: 'LooksRare V2' },
  X2Y2: { dappId: 'x2y2', name: 'X2Y2' },
  Sudoswap: { dappId: 'sudoswap', name: 'sudoswap' },
  SudoswapV2: { dappId: 'sudoswap', name: 'sudoswap V2' },
  Nftx: { dappId: 'nftx', name: 'NFTX' },
  NftxV3: { dappId: 'nftx', name: 'NFTX V3' },
  Foundation: { dappId: 'foundation', name: 'Foundation' },
  SuperRare: { dappId: 'superrare', name: 'SuperRare' },
  Rarible: { dappId: 'rarible', name: 'Rarible' },
  Element: { dappId: 'element', name: 'Element' },
  Manifold: { dappId: 'manifold', name: 'Manifold' },
  HighlightXyz: { dappId: 'highlight', name: 'Highlight' },
  Treasure: { dappId: 'treasure', name: 'Treasure' },
  Nouns: { dappId: 'nouns', name: 'Nouns' },
  ZeroExSplits: { dappId: 'splits', name: 'Splits' },
  Zora: { dappId: 'zora', name: 'Zora' },
  ZoraV4: { dappId: 'zora', name: 'Zora' },
  ArtBlocks: { dappId: 'art-blocks', name: 'Art Blocks' },
  CryptoKitties: { dappId: 'cryptokitties', name: 'CryptoKitties' },
  Decentraland: { dappId: 'decentraland', name: 'Decentraland' },
};
// Entries in those sections that are not the marketplace's own contract: NFTX's Sushi router and
// Uniswap quoter, a fee recipient (a wallet), another project's operator filter, test tokens,
// Decentraland's currency (MANA, named as its token below).
const NOT_OWN = /^(SushiRouter|QuoterV2|ProtocolFeeRecipient|Treasury|OperatorFilterRegistry|Test721|Test20|NativeEthAddress)$/;
const NAMES: Record<string, string> = { ExchangeCurrency: 'MANA token', TokenContract: 'Nouns token', Beth: 'Blur Pool (BETH)', Core: 'CryptoKitties core' };

/**
 * Reservoir's NFT SDK address book (`dist/addresses.json`: section → contract → chain → address):
 * the exchanges, transfer managers, delegates, pair factories, routers and mint contracts of the
 * NFT marketplaces and drop platforms the catalog has, per chain.
 */
export function readReservoir(): ReturnType<ContractCollector['sorted']> {
  const file = path.join(path.dirname(packageJsonPath('@reservoir0x/sdk')), 'dist', 'addresses.json');
  const book = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, Record<string, string> | string>>;
  const out = new ContractCollector();
  for (const [section, { dappId, name }] of Object.entries(SECTIONS)) {
    for (const [key, byChain] of Object.entries(book[section] ?? {})) {
      if (NOT_OWN.test(key) || typeof byChain !== 'object') continue;
      const text = NAMES[key] ?? `${name} ${camelWords(key)}`;
      for (const [chainId, address] of Object.entries(byChain)) out.add(chainId, address, dappId, text);
    }
  }
  return out.sorted();
}
