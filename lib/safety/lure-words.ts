/**
 * Words that phishing sites pair with a brand to look official or urgent ("uniswap-claim",
 * "lido-airdrop"). Beside a dictionary-word brand ("curve", "safe") only these count as evidence:
 * "curve-claim" imitates Curve, "curveball" does not.
 */
export const LURE_WORDS: ReadonlySet<string> = new Set([
  'airdrop', 'airdrops', 'allocation', 'auth', 'bonus', 'bridge', 'claim', 'claims', 'connect', 'crypto', 'dao', 'dapp', 'dapps',
  'defi', 'deposit', 'drop', 'drops', 'eth', 'event', 'exchange', 'farm', 'fi', 'finance', 'gift', 'giveaway', 'login', 'migrate',
  'migration', 'mint', 'nft', 'nfts', 'points', 'pool', 'pools', 'presale', 'promo', 'protocol', 'recover', 'restore', 'reward',
  'rewards', 'stake', 'staking', 'swap', 'sync', 'token', 'tokens', 'unstake', 'validate', 'vault', 'verify', 'wallet', 'wallets',
  'web3', 'withdraw', 'yield',
]);

/** Filler that dresses a distinctive brand up as a site of its own ("getlido", "uniswap-app", "pendle-official"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'app', 'apps', 'cash', 'com', 'dashboard', 'docs', 'get', 'go', 'hq', 'io', 'join', 'labs', 'my', 'net', 'network', 'new', 'official',
  'org', 'portal', 'pro', 'real', 'secure', 'site', 'support', 'the', 'try', 'use', 'v2', 'v3', 'v4', 'xyz',
]);

/** Public suffixes used almost only by crypto projects: a dictionary-word brand's name on one of these is suspicious ("curve.exchange"). */
export const CRYPTO_SUFFIXES: ReadonlySet<string> = new Set(['cash', 'crypto', 'defi', 'exchange', 'fi', 'finance', 'markets', 'money', 'swap', 'trade']);
