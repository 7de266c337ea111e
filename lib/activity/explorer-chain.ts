/** Explorers of the Etherscan family by a word their name or domain carries, and the chain each serves. */
const EXPLORERS: readonly (readonly [RegExp, number])[] = [
  [/optimistic/i, 10],
  [/basescan/i, 8453],
  [/arbiscan/i, 42161],
  [/polygonscan/i, 137],
  [/bscscan/i, 56],
  [/snowtrace|snowscan/i, 43114],
  [/lineascan/i, 59144],
  [/scrollscan/i, 534352],
  [/blastscan/i, 81457],
  [/ftmscan/i, 250],
  [/gnosisscan/i, 100],
  [/celoscan/i, 42220],
  [/moonscan/i, 1284],
  [/mantlescan/i, 5000],
  [/etherscan/i, 1],
];

/** Native coins only one chain of the family uses; ETH is shared by many, so it decides nothing. */
const CURRENCIES: Readonly<Record<string, number>> = { BNB: 56, MATIC: 137, POL: 137, AVAX: 43114, FTM: 250, XDAI: 100, CELO: 42220, GLMR: 1284, MNT: 5000 };

/** Chains whose native coin is ETH, where the contracts a file calls decide. */
export const ETH_CHAINS: readonly number[] = [1, 10, 8453, 42161, 59144, 534352, 81457, 324, 130, 480, 57073, 34443, 7777777];

export function chainFromFileName(fileName: string): number | undefined {
  return EXPLORERS.find(([pattern]) => pattern.test(fileName))?.[1];
}

/** The chain a `Value_IN(BNB)`-style column names, when its coin belongs to one chain. */
export function chainFromCurrency(currency: string): number | undefined {
  return CURRENCIES[currency.toUpperCase()];
}
