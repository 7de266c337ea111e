import { CHAINS } from '../catalog/chains';

export interface ChainWords {
  /** Chains the query names; a dApp must be on every one of them. */
  chains: number[];
  /** The query without the words that named chains (the whole query when nothing else is left). */
  rest: string;
}

interface Alias {
  words: readonly string[];
  chain: number;
  /** Also an everyday English word ("base rate", "scroll down"): counts only as "on X", "X chain". */
  needsContext?: boolean;
  /** A token (BNB, AVAX): names the chain but stays in the text, since it says what to use there. */
  asset?: boolean;
}

const AMBIGUOUS_NAMES = new Set(['base', 'scroll', 'mode', 'ink', 'abstract', 'bob']);
const alias = (words: string, chain: number, extra: Partial<Alias> = {}): Alias => ({ words: words.split(' '), chain, ...extra });

/** Longer phrases first, so "polygon zkevm" is not read as Polygon and "op mainnet" not as Ethereum. */
const ALIASES: readonly Alias[] = [
  alias('polygon zkevm', 1101), alias('polygon pos', 137), alias('op mainnet', 10), alias('ethereum mainnet', 1),
  alias('bnb smart chain', 56), alias('binance smart chain', 56), alias('bnb chain', 56), alias('bsc', 56), alias('bnb', 56, { asset: true }),
  alias('arbitrum one', 42161), alias('zksync era', 324), alias('gnosis chain', 100), alias('xdai', 100),
  alias('avalanche c-chain', 43114), alias('avax', 43114, { asset: true }), alias('matic', 137, { asset: true }), alias('world chain', 480), alias('mainnet', 1),
  ...Object.entries(CHAINS)
    .filter(([id]) => !['56', '480', '1101', '31337'].includes(id))
    .map(([id, name]) => alias(name.toLowerCase(), Number(id), { needsContext: AMBIGUOUS_NAMES.has(name.toLowerCase()) })),
];

/** Words that go with a chain name and leave the text with it: "on Base", "di Arbitrum", "jaringan BNB", "Base chain". */
const BEFORE = new Set(['on', 'in', 'to', 'from', 'via', 'into', 'di', 'ke', 'dari', 'pada', 'network', 'jaringan']);
const AFTER = new Set(['chain', 'network', 'mainnet', 'l2', 'jaringan']);
const TOKEN = /[\p{L}\p{N}.$/+-]+/gu;

const tokensOf = (text: string) => text.toLowerCase().match(TOKEN) ?? [];
const startsAt = (tokens: readonly string[], words: readonly string[], i: number) => words.every((w, k) => tokens[i + k] === w);

/**
 * Finds chains named in a search query ("on Base", "di Arbitrum", "polygon", "BSC", "jaringan
 * BNB") and takes those words out of the text the model embeds. Whole words only, so
 * "optimistic" is not Optimism and "Basenames" not Base. Words that belong to a dApp name also
 * in the query ("Arbitrum Bridge", "Zora") stay in the text, so the name is still matched.
 */
export function findChainWords(query: string, dappNames: readonly string[] = []): ChainWords {
  const tokens = tokensOf(query);
  const names = dappNames.map(tokensOf).filter((n) => n.length > 0);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const removed = new Array<boolean>(tokens.length).fill(false);
  const chains = new Set<number>();
  for (const a of ALIASES) {
    const n = a.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      if (!startsAt(tokens, a.words, i) || taken.slice(i, i + n).some(Boolean)) continue;
      let from = i;
      // Up to two of them: "di jaringan BNB".
      while (from > 0 && i - from < 2 && BEFORE.has(tokens[from - 1]!) && !taken[from - 1]) from--;
      const before = from < i;
      const after = i + n < tokens.length && AFTER.has(tokens[i + n]!) && !taken[i + n];
      if (a.needsContext && !before && !after) continue;
      chains.add(a.chain);
      const inName = names.some((name) => name.some((_, s) => startsAt(tokens, name, i - s) && s + n <= name.length && startsAt(name, a.words, s)));
      const to = after ? i + n + 1 : i + n;
      for (let k = from; k < to; k++) {
        taken[k] = true;
        const isName = k >= i && k < i + n;
        removed[k] = !(isName && (a.asset || inName));
      }
    }
  }
  const rest = tokens.filter((_, k) => !removed[k]).join(' ');
  return { chains: [...chains], rest: rest || query.trim() };
}
