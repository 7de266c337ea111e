/**
 * Builds the evaluation personas: one `sextant.activity.v1` file per persona plus `judgements.json`.
 *
 *   npx tsx tests/eval/personas/build-personas.ts
 *
 * Every contract a dApp page talks to is taken from the bundled catalog (`C(id, chainId, label)`),
 * so an event's `to` always belongs to the dApp named by its origin. Token contracts (USDC, WETH...)
 * are not in the catalog: approvals to them are recorded with origin null, as if sent from the
 * wallet. Calldata is encoded with viem against each function's real ABI. The output is
 * deterministic: fixed keys give fixed users, and nothing depends on the clock or randomness.
 */
import { writeFileSync } from 'node:fs';
import { bundledCatalog } from '../../../lib/catalog/bundled-catalog';
import type { Dapp } from '../../../lib/catalog/dapp-schema';
import type { PersonaJudgement } from '../../../lib/eval/recommendation-metrics';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Abi,
  type AbiFunction,
  type Address,
  type EncodeFunctionDataParameters,
  type Hex,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  getAddress,
  keccak256,
  maxUint256,
  namehash,
  parseAbi,
  parseAbiParameters,
  parseEther,
  parseUnits,
  toHex,
  zeroAddress,
  zeroHash,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Catalog access
// ---------------------------------------------------------------------------------------------

const BY_ID = new Map(bundledCatalog().dapps.map((d) => [d.id, d]));

function dapp(id: string): Dapp {
  const d = BY_ID.get(id);
  if (!d) throw new Error(`unknown dApp ${id}`);
  return d;
}

/** The catalog contract of `id` on `chainId` whose label contains `label` (exactly one must match). */
function C(id: string, chainId: number, label: string): Address {
  const onChain = (dapp(id).contracts ?? []).filter((c) => c.chainId === chainId);
  const exact = onChain.filter((c) => c.label === label);
  const hits = exact.length > 0 ? exact : onChain.filter((c) => c.label.includes(label));
  if (hits.length !== 1) throw new Error(`${id}@${chainId} "${label}": ${hits.length} matches`);
  return getAddress(hits[0]!.address);
}

/** The origin of `id` that starts with `prefix` (default: its first origin). */
function O(id: string, prefix?: string): string {
  const origins = dapp(id).origins;
  const o = prefix ? origins.find((x) => x.startsWith(prefix)) : origins[0];
  if (!o) throw new Error(`${id} has no origin ${prefix ?? ''}`);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Tokens and other well-known addresses (not in the catalog)
// ---------------------------------------------------------------------------------------------

const A = (a: string): Address => getAddress(a);

const T = {
  eth: {
    USDC: A('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'),
    USDT: A('0xdAC17F958D2ee523a2206206994597C13D831ec7'),
    WETH: A('0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'),
    WBTC: A('0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599'),
    LINK: A('0x514910771AF9Ca656af840dff83E8264EcF986CA'),
    UNI: A('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'),
    PEPE: A('0x6982508145454Ce325dDbE47a25d4ec3d2311933'),
    CRV: A('0xD533a949740bb3306d119CC777fa900bA034cd52'),
    crvUSD: A('0xf939E0A03FB07F59A73314E73794Be0E57ac1b4E'),
    threeCrv: A('0x6c3F90f043a72FA612cbac8115EE7e52BDe6E490'),
    yvDAI: A('0xdA816459F1AB5631232FE5e97a05BBBb94970c95'),
  },
  arb: {
    USDC: A('0xaf88d065e77c8cC2239327C5EDb3A432268e5831'),
    USDT: A('0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9'),
    WETH: A('0x82aF49447D8a07e3bd95BD0d56f35241523fBab1'),
    WBTC: A('0x2f2a2543B76A4166549F7aaB2e75Bef0aefC5B0f'),
    ARB: A('0x912CE59144191C1204E64559FE8253a0e49E6548'),
  },
  base: {
    USDC: A('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'),
    WETH: A('0x4200000000000000000000000000000000000006'),
    cbBTC: A('0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf'),
    DEGEN: A('0x4ed4E862860beD51a9570b96d89aF5E1B0Efefed'),
    BRETT: A('0x532f27101965dd16442E59d40670FaF5eBB142E4'),
    USDCx: A('0xD04383398dD2426297da660F9CCA3d439AF9ce1b'),
  },
  op: {
    USDC: A('0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85'),
    WETH: A('0x4200000000000000000000000000000000000006'),
    OP: A('0x4200000000000000000000000000000000000042'),
  },
  poly: {
    USDC: A('0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359'),
    USDCe: A('0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174'),
    WPOL: A('0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270'),
    WETH: A('0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619'),
    USDT: A('0xc2132D05D31c914a87C6611C10748AEb04B58e8F'),
    MANA: A('0xA1c57f48F0Deb89f569dFbE6E2B7f46D33606fD4'),
  },
  bsc: {
    WBNB: A('0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c'),
    USDT: A('0x55d398326f99059fF775485246999027B3197955'),
    BTCB: A('0x7130d2A12B9BCbFAe4f2634d864A1Ee1Ce3Ead9c'),
  },
  avax: {
    WAVAX: A('0xB31f66AA3C1e785363F0875A1B74E27b85FD66c7'),
    USDC: A('0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E'),
  },
  zks: {
    WETH: A('0x5AEa5775959fBC2557Cc8789bC1bf90A239D9a91'),
    USDC: A('0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4'),
  },
  linea: {
    WETH: A('0xe5D7C2a44FfDDf6b295A15c148167daaAf5Cf34f'),
    USDC: A('0x176211869cA2b568f2A7D4EE941E073a821EE1ff'),
  },
  scroll: {
    WETH: A('0x5300000000000000000000000000000000000004'),
    USDC: A('0x06eFdBFf2a14a7c8E15944D1F4A48F9F95F663A4'),
  },
  mantle: {
    WMNT: A('0x78c1b0C915c4FAA5FffA6CAbf0219DA63d7f4cb8'),
    USDC: A('0x09Bc4E0D864854c6aFB6eB9A9cdF58aC190D0dF9'),
    USDT: A('0x201EBa5CC46D216Ce6DC03F6a759e8E766e956aE'),
  },
  sonic: {
    wS: A('0x039e2fB66102314Ce7b64Ce5Ce3E5183bc94aD38'),
    USDC: A('0x29219dd400f2Bf60E5a23d13Be72B486D4038894'),
  },
  gnosis: {
    WXDAI: A('0xe91D153E0b41518A2Ce8Dd3D7944Fa863463a97d'),
  },
} as const;

/** Universal Router recipient constants. */
const MSG_SENDER = A('0x0000000000000000000000000000000000000001');
const ADDRESS_THIS = A('0x0000000000000000000000000000000000000002');
/** OP Stack's stand-in for ETH in L2StandardBridge.withdraw. */
const OP_LEGACY_ETH = A('0xDeadDeAddeAddEAddeadDEaDDEAdDeaDDeAD0000');
/** OpenSea's Seaport conduit, its key, its signed zone and its fee recipient. */
const OPENSEA_CONDUIT = A('0x1E0049783F008A0085193E00003D00cd54003c71');
const OPENSEA_CONDUIT_KEY: Hex = '0x0000007b02230091a7ed01230072f7006a004d60a8d4e71d599b8104250f0000';
const OPENSEA_SIGNED_ZONE = A('0x000056F7000000EcE9003ca63978907a00FFD100');
const OPENSEA_FEE = A('0x0000a26b00c1F0DF003000390027140000fAa719');
/** NFT collections bought and listed by the collector. */
const NFT = {
  pudgy: A('0xBd3531dA5CF5857e7CfAA92426877b022e612cf8'),
  azuki: A('0xED5AF388653567Af2F388E6224dC7C4b3241C544'),
  milady: A('0x5Af0D9827E0c53E4799BB226655A1de152A425a5'),
  lilPudgys: A('0x524cAB2ec69124574082676e6F654a18df49A048'),
};
/** Pendle: the PT-sUSDe 7 May 2026 market and its SY on Ethereum. */
const PENDLE_MARKET_SUSDE_MAY26 = A('0x8dAe8ECe668cf80d348873F23D456448E8694883');
const PENDLE_MARKET_SRUSDE_JUN26 = A('0xfc82267a9e065aaf407f64dadd49bfbdc9511fb1');
/** GMX v2 markets on Arbitrum. */
const GMX_ETH_USD = A('0x70d95587d40A2caf56bd97485aB3Eec10Bee6336');
const GMX_BTC_USD = A('0x47c031236e19d024b42f8AE6780E44A573170703');
/** EigenLayer's stETH strategy. */
const EIGEN_STETH_STRATEGY = A('0x93c4b944D05dfe6df7645A86cd2206016c51564D');
/** Aerodrome and Velodrome default pool factories. */
const AERO_FACTORY = A('0x420DD381b31aEf6683db6B902084cB0FFECe40Da');
const VELO_FACTORY = A('0xF1046053aa5682b4F9a81b5481394DA16BE5FF5a');
/** SyncSwap's classic ETH/USDC pool on zkSync Era. */
const SYNCSWAP_ETH_USDC = A('0x80115c708E12eDd42E504c1cD52Aea96C547c05c');
/** Safe 1.4.1 compatibility fallback handler. */
const SAFE_FALLBACK = A('0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99');
/** Aevo's USDC on its L2, paired with mainnet USDC by its L1StandardBridge. */
const AEVO_L2_USDC = A('0x643aaB1618c600229785A5E06E4b2d13946F7a1A');
/** Optimism's governor (verifying contract of gasless Agora ballots). */
const OP_GOVERNOR = A('0xcDF27F107725988f2261Ce2256bDfCdE8B382B10');

/** Deterministic counterparties (sellers, recipients, operators) for a persona. */
function party(seed: string): Address {
  return getAddress(`0x${keccak256(toHex(`sextant-party:${seed}`)).slice(26)}`);
}
/** Deterministic 32-byte value (secrets, salts, condition ids). */
function b32(seed: string): Hex {
  return keccak256(toHex(`sextant-b32:${seed}`));
}
/** A 65-byte signature-shaped blob. */
function sigBlob(seed: string): Hex {
  return `${keccak256(toHex(`sig-r:${seed}`))}${keccak256(toHex(`sig-s:${seed}`)).slice(2)}1b` as Hex;
}

// ---------------------------------------------------------------------------------------------
// Calldata helpers
// ---------------------------------------------------------------------------------------------

/**
 * Encodes a call of the last function in `signatures` (human-readable ABI; struct lines allowed).
 */
function fn(signatures: string | string[], args: readonly unknown[]): Hex {
  const sigs = Array.isArray(signatures) ? signatures : [signatures];
  const abi = parseAbi(sigs) as Abi;
  const fns = abi.filter((x): x is AbiFunction => x.type === 'function');
  const last = fns[fns.length - 1];
  if (!last) throw new Error(`no function in ${sigs.join(' ')}`);
  return encodeFunctionData({ abi: [last], functionName: last.name, args: [...args] } as EncodeFunctionDataParameters);
}

const approve = (spender: Address, amount: bigint): Hex =>
  fn('function approve(address spender, uint256 amount) returns (bool)', [spender, amount]);

const enc = (types: string, values: readonly unknown[]): Hex =>
  encodeAbiParameters(parseAbiParameters(types) as never, values as never);

const v3path = (a: Address, fee: number, b: Address): Hex => encodePacked(['address', 'uint24', 'address'], [a, fee, b]);

/** Universal Router: wrap ETH, then a V3 exact-in swap paid from the router's WETH. */
function urEthToToken(amountIn: bigint, minOut: bigint, weth: Address, fee: number, tokenOut: Address, deadline: bigint): Hex {
  return fn('function execute(bytes commands, bytes[] inputs, uint256 deadline) payable', [
    '0x0b00',
    [
      enc('address, uint256', [ADDRESS_THIS, amountIn]),
      enc('address, uint256, uint256, bytes, bool', [MSG_SENDER, amountIn, minOut, v3path(weth, fee, tokenOut), false]),
    ],
    deadline,
  ]);
}

/** Universal Router: Permit2 permit, V3 exact-in swap to WETH, unwrap to the sender. */
function urTokenToEth(token: Address, amountIn: bigint, minOut: bigint, fee: number, weth: Address, spender: Address, deadline: bigint, seed: string): Hex {
  const permit = enc('((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline), bytes', [
    { details: { token, amount: amountIn, expiration: Number(deadline) + 30 * 86400, nonce: 0 }, spender, sigDeadline: deadline },
    sigBlob(seed),
  ]);
  return fn('function execute(bytes commands, bytes[] inputs, uint256 deadline) payable', [
    '0x0a000c',
    [
      permit,
      enc('address, uint256, uint256, bytes, bool', [ADDRESS_THIS, amountIn, minOut, v3path(token, fee, weth), true]),
      enc('address, uint256', [MSG_SENDER, minOut]),
    ],
    deadline,
  ]);
}

const V2_ETH_FOR_TOKENS = 'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable returns (uint256[])';
const V3_EXACT_INPUT_SINGLE_02 = [
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'function exactInputSingle(ExactInputSingleParams params) payable returns (uint256)',
];
const ALGEBRA_EXACT_INPUT_SINGLE = [
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 limitSqrtPrice; }',
  'function exactInputSingle(ExactInputSingleParams params) payable returns (uint256)',
];
const AAVE_SUPPLY = 'function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)';
const AAVE_WITHDRAW = 'function withdraw(address asset, uint256 amount, address to) returns (uint256)';
const AAVE_BORROW = 'function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)';
const AAVE_REPAY = 'function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns (uint256)';
const ERC4626_DEPOSIT = 'function deposit(uint256 assets, address receiver) returns (uint256)';
const SOLIDLY_ROUTE = 'struct Route { address from; address to; bool stable; address factory; }';
const ACROSS_DEPOSIT_V3 =
  'function depositV3(address depositor, address recipient, address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, address exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message) payable';
const PENDLE_STRUCTS = [
  'struct ApproxParams { uint256 guessMin; uint256 guessMax; uint256 guessOffchain; uint256 maxIteration; uint256 eps; }',
  'struct SwapData { uint8 swapType; address extRouter; bytes extCalldata; bool needScale; }',
  'struct TokenInput { address tokenIn; uint256 netTokenIn; address tokenMintSy; address pendleSwap; SwapData swapData; }',
  'struct TokenOutput { address tokenOut; uint256 minTokenOut; address tokenRedeemSy; address pendleSwap; SwapData swapData; }',
  'struct Order { uint256 salt; uint256 expiry; uint256 nonce; uint8 orderType; address token; address YT; address maker; address receiver; uint256 makingAmount; uint256 lnImpliedRate; uint256 failSafeRate; bytes permit; }',
  'struct FillOrderParams { Order order; bytes signature; uint256 makingAmount; }',
  'struct LimitOrderData { address limitRouter; uint256 epsSkipMarket; FillOrderParams[] normalFills; FillOrderParams[] flashFills; bytes optData; }',
];
const pendleApprox = (guess: bigint) => ({ guessMin: 0n, guessMax: maxUint256, guessOffchain: guess, maxIteration: 256n, eps: 10n ** 14n });
const pendleNoSwap = { swapType: 0, extRouter: zeroAddress, extCalldata: '0x' as Hex, needScale: false };
const pendleNoLimit = { limitRouter: zeroAddress, epsSkipMarket: 0n, normalFills: [], flashFills: [], optData: '0x' as Hex };

// ---------------------------------------------------------------------------------------------
// Persona builder
// ---------------------------------------------------------------------------------------------

interface Call {
  to: Address;
  data: Hex;
  value?: bigint;
}
type Judgement = PersonaJudgement;
/** What a persona definition states; `chains` is derived from its events (plus any `extraChains`). */
type JudgementInput = Omit<Judgement, 'file' | 'description' | 'chains' | 'split' | 'badDapps'> & { badDapps?: string[]; extraChains?: number[] };

type Domain = { name?: string; version?: string; chainId?: number; verifyingContract?: Address };

class Persona {
  readonly user: Address;
  readonly events: Record<string, unknown>[] = [];
  private t = 0;

  constructor(
    readonly slug: string,
    readonly description: string,
  ) {
    this.user = privateKeyToAccount(keccak256(toHex(`sextant-eval-persona:${slug}`))).address;
  }

  /** Moves the clock to an absolute time (must not go backwards). */
  at(iso: string): this {
    const t = Date.parse(iso);
    if (Number.isNaN(t) || t < this.t) throw new Error(`${this.slug}: time ${iso} goes backwards`);
    this.t = t;
    return this;
  }

  /** Moves the clock forward by minutes. */
  wait(minutes: number): this {
    this.t += Math.round(minutes * 60_000);
    return this;
  }

  /** Unix seconds of the current clock plus `minutes`, for deadlines. */
  deadline(minutes = 20): bigint {
    return BigInt(Math.floor(this.t / 1000) + minutes * 60);
  }
  now(): number {
    return Math.floor(this.t / 1000);
  }

  private push(origin: string | null, chainId: number | null, method: string, params: unknown[]): this {
    if (this.t === 0) throw new Error(`${this.slug}: set a time first`);
    this.events.push({ time: new Date(this.t).toISOString().replace('.000Z', 'Z'), origin, chainId, method, params });
    this.t += 60_000; // the next event, unless moved, comes a minute later
    return this;
  }

  connect(origin: string, chainId: number): this {
    return this.push(origin, chainId, 'eth_requestAccounts', []);
  }
  switchTo(origin: string | null, chainId: number): this {
    return this.push(origin, chainId, 'wallet_switchEthereumChain', [{ chainId: toHex(chainId) }]);
  }
  addChain(origin: string | null, chainId: number, chainName: string): this {
    return this.push(origin, chainId, 'wallet_addEthereumChain', [{ chainId: toHex(chainId), chainName }]);
  }
  watch(origin: string | null, chainId: number, address: Address, symbol: string, decimals: number): this {
    return this.push(origin, chainId, 'wallet_watchAsset', [{ type: 'ERC20', options: { address, symbol, decimals } }]);
  }
  tx(origin: string | null, chainId: number, to: Address, data: Hex, value = 0n): this {
    return this.push(origin, chainId, 'eth_sendTransaction', [{ from: this.user, to, data, value: toHex(value) }]);
  }
  /** An approval sent from the wallet itself (origin null): the token is not a catalog contract. */
  approveFromWallet(chainId: number, token: Address, spender: Address, amount: bigint): this {
    return this.tx(null, chainId, token, approve(spender, amount));
  }
  batch(origin: string | null, chainId: number, calls: Call[]): this {
    return this.push(origin, chainId, 'wallet_sendCalls', [
      {
        version: '2.0.0',
        chainId: toHex(chainId),
        from: this.user,
        calls: calls.map((c) => ({ to: c.to, data: c.data, value: toHex(c.value ?? 0n) })),
      },
    ]);
  }
  personalSign(origin: string | null, chainId: number): this {
    return this.push(origin, chainId, 'personal_sign', []);
  }
  typed(origin: string | null, chainId: number, primaryType: string, domain: Domain): this {
    const d: Record<string, unknown> = {};
    if (domain.name !== undefined) d.name = domain.name;
    if (domain.version !== undefined) d.version = domain.version;
    if (domain.chainId !== undefined) d.chainId = domain.chainId;
    if (domain.verifyingContract !== undefined) d.verifyingContract = domain.verifyingContract;
    return this.push(origin, chainId, 'eth_signTypedData_v4', [{ primaryType, domain: d }]);
  }
  permit2(origin: string, chainId: number): this {
    return this.typed(origin, chainId, 'PermitSingle', { name: 'Permit2', chainId, verifyingContract: C('uniswap', 1, 'Permit2') });
  }
  cowOrder(origin: string, chainId: number): this {
    return this.typed(origin, chainId, 'Order', {
      name: 'Gnosis Protocol',
      version: 'v2',
      chainId,
      verifyingContract: C('cow-swap', chainId, 'GPv2Settlement'),
    });
  }
}

const SEAPORT_BASIC_ORDER = [
  'struct AdditionalRecipient { uint256 amount; address recipient; }',
  'struct BasicOrderParameters { address considerationToken; uint256 considerationIdentifier; uint256 considerationAmount; address offerer; address zone; address offerToken; uint256 offerIdentifier; uint256 offerAmount; uint8 basicOrderType; uint256 startTime; uint256 endTime; bytes32 zoneHash; uint256 salt; bytes32 offererConduitKey; bytes32 fulfillerConduitKey; uint256 totalOriginalAdditionalRecipients; AdditionalRecipient[] additionalRecipients; bytes signature; }',
  'function fulfillBasicOrder_efficient_6GL6yc(BasicOrderParameters parameters) payable returns (bool fulfilled)',
];
/** Buys a listed NFT for ETH through Seaport 1.6 on OpenSea (a basic order with OpenSea's 1% fee). */
function seaportBuy(p: Persona, collection: Address, tokenId: bigint, priceEth: string, seed: string): { data: Hex; value: bigint } {
  const price = parseEther(priceEth);
  const fee = price / 100n; // OpenSea's 1% fee
  return {
    data: fn(SEAPORT_BASIC_ORDER, [
      {
        considerationToken: zeroAddress,
        considerationIdentifier: 0n,
        considerationAmount: price - fee,
        offerer: party(`${seed}-seller`),
        zone: OPENSEA_SIGNED_ZONE,
        offerToken: collection,
        offerIdentifier: tokenId,
        offerAmount: 1n,
        basicOrderType: 2, // ETH_TO_ERC721_FULL_RESTRICTED
        startTime: BigInt(p.now() - 86400),
        endTime: BigInt(p.now() + 30 * 86400),
        zoneHash: zeroHash,
        salt: BigInt(b32(`${seed}-salt`)),
        offererConduitKey: OPENSEA_CONDUIT_KEY,
        fulfillerConduitKey: zeroHash,
        totalOriginalAdditionalRecipients: 1n,
        additionalRecipients: [{ amount: fee, recipient: OPENSEA_FEE }],
        signature: sigBlob(seed),
      },
    ]),
    value: price,
  };
}

/** The 2025 ETHRegistrarController's registration struct. */
const ENS_REGISTRATION = [
  'struct Registration { string label; address owner; uint256 duration; bytes32 secret; address resolver; bytes[] data; uint8 reverseRecord; bytes32 referrer; }',
];

const PERSONAS: { p: Persona; j: JudgementInput }[] = [];
function persona(
  slug: string,
  description: string,
  j: JudgementInput,
  build: (p: Persona) => void,
): void {
  const p = new Persona(slug, description);
  build(p);
  PERSONAS.push({ p, j });
}

// ---------------------------------------------------------------------------------------------
// Personas
// ---------------------------------------------------------------------------------------------

persona(
  'defi-lender-ethereum',
  'Supplies USDC and wstETH to Aave v3 and Compound v3 on Ethereum, borrows and repays GHO',
  {
    // wstETH is Lido's own contract: approving it from the wallet shows Lido in use too.
    used: ['aave', 'compound', 'lido'],
    goodCategories: ['lending', 'yield', 'cdp-stablecoin'],
    goodDapps: ['morpho', 'spark', 'euler', 'fluid', 'yearn', 'sky', 'maple', 'gearbox', 'notional', 'liquity', 'defi-saver', 'summer-fi'],
  },
  (p) => {
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 1, 'v3 Pool (Ethereum)');
    const gho = C('aave', 1, 'GHO');
    const wst = C('lido', 1, 'wstETH');
    p.at('2026-02-03T09:12:00Z').connect(aave, 1);
    p.wait(2).approveFromWallet(1, T.eth.USDC, pool, parseUnits('25000', 6));
    p.wait(1).tx(aave, 1, pool, fn(AAVE_SUPPLY, [T.eth.USDC, parseUnits('25000', 6), p.user, 0]));
    p.at('2026-02-10T18:40:00Z').approveFromWallet(1, wst, pool, parseEther('6'));
    p.wait(1).tx(aave, 1, pool, fn(AAVE_SUPPLY, [wst, parseEther('6'), p.user, 0]));
    p.wait(3).tx(aave, 1, pool, fn('function setUserUseReserveAsCollateral(address asset, bool useAsCollateral)', [wst, true]));
    p.wait(2).tx(aave, 1, pool, fn(AAVE_BORROW, [gho, parseEther('8000'), 2n, 0, p.user]));
    p.wait(1).watch(aave, 1, gho, 'GHO', 18);
    p.at('2026-03-02T11:05:00Z').connect(O('compound', 'https://app.'), 1);
    const comet = C('compound', 1, 'cUSDCv3');
    p.wait(2).approveFromWallet(1, T.eth.USDC, comet, parseUnits('12000', 6));
    p.wait(1).tx(O('compound', 'https://app.'), 1, comet, fn('function supply(address asset, uint256 amount)', [T.eth.USDC, parseUnits('12000', 6)]));
    p.at('2026-04-14T20:30:00Z').connect(aave, 1);
    p.wait(1).batch(aave, 1, [
      { to: gho, data: approve(pool, parseEther('8050')) },
      { to: pool, data: fn(AAVE_REPAY, [gho, parseEther('8050'), 2n, p.user]) },
    ]);
    p.at('2026-05-21T07:55:00Z').tx(aave, 1, pool, fn(AAVE_WITHDRAW, [T.eth.USDC, parseUnits('5000', 6), p.user]));
    p.at('2026-06-30T16:20:00Z').tx(
      O('compound', 'https://app.'),
      1,
      comet,
      fn('function withdraw(address asset, uint256 amount)', [T.eth.USDC, parseUnits('4000', 6)]),
    );
  },
);

persona(
  'defi-lender-l2',
  'Lends stablecoins on Aave (Arbitrum, Optimism, Base), Compound on Arbitrum and Moonwell on Base',
  {
    used: ['aave', 'compound', 'moonwell'],
    goodCategories: ['lending', 'yield'],
    goodDapps: ['morpho', 'euler', 'fluid', 'seamless', 'radiant', 'silo', 'dolomite', 'exactly', 'spark', 'beefy', 'yearn', 'contango'],
  },
  (p) => {
    const aave = O('aave', 'https://app.');
    const comp = O('compound', 'https://app.');
    p.at('2026-01-19T13:00:00Z').connect(aave, 42161);
    const arbPool = C('aave', 42161, 'Pool (Arbitrum)');
    p.wait(2).approveFromWallet(42161, T.arb.USDC, arbPool, parseUnits('8000', 6));
    p.wait(1).tx(aave, 42161, arbPool, fn(AAVE_SUPPLY, [T.arb.USDC, parseUnits('8000', 6), p.user, 0]));
    p.at('2026-01-27T08:30:00Z').switchTo(aave, 10);
    const opPool = C('aave', 10, 'Pool (Optimism)');
    p.wait(1).approveFromWallet(10, T.op.USDC, opPool, parseUnits('3000', 6));
    p.wait(1).tx(aave, 10, opPool, fn(AAVE_SUPPLY, [T.op.USDC, parseUnits('3000', 6), p.user, 0]));
    p.at('2026-02-11T21:15:00Z').switchTo(aave, 8453);
    const basePool = C('aave', 8453, 'Pool (Base)');
    p.wait(1).approveFromWallet(8453, T.base.USDC, basePool, parseUnits('5000', 6));
    p.wait(1).tx(aave, 8453, basePool, fn(AAVE_SUPPLY, [T.base.USDC, parseUnits('5000', 6), p.user, 0]));
    p.wait(4).tx(aave, 8453, basePool, fn(AAVE_BORROW, [T.base.WETH, parseEther('0.4'), 2n, 0, p.user]));
    p.at('2026-03-05T10:10:00Z').connect(comp, 42161);
    const arbComet = C('compound', 42161, 'cUSDCv3 (Arbitrum)');
    p.wait(1).approveFromWallet(42161, T.arb.USDC, arbComet, parseUnits('4000', 6));
    p.wait(1).tx(comp, 42161, arbComet, fn('function supply(address asset, uint256 amount)', [T.arb.USDC, parseUnits('4000', 6)]));
    p.at('2026-03-22T17:45:00Z').connect(O('moonwell'), 8453);
    const mUSDC = C('moonwell', 8453, 'mUSDC');
    p.wait(1).approveFromWallet(8453, T.base.USDC, mUSDC, parseUnits('2500', 6));
    p.wait(1).tx(O('moonwell'), 8453, mUSDC, fn('function mint(uint256 mintAmount) returns (uint256)', [parseUnits('2500', 6)]));
    p.wait(2).tx(
      O('moonwell'),
      8453,
      C('moonwell', 8453, 'Comptroller (Base)'),
      fn('function enterMarkets(address[] mTokens) returns (uint256[])', [[mUSDC]]),
    );
    p.at('2026-04-30T09:00:00Z').connect(aave, 8453);
    p.wait(1).approveFromWallet(8453, T.base.WETH, basePool, parseEther('0.41'));
    p.wait(1).tx(aave, 8453, basePool, fn(AAVE_REPAY, [T.base.WETH, parseEther('0.41'), 2n, p.user]));
    p.at('2026-06-08T12:25:00Z').switchTo(aave, 42161);
    p.wait(1).tx(aave, 42161, arbPool, fn(AAVE_WITHDRAW, [T.arb.USDC, parseUnits('2000', 6), p.user]));
  },
);

persona(
  'nft-collector',
  'Buys and lists blue-chip NFTs on OpenSea (Seaport) and bids on Blur with ETH in the Blur Pool',
  {
    used: ['opensea', 'blur'],
    goodCategories: ['nft-marketplace', 'nft-mint'],
    goodDapps: ['magic-eden', 'looksrare', 'x2y2', 'sudoswap', 'nftx', 'rarible', 'element', 'superrare', 'foundation', 'art-blocks', 'delegate-xyz'],
  },
  (p) => {
    const os = O('opensea');
    const seaport = C('opensea', 1, 'Seaport 1.6');
    const seaportDomain = (chainId: number): Domain => ({ name: 'Seaport', version: '1.6', chainId, verifyingContract: seaport });
    const buy = (collection: Address, tokenId: bigint, priceEth: string, seed: string) => seaportBuy(p, collection, tokenId, priceEth, seed);
    p.at('2026-01-08T22:10:00Z').connect(os, 1);
    p.wait(1).personalSign(os, 1);
    const b1 = buy(NFT.lilPudgys, 14_302n, '1.35', 'lp-14302');
    p.wait(6).tx(os, 1, seaport, b1.data, b1.value);
    p.at('2026-01-20T19:40:00Z').connect(O('blur'), 1);
    p.wait(1).personalSign(O('blur'), 1);
    p.wait(2).tx(O('blur'), 1, C('blur', 1, 'Blur Pool'), fn('function deposit() payable', []), parseEther('12'));
    const blurDomain: Domain = { name: 'Blur Exchange', version: '1.0', chainId: 1, verifyingContract: C('blur', 1, 'Blur Exchange v2') };
    p.wait(3).typed(O('blur'), 1, 'Order', blurDomain);
    p.wait(2).typed(O('blur'), 1, 'Order', blurDomain);
    p.at('2026-02-02T08:15:00Z').connect(os, 1);
    const b2 = buy(NFT.pudgy, 6_873n, '11.2', 'pudgy-6873');
    p.wait(4).tx(os, 1, seaport, b2.data, b2.value);
    p.at('2026-02-17T21:00:00Z').tx(null, 1, NFT.lilPudgys, fn('function setApprovalForAll(address operator, bool approved)', [OPENSEA_CONDUIT, true]));
    p.wait(2).typed(os, 1, 'OrderComponents', seaportDomain(1));
    p.at('2026-03-09T14:30:00Z').connect(O('blur'), 1);
    p.wait(1).typed(O('blur'), 1, 'Order', blurDomain);
    p.at('2026-03-28T23:05:00Z').connect(os, 1);
    const b3 = buy(NFT.milady, 4_120n, '3.9', 'milady-4120');
    p.wait(5).tx(os, 1, seaport, b3.data, b3.value);
    p.wait(20).typed(os, 1, 'OrderComponents', seaportDomain(1));
    p.at('2026-04-12T10:00:00Z').switchTo(os, 8453);
    p.wait(2).typed(os, 8453, 'OrderComponents', seaportDomain(8453));
    p.at('2026-05-06T18:45:00Z').connect(O('blur'), 1);
    p.wait(2).tx(O('blur'), 1, C('blur', 1, 'Blur Pool'), fn('function withdraw(uint256 amount)', [parseEther('5')]));
  },
);

persona(
  'nft-creator',
  'Artist who deploys Zora 1155 collections on Base and Zora, splits royalties with 0xSplits and mints from Manifold and Highlight drops',
  {
    used: ['zora', 'manifold', 'highlight', 'splits'],
    goodCategories: ['nft-mint', 'nft-marketplace', 'social'],
    goodDapps: ['sound-xyz', 'mint-fun', 'art-blocks', 'fxhash', 'transient-labs', 'basepaint', 'foundation', 'superrare', 'opensea', 'paragraph', 'mirror', 'nouns-builder'],
  },
  (p) => {
    const zora = O('zora');
    const createContract = [
      'struct RoyaltyConfiguration { uint32 royaltyMintSchedule; uint32 royaltyBPS; address royaltyRecipient; }',
      'function createContract(string newContractURI, string name, RoyaltyConfiguration defaultRoyaltyConfiguration, address defaultAdmin, bytes[] setupActions) returns (address)',
    ];
    p.at('2026-02-14T15:00:00Z').connect(zora, 8453);
    p.wait(1).personalSign(zora, 8453);
    p.wait(12).tx(
      zora,
      8453,
      C('zora', 8453, '1155 creator factory'),
      fn(createContract, ['ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', 'Tidal Studies', { royaltyMintSchedule: 0, royaltyBPS: 500, royaltyRecipient: p.user }, p.user, []]),
    );
    const splitMain = C('splits', 1, 'SplitMain');
    const collaborators = [p.user, party('creator-collab-1'), party('creator-collab-2')].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    p.at('2026-02-20T11:30:00Z').connect(O('splits', 'https://app.splits'), 1);
    p.wait(4).tx(
      O('splits', 'https://app.splits'),
      1,
      splitMain,
      fn('function createSplit(address[] accounts, uint32[] percentAllocations, uint32 distributorFee, address controller) returns (address)', [
        collaborators,
        [600_000, 250_000, 150_000],
        0,
        zeroAddress,
      ]),
    );
    p.at('2026-03-03T19:20:00Z').connect(zora, 7777777);
    p.wait(1).switchTo(zora, 7777777);
    p.wait(8).tx(
      zora,
      7777777,
      C('zora', 7777777, '1155 creator factory'),
      fn(createContract, ['ipfs://bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly', 'Low Tide (open edition)', { royaltyMintSchedule: 0, royaltyBPS: 700, royaltyRecipient: p.user }, p.user, []]),
    );
    p.at('2026-03-18T09:45:00Z').connect(O('manifold', 'https://app.'), 1);
    p.wait(2).personalSign(O('manifold', 'https://app.'), 1);
    p.wait(3).tx(
      O('manifold', 'https://app.'),
      1,
      C('manifold', 1, 'ERC1155 LazyPayableClaim'),
      fn('function mint(address creatorContractAddress, uint256 instanceId, uint32 mintIndex, bytes32[] merkleProof, address mintFor) payable', [
        party('manifold-creator-contract'),
        4_183_929_072n,
        0,
        [],
        p.user,
      ]),
      parseEther('0.0105'),
    );
    p.at('2026-04-02T20:10:00Z').connect(O('highlight'), 8453);
    p.wait(2).tx(
      O('highlight'),
      8453,
      C('highlight', 8453, 'MintManager'),
      fn('function vectorMint721(uint256 vectorId, uint48 numTokensToMint, address mintRecipient) payable', [8_841n, 2, p.user]),
      parseEther('0.0016'),
    );
    p.at('2026-04-25T13:00:00Z').connect(zora, 8453);
    p.wait(2).tx(
      zora,
      8453,
      C('zora', 8453, 'protocol rewards'),
      fn('function withdraw(address to, uint256 amount)', [p.user, parseEther('0.284')]),
    );
  },
);

persona(
  'l2-bridger',
  'Moves ETH and USDC between Ethereum, Arbitrum, Optimism and Base with Across, Stargate, Hop and the Arbitrum bridge',
  {
    used: ['across', 'stargate', 'hop', 'arbitrum-bridge'],
    goodCategories: ['bridge', 'dex-aggregator'],
    goodDapps: ['relay', 'jumper', 'bungee', 'orbiter', 'synapse', 'celer-cbridge', 'debridge', 'squid', 'layerswap', 'gas-zip', 'everclear', 'base-bridge', 'optimism-bridge'],
  },
  (p) => {
    const across = O('across', 'https://app.');
    p.at('2026-01-05T10:00:00Z').connect(O('arbitrum-bridge'), 1);
    p.wait(2).tx(O('arbitrum-bridge'), 1, C('arbitrum-bridge', 1, 'Delayed Inbox'), fn('function depositEth() payable returns (uint256)', []), parseEther('1.5'));
    p.at('2026-01-22T16:30:00Z').connect(across, 1);
    const ethSpoke = C('across', 1, 'SpokePool');
    p.wait(2).tx(
      across,
      1,
      ethSpoke,
      fn(ACROSS_DEPOSIT_V3, [p.user, p.user, T.eth.WETH, T.base.WETH, parseEther('0.8'), parseEther('0.7996'), 8453n, zeroAddress, p.now() - 30, p.now() + 4 * 3600, 0, '0x']),
      parseEther('0.8'),
    );
    p.at('2026-02-09T09:10:00Z').switchTo(across, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, C('across', 42161, 'SpokePool'), parseUnits('2500', 6));
    p.wait(1).tx(
      across,
      42161,
      C('across', 42161, 'SpokePool'),
      fn(ACROSS_DEPOSIT_V3, [p.user, p.user, T.arb.USDC, T.op.USDC, parseUnits('2500', 6), parseUnits('2498.9', 6), 10n, zeroAddress, p.now() - 30, p.now() + 4 * 3600, 0, '0x']),
    );
    p.at('2026-03-01T12:00:00Z').connect(O('stargate'), 1);
    const sgUsdc = C('stargate', 1, 'StargatePoolUSDC');
    p.wait(1).approveFromWallet(1, T.eth.USDC, sgUsdc, parseUnits('10000', 6));
    p.wait(1).tx(
      O('stargate'),
      1,
      sgUsdc,
      fn(
        [
          'struct SendParam { uint32 dstEid; bytes32 to; uint256 amountLD; uint256 minAmountLD; bytes extraOptions; bytes composeMsg; bytes oftCmd; }',
          'struct MessagingFee { uint256 nativeFee; uint256 lzTokenFee; }',
          'function send(SendParam sendParam, MessagingFee fee, address refundAddress) payable',
        ],
        [
          { dstEid: 30184, to: `0x${p.user.slice(2).padStart(64, '0')}`, amountLD: parseUnits('10000', 6), minAmountLD: parseUnits('9994', 6), extraOptions: '0x', composeMsg: '0x', oftCmd: '0x' },
          { nativeFee: parseEther('0.00042'), lzTokenFee: 0n },
          p.user,
        ],
      ),
      parseEther('0.00042'),
    );
    p.at('2026-03-19T07:50:00Z').connect(O('hop', 'https://app.'), 1);
    p.wait(2).tx(
      O('hop', 'https://app.'),
      1,
      C('hop', 1, 'L1 ETH Bridge'),
      fn('function sendToL2(uint256 chainId, address recipient, uint256 amount, uint256 amountOutMin, uint256 deadline, address relayer, uint256 relayerFee) payable', [
        10n,
        p.user,
        parseEther('0.5'),
        parseEther('0.4985'),
        p.deadline(7 * 24 * 60),
        zeroAddress,
        0n,
      ]),
      parseEther('0.5'),
    );
    p.at('2026-04-07T18:20:00Z').switchTo(O('hop', 'https://app.'), 10);
    p.wait(1).tx(
      O('hop', 'https://app.'),
      10,
      C('hop', 10, 'ETH AMM Wrapper'),
      fn('function swapAndSend(uint256 chainId, address recipient, uint256 amount, uint256 bonderFee, uint256 amountOutMin, uint256 deadline, uint256 destinationAmountOutMin, uint256 destinationDeadline) payable', [
        42161n,
        p.user,
        parseEther('0.3'),
        parseEther('0.0006'),
        parseEther('0.2988'),
        p.deadline(7 * 24 * 60),
        parseEther('0.2982'),
        p.deadline(7 * 24 * 60),
      ]),
      parseEther('0.3'),
    );
    p.at('2026-05-12T14:00:00Z').connect(across, 8453);
    p.wait(1).tx(
      across,
      8453,
      C('across', 8453, 'SpokePool'),
      fn(ACROSS_DEPOSIT_V3, [p.user, p.user, T.base.WETH, T.eth.WETH, parseEther('0.6'), parseEther('0.5991'), 1n, zeroAddress, p.now() - 30, p.now() + 4 * 3600, 0, '0x']),
      parseEther('0.6'),
    );
  },
);

persona(
  'eth-staker',
  'Stakes ETH with Lido and Rocket Pool, wraps stETH to wstETH and queues a Lido withdrawal',
  {
    used: ['lido', 'rocket-pool'],
    goodCategories: ['liquid-staking', 'restaking', 'yield'],
    goodDapps: ['stader', 'stakewise', 'swell', 'ether-fi', 'frax', 'mantle-meth', 'ankr', 'liquid-collective', 'origin', 'eigenlayer', 'renzo', 'kelp-dao', 'puffer', 'stakestone'],
  },
  (p) => {
    const lido = O('lido', 'https://stake.');
    const stETH = C('lido', 1, 'stETH (Lido staking)');
    const wstETH = C('lido', 1, 'wstETH');
    const queue = C('lido', 1, 'Withdrawal Queue');
    p.at('2026-01-12T08:00:00Z').connect(lido, 1);
    p.wait(2).tx(lido, 1, stETH, fn('function submit(address _referral) payable returns (uint256)', [zeroAddress]), parseEther('16'));
    p.wait(1).watch(lido, 1, stETH, 'stETH', 18);
    p.at('2026-01-30T19:25:00Z').connect(lido, 1);
    p.wait(1).batch(lido, 1, [
      { to: stETH, data: approve(wstETH, parseEther('6')) },
      { to: wstETH, data: fn('function wrap(uint256 _stETHAmount) returns (uint256)', [parseEther('6')]) },
    ]);
    p.at('2026-02-16T10:40:00Z').connect(O('rocket-pool', 'https://stake.'), 1);
    p.wait(2).tx(O('rocket-pool', 'https://stake.'), 1, C('rocket-pool', 1, 'RocketDepositPool'), fn('function deposit() payable', []), parseEther('8'));
    p.wait(1).watch(O('rocket-pool', 'https://stake.'), 1, C('rocket-pool', 1, 'rETH'), 'rETH', 18);
    p.at('2026-03-24T21:10:00Z').tx(lido, 1, stETH, fn('function submit(address _referral) payable returns (uint256)', [zeroAddress]), parseEther('4'));
    p.at('2026-05-04T09:00:00Z').connect(lido, 1);
    p.wait(2).batch(lido, 1, [
      { to: stETH, data: approve(queue, parseEther('5')) },
      { to: queue, data: fn('function requestWithdrawals(uint256[] _amounts, address _owner) returns (uint256[])', [[parseEther('5')], p.user]) },
    ]);
    p.at('2026-05-11T08:30:00Z').tx(lido, 1, queue, fn('function claimWithdrawal(uint256 _requestId)', [98_214n]));
    p.at('2026-06-19T17:05:00Z').connect(O('rocket-pool', 'https://stake.'), 1);
    p.wait(1).tx(O('rocket-pool', 'https://stake.'), 1, C('rocket-pool', 1, 'rETH'), fn('function burn(uint256 _rethAmount)', [parseEther('2')]));
  },
);

persona(
  'restaker',
  'Restakes stETH in EigenLayer and delegates to an operator, holds ether.fi weETH and Renzo ezETH',
  {
    // The stETH approval (sent from the wallet) is to Lido's contract: Lido is in use.
    used: ['eigenlayer', 'ether-fi', 'renzo', 'lido'],
    goodCategories: ['restaking', 'liquid-staking', 'yield'],
    goodDapps: ['symbiotic', 'karak', 'kelp-dao', 'puffer', 'eigenpie', 'inception', 'mellow', 'yieldnest', 'bedrock', 'swell', 'pendle', 'stakestone'],
  },
  (p) => {
    const eigen = O('eigenlayer', 'https://app.');
    const sm = C('eigenlayer', 1, 'StrategyManager');
    const stETH = C('lido', 1, 'stETH (Lido staking)');
    p.at('2026-01-15T12:00:00Z').connect(eigen, 1);
    p.wait(2).approveFromWallet(1, stETH, sm, parseEther('10'));
    p.wait(1).tx(eigen, 1, sm, fn('function depositIntoStrategy(address strategy, address token, uint256 amount) returns (uint256)', [EIGEN_STETH_STRATEGY, stETH, parseEther('10')]));
    p.wait(5).tx(
      eigen,
      1,
      C('eigenlayer', 1, 'DelegationManager'),
      fn(['struct SignatureWithExpiry { bytes signature; uint256 expiry; }', 'function delegateTo(address operator, SignatureWithExpiry approverSignatureAndExpiry, bytes32 approverSalt)'], [
        party('eigen-operator'),
        { signature: '0x', expiry: 0n },
        zeroHash,
      ]),
    );
    const etherfi = O('ether-fi', 'https://app.');
    p.at('2026-02-04T18:30:00Z').connect(etherfi, 1);
    p.wait(2).tx(etherfi, 1, C('ether-fi', 1, 'LiquidityPool'), fn('function deposit() payable returns (uint256)', []), parseEther('5'));
    p.wait(3).batch(etherfi, 1, [
      { to: C('ether-fi', 1, 'eETH'), data: approve(C('ether-fi', 1, 'weETH'), parseEther('5')) },
      { to: C('ether-fi', 1, 'weETH'), data: fn('function wrap(uint256 _eETHAmount) returns (uint256)', [parseEther('5')]) },
    ]);
    p.wait(1).watch(etherfi, 1, C('ether-fi', 1, 'weETH'), 'weETH', 18);
    const renzo = O('renzo', 'https://app.');
    p.at('2026-02-27T10:15:00Z').connect(renzo, 1);
    p.wait(2).tx(renzo, 1, C('renzo', 1, 'RestakeManager'), fn('function depositETH() payable', []), parseEther('3'));
    p.wait(1).watch(renzo, 1, C('renzo', 1, 'ezETH'), 'ezETH', 18);
    p.at('2026-04-10T09:20:00Z').connect(eigen, 1);
    p.wait(1).personalSign(eigen, 1);
    p.at('2026-05-18T20:00:00Z').connect(etherfi, 1);
    p.wait(2).tx(etherfi, 1, C('ether-fi', 1, 'LiquidityPool'), fn('function deposit() payable returns (uint256)', []), parseEther('2'));
  },
);

persona(
  'dao-voter',
  'Votes on Snapshot spaces, delegates ARB through Tally, votes on Nouns proposals and on Optimism via Agora',
  {
    used: ['snapshot', 'tally', 'nouns', 'agora'],
    goodCategories: ['governance', 'social'],
    goodDapps: ['aragon', 'boardroom', 'karma', 'jokerace', 'daohaus', 'hats-protocol', 'nouns-builder', 'safe', 'coordinape', 'guild', 'eas'],
  },
  (p) => {
    const snap = O('snapshot', 'https://snapshot.box');
    const vote: Domain = { name: 'snapshot', version: '0.1.4' };
    p.at('2026-01-09T14:00:00Z').connect(snap, 1);
    p.wait(3).typed(snap, 1, 'Vote', vote);
    p.at('2026-01-23T09:30:00Z').typed(snap, 1, 'Vote', vote);
    p.wait(4).tx(
      snap,
      1,
      C('snapshot', 1, 'Delegate Registry'),
      fn('function setDelegate(bytes32 id, address delegate)', [toHex('aavedao.eth', { size: 32 }), party('aave-delegate')]),
    );
    p.at('2026-02-05T17:45:00Z').connect(O('tally', 'https://www.'), 42161);
    p.wait(2).typed(O('tally', 'https://www.'), 42161, 'Delegation', { name: 'Arbitrum', version: '1', chainId: 42161, verifyingContract: T.arb.ARB });
    p.at('2026-02-19T20:10:00Z').connect(O('nouns'), 1);
    const governor = C('nouns', 1, 'governor');
    p.wait(5).tx(O('nouns'), 1, governor, fn('function castRefundableVote(uint256 proposalId, uint8 support)', [742n, 1]));
    p.at('2026-03-06T08:55:00Z').connect(O('agora', 'https://vote.optimism.io'), 10);
    p.wait(3).typed(O('agora', 'https://vote.optimism.io'), 10, 'Ballot', { name: 'Optimism', version: '1', chainId: 10, verifyingContract: OP_GOVERNOR });
    p.at('2026-03-20T13:00:00Z').typed(snap, 1, 'Vote', vote);
    p.at('2026-04-03T19:35:00Z').connect(O('nouns'), 1);
    p.wait(2).tx(O('nouns'), 1, governor, fn('function castRefundableVoteWithReason(uint256 proposalId, uint8 support, string reason)', [751n, 0, 'Budget is too large for the scope.']));
    p.at('2026-04-17T11:20:00Z').typed(snap, 1, 'Vote', vote);
    p.at('2026-05-08T16:00:00Z').connect(O('agora', 'https://vote.optimism.io'), 10);
    p.wait(2).typed(O('agora', 'https://vote.optimism.io'), 10, 'Ballot', { name: 'Optimism', version: '1', chainId: 10, verifyingContract: OP_GOVERNOR });
    p.at('2026-06-02T10:10:00Z').typed(snap, 1, 'Vote', vote);
  },
);

persona(
  'perps-trader-arbitrum',
  'Trades leveraged ETH and BTC perpetuals on GMX v2 and gTrade on Arbitrum with USDC collateral',
  {
    used: ['gmx', 'gains-network'],
    goodCategories: ['perps', 'options', 'dex'],
    goodDapps: ['hmx', 'vertex', 'mux', 'ostium', 'level-finance', 'vela-exchange', 'synthetix', 'perennial', 'intentx', 'derive', 'aevo', 'dolomite', 'stryke', 'camelot'],
  },
  (p) => {
    const gmx = O('gmx', 'https://app.');
    const exRouter = C('gmx', 42161, 'V2 ExchangeRouter');
    const orderVault = C('gmx', 42161, 'OrderVault');
    const createOrder = [
      'struct CreateOrderParamsAddresses { address receiver; address callbackContract; address uiFeeReceiver; address market; address initialCollateralToken; address[] swapPath; }',
      'struct CreateOrderParamsNumbers { uint256 sizeDeltaUsd; uint256 initialCollateralDeltaAmount; uint256 triggerPrice; uint256 acceptablePrice; uint256 executionFee; uint256 callbackGasLimit; uint256 minOutputAmount; }',
      'struct CreateOrderParams { CreateOrderParamsAddresses addresses; CreateOrderParamsNumbers numbers; uint8 orderType; uint8 decreasePositionSwapType; bool isLong; bool shouldUnwrapNativeToken; bytes32 referralCode; }',
      'function createOrder(CreateOrderParams params) payable returns (bytes32)',
    ];
    const gmxOrder = (market: Address, orderType: number, isLong: boolean, sizeUsd: bigint, collateral: bigint, acceptablePrice: bigint, execFee: bigint): Hex =>
      fn('function multicall(bytes[] data) payable returns (bytes[])', [
        [
          fn('function sendWnt(address receiver, uint256 amount) payable', [orderVault, execFee]),
          ...(collateral > 0n ? [fn('function sendTokens(address token, address receiver, uint256 amount) payable', [T.arb.USDC, orderVault, collateral])] : []),
          fn(createOrder, [
            {
              addresses: { receiver: p.user, callbackContract: zeroAddress, uiFeeReceiver: zeroAddress, market, initialCollateralToken: T.arb.USDC, swapPath: [] },
              numbers: { sizeDeltaUsd: sizeUsd * 10n ** 30n, initialCollateralDeltaAmount: collateral, triggerPrice: 0n, acceptablePrice, executionFee: execFee, callbackGasLimit: 0n, minOutputAmount: 0n },
              orderType,
              decreasePositionSwapType: 0,
              isLong,
              shouldUnwrapNativeToken: false,
              referralCode: zeroHash,
            },
          ]),
        ],
      ]);
    p.at('2026-02-01T13:00:00Z').connect(gmx, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, C('gmx', 42161, 'V2 Router (approvals)'), maxUint256);
    p.wait(2).tx(gmx, 42161, exRouter, gmxOrder(GMX_ETH_USD, 2, true, 20_000n, parseUnits('2000', 6), 3_150n * 10n ** 12n, parseEther('0.00012')), parseEther('0.00012'));
    p.at('2026-02-03T09:40:00Z').tx(gmx, 42161, exRouter, gmxOrder(GMX_ETH_USD, 4, true, 20_000n, 0n, 3_050n * 10n ** 12n, parseEther('0.00012')), parseEther('0.00012'));
    p.at('2026-02-15T22:05:00Z').tx(gmx, 42161, exRouter, gmxOrder(GMX_BTC_USD, 2, false, 30_000n, parseUnits('3000', 6), 95_000n * 10n ** 22n, parseEther('0.00015')), parseEther('0.00015'));
    const gains = O('gains-network');
    const diamond = C('gains-network', 42161, 'gTrade Diamond');
    const trade = [
      'struct Trade { address user; uint32 index; uint16 pairIndex; uint24 leverage; bool long; bool isOpen; uint8 collateralIndex; uint8 tradeType; uint120 collateralAmount; uint64 openPrice; uint64 tp; uint64 sl; bool isCounterTrade; uint160 positionSizeToken; uint24 __placeholder; }',
      'function openTrade(Trade _trade, uint16 _maxSlippageP, address _referrer)',
    ];
    p.at('2026-03-03T08:20:00Z').connect(gains, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, diamond, maxUint256);
    p.wait(2).tx(gains, 42161, diamond, fn(trade, [
      { user: p.user, index: 0, pairIndex: 1, leverage: 25_000, long: true, isOpen: true, collateralIndex: 3, tradeType: 0, collateralAmount: parseUnits('500', 6), openPrice: 3_120n * 10n ** 10n, tp: 3_600n * 10n ** 10n, sl: 2_990n * 10n ** 10n, isCounterTrade: false, positionSizeToken: 0n, __placeholder: 0 },
      1_000,
      zeroAddress,
    ]));
    p.at('2026-03-04T15:10:00Z').tx(gains, 42161, diamond, fn('function closeTradeMarket(uint32 _index, uint64 _expectedPrice)', [0, 3_340n * 10n ** 10n]));
    p.at('2026-03-21T11:30:00Z').tx(gains, 42161, diamond, fn(trade, [
      { user: p.user, index: 1, pairIndex: 0, leverage: 10_000, long: false, isOpen: true, collateralIndex: 3, tradeType: 0, collateralAmount: parseUnits('1200', 6), openPrice: 97_400n * 10n ** 10n, tp: 0n, sl: 101_000n * 10n ** 10n, isCounterTrade: false, positionSizeToken: 0n, __placeholder: 0 },
      1_000,
      zeroAddress,
    ]));
    p.at('2026-04-09T07:45:00Z').connect(gmx, 42161);
    p.wait(1).tx(gmx, 42161, exRouter, gmxOrder(GMX_ETH_USD, 2, false, 15_000n, parseUnits('1500', 6), 2_900n * 10n ** 12n, parseEther('0.00012')), parseEther('0.00012'));
  },
);

persona(
  'bnb-chain-swapper',
  'Swaps BNB, CAKE and stablecoins on PancakeSwap and lends BNB on Venus',
  {
    used: ['pancakeswap', 'venus'],
    goodCategories: ['dex', 'dex-aggregator', 'lending', 'liquid-staking'],
    goodDapps: ['thena', 'biswap', 'lista-dao', 'woofi', 'wombat', '1inch', 'kyberswap', 'openocean', 'four-meme', 'stader', 'ankr', 'radiant', 'aave', 'space-id'],
  },
  (p) => {
    const cake = O('pancakeswap');
    const smart = C('pancakeswap', 56, 'Smart Router');
    const cakeToken = C('pancakeswap', 56, 'CAKE');
    p.at('2026-01-06T05:20:00Z').connect(cake, 56);
    p.wait(2).tx(cake, 56, C('pancakeswap', 56, 'V2 Router'), fn(V2_ETH_FOR_TOKENS, [parseUnits('595', 18), [T.bsc.WBNB, T.bsc.USDT], p.user, p.deadline()]), parseEther('1'));
    p.at('2026-01-14T12:00:00Z').tx(
      cake,
      56,
      smart,
      fn('function multicall(uint256 deadline, bytes[] data) payable returns (bytes[])', [
        p.deadline(),
        [fn(V3_EXACT_INPUT_SINGLE_02, [{ tokenIn: T.bsc.WBNB, tokenOut: cakeToken, fee: 2500, recipient: p.user, amountIn: parseEther('2'), amountOutMinimum: parseEther('480'), sqrtPriceLimitX96: 0n }])],
      ]),
      parseEther('2'),
    );
    p.wait(1).watch(cake, 56, cakeToken, 'CAKE', 18);
    p.at('2026-02-02T18:45:00Z').batch(cake, 56, [
      { to: cakeToken, data: approve(smart, parseEther('200')) },
      { to: smart, data: fn('function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to) payable returns (uint256)', [parseEther('200'), parseUnits('480', 18), [cakeToken, T.bsc.USDT], p.user]) },
    ]);
    p.at('2026-02-20T09:00:00Z').connect(O('venus', 'https://app.'), 56);
    const vBNB = C('venus', 56, 'vBNB');
    p.wait(2).tx(O('venus', 'https://app.'), 56, vBNB, fn('function mint() payable', []), parseEther('3'));
    p.wait(1).tx(O('venus', 'https://app.'), 56, C('venus', 56, 'Core Pool Comptroller (BNB Chain)'), fn('function enterMarkets(address[] vTokens) returns (uint256[])', [[vBNB]]));
    p.wait(2).tx(O('venus', 'https://app.'), 56, C('venus', 56, 'vUSDT'), fn('function borrow(uint256 borrowAmount) returns (uint256)', [parseUnits('700', 18)]));
    p.at('2026-03-11T14:30:00Z').connect(cake, 56);
    p.wait(1).approveFromWallet(56, T.bsc.USDT, smart, parseUnits('700', 18));
    p.wait(1).tx(
      cake,
      56,
      smart,
      fn('function multicall(uint256 deadline, bytes[] data) payable returns (bytes[])', [
        p.deadline(),
        [fn(V3_EXACT_INPUT_SINGLE_02, [{ tokenIn: T.bsc.USDT, tokenOut: T.bsc.BTCB, fee: 500, recipient: p.user, amountIn: parseUnits('700', 18), amountOutMinimum: parseUnits('0.0069', 18), sqrtPriceLimitX96: 0n }])],
      ]),
    );
  },
);

persona(
  'base-degen',
  'Apes into Base memecoins on Uniswap and Aerodrome, locks AERO and votes, collects Zora rewards',
  {
    used: ['aerodrome', 'uniswap', 'zora'],
    goodCategories: ['dex', 'launchpad', 'social', 'dex-aggregator'],
    goodDapps: ['baseswap', 'alien-base', 'virtuals', 'clanker', 'basenames', 'limitless', 'avantis', 'moonwell', 'seamless', 'mint-club', 'odos', 'kyberswap', 'relay', 'warpcast', 'frenpet'],
  },
  (p) => {
    const uni = O('uniswap', 'https://app.');
    const ur = C('uniswap', 8453, 'Universal Router (v4)');
    p.at('2026-03-01T02:10:00Z').connect(uni, 8453);
    p.wait(2).tx(uni, 8453, ur, urEthToToken(parseEther('0.25'), parseUnits('180000', 18), T.base.WETH, 3000, T.base.DEGEN, p.deadline()), parseEther('0.25'));
    p.wait(1).watch(uni, 8453, T.base.DEGEN, 'DEGEN', 18);
    p.at('2026-03-02T23:40:00Z').tx(uni, 8453, ur, urEthToToken(parseEther('0.4'), parseUnits('21000', 18), T.base.WETH, 10000, T.base.BRETT, p.deadline()), parseEther('0.4'));
    const aero = O('aerodrome');
    const router = C('aerodrome', 8453, 'Router');
    const AERO = C('aerodrome', 8453, 'AERO token');
    p.at('2026-03-05T18:00:00Z').connect(aero, 8453);
    p.wait(1).tx(
      aero,
      8453,
      router,
      fn([SOLIDLY_ROUTE, 'function swapExactETHForTokens(uint256 amountOutMin, Route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
        parseEther('1350'),
        [{ from: T.base.WETH, to: AERO, stable: false, factory: AERO_FACTORY }],
        p.user,
        p.deadline(),
      ]),
      parseEther('0.5'),
    );
    const ve = C('aerodrome', 8453, 'veAERO');
    p.wait(3).batch(aero, 8453, [
      { to: AERO, data: approve(ve, parseEther('1350')) },
      { to: ve, data: fn('function createLock(uint256 _value, uint256 _lockDuration) returns (uint256)', [parseEther('1350'), 4n * 365n * 86400n]) },
    ]);
    p.at('2026-03-12T09:05:00Z').tx(
      aero,
      8453,
      C('aerodrome', 8453, 'Voter'),
      fn('function vote(uint256 _tokenId, address[] _poolVote, uint256[] _weights)', [71_204n, [party('aero-pool-weth-usdc'), party('aero-pool-aero-usdc')], [6_000n, 4_000n]]),
    );
    p.at('2026-03-14T03:30:00Z').connect(uni, 8453);
    p.wait(1).approveFromWallet(8453, T.base.DEGEN, C('uniswap', 1, 'Permit2'), maxUint256);
    p.wait(1).permit2(uni, 8453);
    p.wait(1).tx(uni, 8453, ur, urTokenToEth(T.base.DEGEN, parseUnits('180000', 18), parseEther('0.31'), 3000, T.base.WETH, ur, p.deadline(), 'degen-sell'));
    p.at('2026-03-20T21:00:00Z').connect(O('zora'), 8453);
    p.wait(2).tx(O('zora'), 8453, C('zora', 8453, 'protocol rewards'), fn('function withdraw(address to, uint256 amount)', [p.user, parseEther('0.0123')]));
    p.at('2026-04-01T01:15:00Z').tx(uni, 8453, ur, urEthToToken(parseEther('0.15'), parseUnits('7000', 18), T.base.WETH, 10000, T.base.BRETT, p.deadline()), parseEther('0.15'));
    p.at('2026-04-02T12:00:00Z').tx(
      aero,
      8453,
      C('aerodrome', 8453, 'Voter'),
      fn('function vote(uint256 _tokenId, address[] _poolVote, uint256[] _weights)', [71_204n, [party('aero-pool-weth-usdc')], [10_000n]]),
    );
  },
);

persona(
  'polygon-user',
  'Bridges to Polygon via the Polygon Portal, swaps POL on QuickSwap and supplies USDC on Aave Polygon',
  {
    used: ['polygon-portal', 'quickswap', 'aave'],
    goodCategories: ['dex', 'lending', 'prediction-market', 'gaming'],
    goodDapps: ['sushiswap', 'uniswap', 'balancer', '1inch', 'kyberswap', 'compound', 'beefy', 'stader', 'polymarket', 'aavegotchi', 'azuro', 'qidao', 'sunflower-land', 'decentraland'],
  },
  (p) => {
    const portal = O('polygon-portal');
    p.at('2026-02-08T10:00:00Z').connect(portal, 1);
    p.wait(2).tx(portal, 1, C('polygon-portal', 1, 'RootChainManager'), fn('function depositEtherFor(address user) payable', [p.user]), parseEther('0.5'));
    p.wait(1).approveFromWallet(1, T.eth.USDC, C('polygon-portal', 1, 'ERC20Predicate'), parseUnits('3000', 6));
    p.wait(1).tx(portal, 1, C('polygon-portal', 1, 'RootChainManager'), fn('function depositFor(address user, address rootToken, bytes depositData)', [p.user, T.eth.USDC, enc('uint256', [parseUnits('3000', 6)])]));
    const qs = O('quickswap', 'https://dapp.');
    p.at('2026-02-09T17:20:00Z').connect(qs, 137);
    p.wait(1).switchTo(qs, 137);
    p.wait(2).tx(qs, 137, C('quickswap', 137, 'V2 Router'), fn(V2_ETH_FOR_TOKENS, [parseUnits('38', 6), [T.poly.WPOL, T.poly.USDC], p.user, p.deadline()]), parseEther('150'));
    p.wait(5).approveFromWallet(137, T.poly.USDC, C('quickswap', 137, 'V3 SwapRouter (Algebra)'), parseUnits('500', 6));
    p.wait(1).tx(
      qs,
      137,
      C('quickswap', 137, 'V3 SwapRouter (Algebra)'),
      fn(ALGEBRA_EXACT_INPUT_SINGLE, [{ tokenIn: T.poly.USDC, tokenOut: T.poly.WETH, recipient: p.user, deadline: p.deadline(), amountIn: parseUnits('500', 6), amountOutMinimum: parseEther('0.158'), limitSqrtPrice: 0n }]),
    );
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 137, 'Pool (Polygon)');
    p.at('2026-02-23T08:45:00Z').connect(aave, 137);
    p.wait(1).approveFromWallet(137, T.poly.USDC, pool, parseUnits('2500', 6));
    p.wait(1).tx(aave, 137, pool, fn(AAVE_SUPPLY, [T.poly.USDC, parseUnits('2500', 6), p.user, 0]));
    p.at('2026-04-06T19:30:00Z').connect(qs, 137);
    p.wait(1).tx(qs, 137, C('quickswap', 137, 'V2 Router'), fn(V2_ETH_FOR_TOKENS, [parseUnits('60', 6), [T.poly.WPOL, T.poly.USDC], p.user, p.deadline()]), parseEther('240'));
    p.at('2026-05-15T11:00:00Z').connect(aave, 137);
    p.wait(1).tx(aave, 137, pool, fn(AAVE_WITHDRAW, [T.poly.USDC, parseUnits('1000', 6), p.user]));
  },
);

persona(
  'avalanche-user',
  'Swaps AVAX on LFJ (Trader Joe) Liquidity Book, lends AVAX on Benqi and liquid-stakes it as sAVAX',
  {
    used: ['trader-joe', 'benqi'],
    goodCategories: ['dex', 'lending', 'yield', 'liquid-staking'],
    goodDapps: ['pangolin', 'pharaoh', 'gmx', 'aave', 'yield-yak', 'euler', 'silo', 'avvy-domains', 'stargate', 'odos', 'woofi', 'wombat', 'ankr', 'beefy'],
  },
  (p) => {
    const lfj = O('trader-joe');
    const lbPath = 'struct Path { uint256[] pairBinSteps; uint8[] versions; address[] tokenPath; }';
    p.at('2026-01-25T16:00:00Z').connect(lfj, 43114);
    p.wait(1).switchTo(lfj, 43114);
    p.wait(2).tx(
      lfj,
      43114,
      C('trader-joe', 43114, 'LB Router v2.2'),
      fn([lbPath, 'function swapExactNATIVEForTokens(uint256 amountOutMin, Path path, address to, uint256 deadline) payable returns (uint256)'], [
        parseUnits('1240', 6),
        { pairBinSteps: [20n], versions: [2], tokenPath: [T.avax.WAVAX, T.avax.USDC] },
        p.user,
        p.deadline(),
      ]),
      parseEther('50'),
    );
    p.at('2026-02-06T09:30:00Z').connect(O('benqi', 'https://app.'), 43114);
    const qiAVAX = C('benqi', 43114, 'qiAVAX');
    p.wait(2).tx(O('benqi', 'https://app.'), 43114, qiAVAX, fn('function mint() payable', []), parseEther('80'));
    p.wait(1).tx(O('benqi', 'https://app.'), 43114, C('benqi', 43114, 'Core Comptroller'), fn('function enterMarkets(address[] qiTokens) returns (uint256[])', [[qiAVAX]]));
    p.wait(2).tx(O('benqi', 'https://app.'), 43114, C('benqi', 43114, 'qiUSDCn'), fn('function borrow(uint256 borrowAmount) returns (uint256)', [parseUnits('600', 6)]));
    p.at('2026-02-28T20:15:00Z').tx(O('benqi', 'https://app.'), 43114, C('benqi', 43114, 'sAVAX'), fn('function submit() payable returns (uint256)', []), parseEther('40'));
    p.wait(1).watch(O('benqi', 'https://app.'), 43114, C('benqi', 43114, 'sAVAX'), 'sAVAX', 18);
    p.at('2026-03-17T13:40:00Z').connect(lfj, 43114);
    p.wait(1).approveFromWallet(43114, T.avax.USDC, C('trader-joe', 43114, 'LB Router v2.2'), parseUnits('600', 6));
    p.wait(1).tx(
      lfj,
      43114,
      C('trader-joe', 43114, 'LB Router v2.2'),
      fn([lbPath, 'function swapExactTokensForNATIVE(uint256 amountIn, uint256 amountOutMinNATIVE, Path path, address to, uint256 deadline) returns (uint256)'], [
        parseUnits('600', 6),
        parseEther('23.5'),
        { pairBinSteps: [20n], versions: [2], tokenPath: [T.avax.USDC, T.avax.WAVAX] },
        p.user,
        p.deadline(),
      ]),
    );
  },
);

persona(
  'zksync-user',
  'Deposits ETH to zkSync Era through the native bridge, swaps on SyncSwap and bridges back out with Across',
  {
    used: ['zksync-bridge', 'syncswap', 'across'],
    goodCategories: ['dex', 'bridge', 'lending'],
    goodDapps: ['koi-finance', 'iziswap', 'velocore', 'zerolend', 'venus', 'aave', 'odos', '1inch', 'kyberswap', 'woofi', 'orbiter', 'layerswap', 'maverick', 'jumper'],
  },
  (p) => {
    const bridge = O('zksync-bridge', 'https://portal.');
    p.at('2026-02-12T09:00:00Z').connect(bridge, 1);
    const mint = parseEther('1.2003');
    p.wait(2).tx(
      bridge,
      1,
      C('zksync-bridge', 1, 'Bridgehub'),
      fn(
        [
          'struct L2TransactionRequestDirect { uint256 chainId; uint256 mintValue; address l2Contract; uint256 l2Value; bytes l2Calldata; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; bytes[] factoryDeps; address refundRecipient; }',
          'function requestL2TransactionDirect(L2TransactionRequestDirect request) payable returns (bytes32)',
        ],
        [{ chainId: 324n, mintValue: mint, l2Contract: p.user, l2Value: parseEther('1.2'), l2Calldata: '0x', l2GasLimit: 400_000n, l2GasPerPubdataByteLimit: 800n, factoryDeps: [], refundRecipient: p.user }],
      ),
      mint,
    );
    const ss = O('syncswap');
    const router = C('syncswap', 324, 'Router');
    const swap = [
      'struct SwapStep { address pool; bytes data; address callback; bytes callbackData; }',
      'struct SwapPath { SwapStep[] steps; address tokenIn; uint256 amountIn; }',
      'function swap(SwapPath[] paths, uint256 amountOutMin, uint256 deadline) payable returns (uint256)',
    ];
    p.at('2026-02-12T09:40:00Z').connect(ss, 324);
    p.wait(1).switchTo(ss, 324);
    p.wait(2).tx(ss, 324, router, fn(swap, [
      [{ steps: [{ pool: SYNCSWAP_ETH_USDC, data: enc('address, address, uint8', [T.zks.WETH, p.user, 1]), callback: zeroAddress, callbackData: '0x' }], tokenIn: zeroAddress, amountIn: parseEther('0.5') }],
      parseUnits('1540', 6),
      p.deadline(),
    ]), parseEther('0.5'));
    p.at('2026-03-02T15:25:00Z').connect(ss, 324);
    p.wait(1).approveFromWallet(324, T.zks.USDC, router, parseUnits('800', 6));
    p.wait(1).tx(ss, 324, router, fn(swap, [
      [{ steps: [{ pool: SYNCSWAP_ETH_USDC, data: enc('address, address, uint8', [T.zks.USDC, p.user, 1]), callback: zeroAddress, callbackData: '0x' }], tokenIn: T.zks.USDC, amountIn: parseUnits('800', 6) }],
      parseEther('0.255'),
      p.deadline(),
    ]));
    const across = O('across', 'https://app.');
    p.at('2026-04-04T10:50:00Z').connect(across, 324);
    p.wait(2).tx(
      across,
      324,
      C('across', 324, 'SpokePool'),
      fn(ACROSS_DEPOSIT_V3, [p.user, p.user, T.zks.WETH, T.arb.WETH, parseEther('0.7'), parseEther('0.6991'), 42161n, zeroAddress, p.now() - 30, p.now() + 4 * 3600, 0, '0x']),
      parseEther('0.7'),
    );
  },
);

persona(
  'stablecoin-yield-farmer',
  'Farms stablecoin yield: Curve 3pool LP staked in Convex, a Yearn v3 USDC vault, veCRV and staked cvxCRV',
  {
    used: ['curve', 'convex', 'yearn'],
    goodCategories: ['yield', 'dex', 'lending', 'cdp-stablecoin'],
    goodDapps: ['aura', 'stake-dao', 'beefy', 'pendle', 'sky', 'ethena', 'morpho', 'spark', 'sommelier', 'idle', 'tokemak', 'frax', 'inverse-finance', 'gearbox', 'summer-fi'],
  },
  (p) => {
    const curve = O('curve', 'https://curve.finance');
    const threePool = C('curve', 1, '3pool');
    p.at('2026-01-07T11:00:00Z').connect(curve, 1);
    p.wait(2).approveFromWallet(1, T.eth.USDC, threePool, parseUnits('50000', 6));
    p.wait(1).tx(curve, 1, threePool, fn('function add_liquidity(uint256[3] amounts, uint256 min_mint_amount)', [[0n, parseUnits('50000', 6), 0n], parseEther('48600')]));
    const convex = O('convex', 'https://curve.');
    const booster = C('convex', 1, 'Booster');
    p.at('2026-01-07T11:30:00Z').connect(convex, 1);
    p.wait(1).approveFromWallet(1, T.eth.threeCrv, booster, parseEther('48700'));
    p.wait(1).tx(convex, 1, booster, fn('function deposit(uint256 _pid, uint256 _amount, bool _stake) returns (bool)', [9n, parseEther('48700'), true]));
    const yearn = O('yearn', 'https://yearn.fi');
    const yvUSDC = C('yearn', 1, 'yvUSDC');
    p.at('2026-01-21T14:10:00Z').connect(yearn, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, yvUSDC, parseUnits('20000', 6));
    p.wait(1).tx(yearn, 1, yvUSDC, fn(ERC4626_DEPOSIT, [parseUnits('20000', 6), p.user]));
    const veCRV = C('curve', 1, 'veCRV');
    p.at('2026-02-10T09:20:00Z').connect(curve, 1);
    p.wait(1).approveFromWallet(1, T.eth.CRV, veCRV, parseEther('5000'));
    p.wait(1).tx(curve, 1, veCRV, fn('function create_lock(uint256 _value, uint256 _unlock_time)', [parseEther('5000'), BigInt(p.now() + 4 * 365 * 86400)]));
    p.at('2026-03-03T16:00:00Z').connect(convex, 1);
    const cvxCRV = C('convex', 1, 'cvxCRV');
    const stk = C('convex', 1, 'Staked cvxCRV');
    p.wait(2).batch(convex, 1, [
      { to: cvxCRV, data: approve(stk, parseEther('1200')) },
      { to: stk, data: fn('function stake(uint256 _amount, address _to)', [parseEther('1200'), p.user]) },
    ]);
    p.at('2026-04-15T10:30:00Z').connect(curve, 1);
    p.wait(1).tx(curve, 1, threePool, fn('function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy)', [1n, 2n, parseUnits('5000', 6), parseUnits('4996', 6)]));
    p.at('2026-05-27T12:00:00Z').connect(yearn, 1);
    p.wait(1).tx(yearn, 1, yvUSDC, fn('function redeem(uint256 shares, address receiver, address owner) returns (uint256)', [parseUnits('5000', 6), p.user, p.user]));
  },
);

persona(
  'pendle-yield-trader',
  'Trades fixed and variable yield on Pendle: buys PT and YT of sUSDe and srUSDe, adds liquidity, locks vePENDLE',
  {
    // Trades through USDe, approved from the wallet on Ethena's contract: Ethena is in use.
    used: ['pendle', 'ethena'],
    goodCategories: ['yield', 'cdp-stablecoin', 'lending'],
    goodDapps: ['spectra', 'ipor', 'notional', 'term-finance', 'morpho', 'euler', 'gearbox', 'resolv', 'usual', 'level', 'falcon-finance', 'contango'],
  },
  (p) => {
    const pendle = O('pendle', 'https://app.');
    const router = C('pendle', 1, 'Router V4');
    const usde = C('ethena', 1, 'USDe');
    const input = (amount: bigint) => ({ tokenIn: usde, netTokenIn: amount, tokenMintSy: usde, pendleSwap: zeroAddress, swapData: pendleNoSwap });
    p.at('2026-01-13T10:00:00Z').connect(pendle, 1);
    p.wait(1).approveFromWallet(1, usde, router, maxUint256);
    p.wait(2).tx(pendle, 1, router, fn([...PENDLE_STRUCTS, 'function swapExactTokenForPt(address receiver, address market, uint256 minPtOut, ApproxParams guessPtOut, TokenInput input, LimitOrderData limit) payable returns (uint256, uint256, uint256)'], [
      p.user, PENDLE_MARKET_SUSDE_MAY26, parseEther('30500'), pendleApprox(parseEther('30650')), input(parseEther('30000')), pendleNoLimit,
    ]));
    p.at('2026-01-29T21:30:00Z').tx(pendle, 1, router, fn([...PENDLE_STRUCTS, 'function swapExactTokenForYt(address receiver, address market, uint256 minYtOut, ApproxParams guessYtOut, TokenInput input, LimitOrderData limit) payable returns (uint256, uint256, uint256)'], [
      p.user, PENDLE_MARKET_SUSDE_MAY26, parseEther('61000'), pendleApprox(parseEther('61800')), input(parseEther('2000')), pendleNoLimit,
    ]));
    p.at('2026-02-14T09:45:00Z').typed(pendle, 1, 'Order', { name: 'Pendle Limit Order Protocol', version: '1', chainId: 1, verifyingContract: A('0x000000000000c9B3E2C3Ec88B1B4c0cD853f4321') });
    p.at('2026-03-02T13:15:00Z').tx(pendle, 1, router, fn([...PENDLE_STRUCTS, 'function addLiquiditySingleToken(address receiver, address market, uint256 minLpOut, ApproxParams guessPtReceivedFromSy, TokenInput input, LimitOrderData limit) payable returns (uint256, uint256, uint256)'], [
      p.user, PENDLE_MARKET_SRUSDE_JUN26, parseEther('4850'), pendleApprox(parseEther('2400')), input(parseEther('10000')), pendleNoLimit,
    ]));
    const PENDLE = C('pendle', 1, 'PENDLE token');
    const ve = C('pendle', 1, 'vePENDLE');
    p.at('2026-03-09T18:00:00Z').batch(pendle, 1, [
      { to: PENDLE, data: approve(ve, parseEther('2500')) },
      { to: ve, data: fn('function increaseLockPosition(uint128 additionalAmountToLock, uint128 newExpiry) returns (uint128)', [parseEther('2500'), 1_805_068_800n]) },
    ]);
    const pt = A('0x3de0ff76E8b528C092d47b9DaC775931cef80F49');
    p.at('2026-04-20T08:30:00Z').approveFromWallet(1, pt, router, parseEther('30500'));
    p.wait(1).tx(pendle, 1, router, fn([...PENDLE_STRUCTS, 'function swapExactPtForToken(address receiver, address market, uint256 exactPtIn, TokenOutput output, LimitOrderData limit) returns (uint256, uint256, uint256)'], [
      p.user, PENDLE_MARKET_SUSDE_MAY26, parseEther('30500'), { tokenOut: usde, minTokenOut: parseEther('30300'), tokenRedeemSy: usde, pendleSwap: zeroAddress, swapData: pendleNoSwap }, pendleNoLimit,
    ]));
    p.at('2026-05-03T10:10:00Z').switchTo(pendle, 42161);
    p.wait(2).connect(pendle, 42161);
  },
);

persona(
  'ethena-susde-holder',
  'Buys USDe with CoW Swap limit orders, stakes it as sUSDe, stakes ENA and cools down sUSDe to unstake',
  {
    used: ['ethena', 'cow-swap'],
    goodCategories: ['cdp-stablecoin', 'yield', 'lending'],
    goodDapps: ['pendle', 'resolv', 'level', 'falcon-finance', 'usual', 'sky', 'frax', 'spark', 'morpho', 'euler', 'aave', 'spectra', 'gearbox'],
  },
  (p) => {
    const cow = O('cow-swap', 'https://swap.');
    const relayer = C('cow-swap', 1, 'GPv2VaultRelayer');
    p.at('2026-02-01T10:00:00Z').connect(cow, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, relayer, maxUint256);
    p.wait(2).cowOrder(cow, 1);
    const ethena = O('ethena', 'https://app.');
    const usde = C('ethena', 1, 'USDe');
    const susde = C('ethena', 1, 'sUSDe');
    p.at('2026-02-01T11:15:00Z').connect(ethena, 1);
    p.wait(2).batch(ethena, 1, [
      { to: usde, data: approve(susde, parseEther('40000')) },
      { to: susde, data: fn(ERC4626_DEPOSIT, [parseEther('40000'), p.user]) },
    ]);
    p.wait(1).watch(ethena, 1, susde, 'sUSDe', 18);
    p.at('2026-02-26T09:40:00Z').connect(cow, 1);
    p.wait(1).cowOrder(cow, 1);
    p.wait(30).cowOrder(cow, 1);
    const ena = C('ethena', 1, 'ENA token');
    const sena = C('ethena', 1, 'sENA');
    p.at('2026-03-04T19:00:00Z').connect(ethena, 1);
    p.wait(2).batch(ethena, 1, [
      { to: ena, data: approve(sena, parseEther('15000')) },
      { to: sena, data: fn(ERC4626_DEPOSIT, [parseEther('15000'), p.user]) },
    ]);
    p.at('2026-03-30T08:20:00Z').batch(ethena, 1, [
      { to: usde, data: approve(susde, parseEther('12000')) },
      { to: susde, data: fn(ERC4626_DEPOSIT, [parseEther('12000'), p.user]) },
    ]);
    p.at('2026-05-19T12:00:00Z').connect(ethena, 1);
    p.wait(1).tx(ethena, 1, susde, fn('function cooldownShares(uint256 shares) returns (uint256)', [parseEther('10000')]));
    p.at('2026-05-26T12:30:00Z').tx(ethena, 1, susde, fn('function unstake(address receiver)', [p.user]));
  },
);

persona(
  'rwa-investor',
  'Holds tokenised treasuries and private credit: Ondo USDY, Maple syrupUSDC and OpenEden TBILL',
  {
    used: ['ondo', 'maple', 'openeden'],
    goodCategories: ['rwa', 'cdp-stablecoin', 'lending'],
    goodDapps: ['superstate', 'midas', 'centrifuge', 'backed', 'securitize', 'spiko', 'goldfinch', 'clearpool', 'truefi', 'usual', 'sky', 'frax', 'ethena'],
  },
  (p) => {
    const ondo = O('ondo');
    p.at('2026-01-16T15:00:00Z').connect(ondo, 1);
    p.wait(3).personalSign(ondo, 1);
    p.wait(1).watch(ondo, 1, C('ondo', 1, 'USDY (Ethereum)'), 'USDY', 18);
    const maple = O('maple', 'https://app.');
    const syrup = C('maple', 1, 'syrupUSDC');
    p.at('2026-02-03T10:30:00Z').connect(maple, 1);
    p.wait(2).personalSign(maple, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, syrup, parseUnits('100000', 6));
    p.wait(1).tx(maple, 1, syrup, fn(ERC4626_DEPOSIT, [parseUnits('100000', 6), p.user]));
    const oe = O('openeden', 'https://app.');
    const tbill = C('openeden', 1, 'TBILL');
    p.at('2026-02-24T13:45:00Z').connect(oe, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, tbill, parseUnits('50000', 6));
    p.wait(1).tx(oe, 1, tbill, fn('function deposit(uint256 _assets, address _receiver)', [parseUnits('50000', 6), p.user]));
    p.at('2026-04-08T09:10:00Z').connect(maple, 1);
    p.wait(1).tx(maple, 1, syrup, fn('function requestRedeem(uint256 shares, address owner) returns (uint256)', [parseUnits('20000', 6), p.user]));
    p.at('2026-05-12T11:00:00Z').connect(ondo, 1);
    p.wait(1).personalSign(ondo, 1);
  },
);

persona(
  'newcomer-connect-and-swap',
  'First day in crypto: connects to Uniswap and swaps some ETH for USDC on Ethereum',
  {
    used: ['uniswap'],
    goodCategories: ['dex-aggregator', 'lending', 'liquid-staking', 'portfolio-tools', 'security-tools'],
    goodDapps: ['aave', 'lido', 'ens', 'cow-swap', '1inch', 'zerion', 'revoke-cash', 'safe', 'metamask-portfolio', 'across', 'opensea', 'rocket-pool'],
  },
  (p) => {
    const uni = O('uniswap', 'https://app.');
    p.at('2026-09-14T10:20:00Z').connect(uni, 1);
    p.wait(3).tx(uni, 1, C('uniswap', 1, 'Universal Router (v4)'), urEthToToken(parseEther('0.1'), parseUnits('305', 6), T.eth.WETH, 500, T.eth.USDC, p.deadline()), parseEther('0.1'));
  },
);

persona(
  'newcomer-single-bridge',
  'Only action so far: bridged ETH from Ethereum to Base with the official Base bridge',
  {
    used: ['base-bridge'],
    goodCategories: ['dex', 'lending', 'naming', 'social'],
    goodDapps: ['aerodrome', 'uniswap', 'basenames', 'moonwell', 'aave', 'zora', 'morpho', 'warpcast', 'across', 'relay'],
    // The deposit lands on Base: the user now holds ETH there, so Base counts as one of their chains.
    extraChains: [8453],
  },
  (p) => {
    p.at('2026-10-02T18:05:00Z').tx(
      O('base-bridge'),
      1,
      C('base-bridge', 1, 'L1StandardBridge'),
      fn('function depositETH(uint32 _minGasLimit, bytes _extraData) payable', [200_000, '0x']),
      parseEther('0.25'),
    );
  },
);

persona(
  'ens-name-owner',
  'Registers and renews .eth names on the ENS app and sets resolver records (address, avatar, socials)',
  {
    used: ['ens'],
    goodCategories: ['naming', 'social', 'governance'],
    goodDapps: ['ens-vision', 'efp', 'clusters', 'unstoppable-domains', 'snapshot', 'poap', 'eas', 'guild', 'warpcast', 'delegate-xyz'],
  },
  (p) => {
    const ens = O('ens', 'https://app.');
    const controller = C('ens', 1, 'ETHRegistrarController (2025)');
    const resolver = C('ens', 1, 'Public Resolver');
    const label = 'tidewatcher';
    const node = namehash(`${label}.eth`);
    const reg = {
      label,
      owner: p.user,
      duration: 3n * 365n * 86400n,
      secret: b32('ens-secret'),
      resolver,
      data: [fn('function setAddr(bytes32 node, address a)', [node, p.user])],
      reverseRecord: 1,
      referrer: zeroHash,
    };
    p.at('2026-01-10T12:00:00Z').connect(ens, 1);
    p.wait(2).tx(ens, 1, controller, fn([...ENS_REGISTRATION, 'function commit(bytes32 commitment)'], [b32('ens-commitment')]));
    p.wait(2).tx(ens, 1, controller, fn([...ENS_REGISTRATION, 'function register(Registration registration) payable'], [reg]), parseEther('0.0061'));
    p.at('2026-01-11T09:30:00Z').tx(
      ens,
      1,
      resolver,
      fn('function multicall(bytes[] data) returns (bytes[])', [
        [
          fn('function setText(bytes32 node, string key, string value)', [node, 'avatar', 'eip155:1/erc721:0xbd3531da5cf5857e7cfaa92426877b022e612cf8/6873']),
          fn('function setText(bytes32 node, string key, string value)', [node, 'com.twitter', 'tidewatcher']),
          fn('function setText(bytes32 node, string key, string value)', [node, 'url', 'https://tidewatcher.xyz']),
        ],
      ]),
    );
    p.at('2026-03-02T20:00:00Z').connect(ens, 1);
    p.wait(3).tx(ens, 1, controller, fn('function renew(string label, uint256 duration, bytes32 referrer) payable', ['harborlight', 2n * 365n * 86400n, zeroHash]), parseEther('0.0042'));
    const sub = namehash(`pay.${label}.eth`);
    p.at('2026-04-18T10:15:00Z').tx(
      ens,
      1,
      C('ens', 1, 'ENS Registry'),
      fn('function setSubnodeRecord(bytes32 node, bytes32 label, address owner, address resolver, uint64 ttl)', [node, keccak256(toHex('pay')), p.user, resolver, 0n]),
    );
    p.wait(2).tx(ens, 1, resolver, fn('function setAddr(bytes32 node, address a)', [sub, p.user]));
  },
);

persona(
  'gamer',
  'Buys game items with MAGIC on Treasure, trades Decentraland wearables with MANA, plays Aavegotchi and Sunflower Land',
  {
    used: ['treasure', 'decentraland', 'aavegotchi', 'sunflower-land'],
    goodCategories: ['gaming', 'nft-marketplace'],
    goodDapps: ['parallel', 'the-sandbox', 'frenpet', 'fantasy-top', 'magic-eden', 'opensea'],
  },
  (p) => {
    const treasure = O('treasure', 'https://app.');
    const market = C('treasure', 42161, 'Treasure Marketplace');
    const magic = C('treasure', 42161, 'MAGIC');
    const buyItems = [
      'struct BuyItemParams { address nftAddress; uint256 tokenId; address owner; uint64 quantity; uint128 maxPricePerItem; address paymentToken; bool usingEth; }',
      'function buyItems(BuyItemParams[] _buyItemParams) payable',
    ];
    p.at('2026-01-24T19:00:00Z').connect(treasure, 42161);
    p.wait(5).batch(treasure, 42161, [
      { to: magic, data: approve(market, parseEther('450')) },
      { to: market, data: fn(buyItems, [[{ nftAddress: party('treasure-legions'), tokenId: 3_391n, owner: party('treasure-seller-1'), quantity: 1n, maxPricePerItem: parseEther('450'), paymentToken: magic, usingEth: false }]]) },
    ]);
    p.at('2026-02-07T20:30:00Z').tx(treasure, 42161, market, fn(buyItems, [[{ nftAddress: party('treasure-consumables'), tokenId: 8n, owner: party('treasure-seller-2'), quantity: 5n, maxPricePerItem: parseEther('12'), paymentToken: magic, usingEth: false }]]));
    const dcl = O('decentraland', 'https://market.');
    const dclMarket = C('decentraland', 137, 'Marketplace (wearables');
    p.at('2026-02-21T17:10:00Z').connect(dcl, 137);
    p.wait(1).approveFromWallet(137, T.poly.MANA, dclMarket, parseEther('300'));
    p.wait(1).tx(dcl, 137, dclMarket, fn('function executeOrder(address nftAddress, uint256 assetId, uint256 price)', [party('dcl-wearable-collection'), 105_312_291_668_557_186_697_918_027_683_670_432_318_895_095_400_549_111_254_310_977_537n, parseEther('120')]));
    const gotchi = O('aavegotchi', 'https://app.');
    p.at('2026-03-08T09:00:00Z').connect(gotchi, 8453);
    p.wait(1).personalSign(gotchi, 8453);
    p.wait(2).switchTo(gotchi, 137);
    p.wait(1).tx(gotchi, 137, C('aavegotchi', 137, 'Aavegotchi Diamond'), fn('function interact(uint256[] _tokenIds)', [[14_522n, 20_117n]]));
    const sfl = O('sunflower-land');
    p.at('2026-03-15T18:40:00Z').connect(sfl, 8453);
    p.wait(1).personalSign(sfl, 8453);
    p.at('2026-04-01T18:00:00Z').connect(sfl, 8453);
    p.wait(1).personalSign(sfl, 8453);
    p.at('2026-04-19T21:15:00Z').connect(treasure, 42161);
    p.wait(2).batch(treasure, 42161, [
      { to: magic, data: approve(market, parseEther('90')) },
      { to: market, data: fn(buyItems, [[{ nftAddress: party('treasure-legions'), tokenId: 1_207n, owner: party('treasure-seller-3'), quantity: 1n, maxPricePerItem: parseEther('90'), paymentToken: magic, usingEth: false }]]) },
    ]);
  },
);

persona(
  'social-onchain',
  'Registers a Farcaster account on Optimism, signs in with Farcaster, follows profiles on Lens via Hey, uses EFP and Paragraph',
  {
    used: ['warpcast', 'hey', 'lens', 'efp', 'paragraph'],
    goodCategories: ['social', 'nft-mint', 'naming'],
    goodDapps: ['supercast', 'orb', 'mirror', 'zora', 'guild', 'galxe', 'layer3', 'eas', 'talent-protocol', 'towns', 'basenames', 'clusters'],
  },
  (p) => {
    const fc = O('warpcast', 'https://farcaster.xyz');
    p.at('2026-01-04T16:00:00Z').connect(fc, 10);
    p.wait(1).switchTo(fc, 10);
    p.wait(2).tx(fc, 10, C('warpcast', 10, 'IdGateway'), fn('function register(address recovery) payable returns (uint256, uint256)', [party('fc-recovery')]), parseEther('0.0012'));
    p.wait(2).tx(fc, 10, C('warpcast', 10, 'KeyGateway'), fn('function add(uint32 keyType, bytes key, uint8 metadataType, bytes metadata)', [1, b32('fc-signer-key'), 1, enc('uint256, address, bytes, uint256', [9152n, party('fc-app'), sigBlob('fc-meta'), BigInt(p.now() + 3600)])]));
    p.wait(1).personalSign(fc, 10);
    p.at('2026-02-11T12:30:00Z').tx(fc, 10, C('warpcast', 10, 'StorageRegistry'), fn('function rent(uint256 fid, uint256 units) payable returns (uint256)', [1_082_334n, 1n]), parseEther('0.0011'));
    const hey = O('hey');
    p.at('2026-02-15T09:20:00Z').connect(hey, 137);
    p.wait(1).personalSign(hey, 137);
    p.wait(3).tx(hey, 137, C('hey', 137, 'LensHub'), fn('function follow(uint256 followerProfileId, uint256[] idsOfProfilesToFollow, uint256[] followTokenIds, bytes[] datas) returns (uint256[])', [118_204n, [5n, 36_811n, 91_047n], [0n, 0n, 0n], ['0x', '0x', '0x']]));
    p.at('2026-03-01T14:00:00Z').connect(O('efp', 'https://efp.app'), 8453);
    p.wait(2).personalSign(O('efp', 'https://efp.app'), 8453);
    p.at('2026-03-19T10:45:00Z').connect(O('paragraph', 'https://paragraph.com'), 8453);
    p.wait(1).personalSign(O('paragraph', 'https://paragraph.com'), 8453);
    p.at('2026-04-22T19:10:00Z').connect(fc, 10);
    p.wait(1).personalSign(fc, 10);
  },
);

persona(
  'prediction-market-bettor',
  'Bets on Polymarket (CLOB orders, redeems winnings), Azuro sports markets on Polygon and Limitless on Base',
  {
    used: ['polymarket', 'azuro', 'limitless'],
    goodCategories: ['prediction-market', 'perps', 'gaming'],
    goodDapps: ['overtime', 'polkamarkets', 'betswirl', 'fantasy-top', 'avantis', 'gains-network'],
  },
  (p) => {
    const pm = O('polymarket');
    const ctfExchange = C('polymarket', 137, 'CTF Exchange');
    const ct = C('polymarket', 137, 'Conditional Tokens');
    const orderDomain: Domain = { name: 'Polymarket CTF Exchange', version: '1', chainId: 137, verifyingContract: ctfExchange };
    p.at('2026-01-18T20:00:00Z').connect(pm, 137);
    p.wait(1).typed(pm, 137, 'ClobAuth', { name: 'ClobAuthDomain', version: '1', chainId: 137 });
    p.wait(1).approveFromWallet(137, T.poly.USDCe, ctfExchange, maxUint256);
    p.wait(1).tx(pm, 137, ct, fn('function setApprovalForAll(address operator, bool approved)', [ctfExchange, true]));
    p.wait(2).typed(pm, 137, 'Order', orderDomain);
    p.at('2026-01-25T22:40:00Z').typed(pm, 137, 'Order', orderDomain);
    p.wait(10).typed(pm, 137, 'Order', orderDomain);
    p.at('2026-02-09T08:00:00Z').tx(pm, 137, ct, fn('function redeemPositions(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] indexSets)', [T.poly.USDCe, zeroHash, b32('pm-condition-superbowl'), [1n, 2n]]));
    const azuro = O('azuro', 'https://gem.');
    const lp = C('azuro', 137, 'Azuro LP');
    p.at('2026-02-14T17:30:00Z').connect(azuro, 137);
    p.wait(1).approveFromWallet(137, T.poly.USDT, lp, parseUnits('200', 6));
    p.wait(1).tx(azuro, 137, lp, fn(['struct BetData { address affiliate; uint64 minOdds; bytes data; }', 'function bet(address core, uint128 amount, uint64 expiresAt, BetData betData) returns (uint256)'], [
      party('azuro-prematch-core'),
      parseUnits('50', 6),
      BigInt(p.now() + 1800),
      { affiliate: zeroAddress, minOdds: 1_850_000_000_000n, data: enc('uint256, uint64', [100_100_000_000_000_154_238n, 29n]) },
    ]));
    const lim = O('limitless');
    p.at('2026-03-03T13:00:00Z').connect(lim, 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, C('limitless', 8453, 'CLOB exchange'), maxUint256);
    p.wait(1).tx(lim, 8453, C('limitless', 8453, 'Conditional Tokens'), fn('function setApprovalForAll(address operator, bool approved)', [C('limitless', 8453, 'CLOB exchange'), true]));
    p.wait(1).typed(lim, 8453, 'Order', { name: 'Limitless CTF Exchange', version: '1', chainId: 8453, verifyingContract: C('limitless', 8453, 'CLOB exchange') });
    p.at('2026-03-27T21:20:00Z').connect(pm, 137);
    p.wait(1).typed(pm, 137, 'Order', orderDomain);
    p.at('2026-04-15T09:00:00Z').tx(pm, 137, ct, fn('function redeemPositions(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] indexSets)', [T.poly.USDCe, zeroHash, b32('pm-condition-fed-april'), [1n, 2n]]));
  },
);

persona(
  'payments-user',
  'Runs a small team treasury: Sablier vesting streams, Superfluid salary stream, Request Network invoices and Disperse airdrops',
  {
    used: ['sablier', 'superfluid', 'request-network', 'disperse'],
    goodCategories: ['payments', 'security-tools', 'governance'],
    goodDapps: ['llamapay', 'splits', 'drips', 'hedgey', 'peanut', 'daimo', 'coordinape', 'giveth', 'unlock-protocol', 'safe', 'den', 'juicebox'],
  },
  (p) => {
    const sab = O('sablier', 'https://app.');
    const lockupArb = C('sablier', 42161, 'SablierLockup');
    p.at('2026-01-05T09:00:00Z').connect(sab, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, lockupArb, parseUnits('36000', 6));
    p.wait(2).tx(sab, 42161, lockupArb, fn([
      'struct CreateWithDurations { address sender; address recipient; uint128 depositAmount; address token; bool cancelable; bool transferable; string shape; }',
      'struct UnlockAmounts { uint128 start; uint128 cliff; }',
      'struct Durations { uint40 cliff; uint40 total; }',
      'function createWithDurationsLL(CreateWithDurations params, UnlockAmounts unlockAmounts, Durations durations) payable returns (uint256)',
    ], [
      { sender: p.user, recipient: party('contributor-ana'), depositAmount: parseUnits('36000', 6), token: T.arb.USDC, cancelable: true, transferable: false, shape: 'linear' },
      { start: 0n, cliff: 0n },
      { cliff: 90 * 86400, total: 365 * 86400 },
    ]), parseEther('0.00035'));
    const sf = O('superfluid', 'https://app.');
    p.at('2026-01-15T14:20:00Z').connect(sf, 8453);
    p.wait(2).tx(sf, 8453, C('superfluid', 8453, 'CFAv1Forwarder'), fn('function createFlow(address token, address sender, address receiver, int96 flowrate, bytes userData) returns (bool)', [
      T.base.USDCx,
      p.user,
      party('contributor-ben'),
      1_543_209_876_543n, // ~4,000 USDCx a month
      '0x',
    ]));
    const req = O('request-network');
    const feeProxy = C('request-network', 137, 'ERC20FeeProxy');
    p.at('2026-02-03T11:00:00Z').connect(req, 137);
    p.wait(1).approveFromWallet(137, T.poly.USDC, feeProxy, parseUnits('2750', 6));
    p.wait(1).tx(req, 137, feeProxy, fn('function transferFromWithReferenceAndFee(address _tokenAddress, address _to, uint256 _amount, bytes _paymentReference, uint256 _feeAmount, address _feeAddress)', [
      T.poly.USDC, party('designer-invoice'), parseUnits('2750', 6), '0x7a3c91e04b2d8f16', 0n, zeroAddress,
    ]));
    const disperse = O('disperse');
    const d = C('disperse', 1, 'Disperse');
    const recipients = [1, 2, 3, 4, 5, 6].map((i) => party(`airdrop-${i}`));
    p.at('2026-02-20T16:30:00Z').connect(disperse, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, d, parseUnits('3000', 6));
    p.wait(1).tx(disperse, 1, d, fn('function disperseToken(address token, address[] recipients, uint256[] values)', [T.eth.USDC, recipients, recipients.map(() => parseUnits('500', 6))]));
    p.at('2026-03-31T10:00:00Z').tx(disperse, 1, d, fn('function disperseEther(address[] recipients, uint256[] values) payable', [recipients.slice(0, 3), [parseEther('0.05'), parseEther('0.05'), parseEther('0.05')]]), parseEther('0.15'));
    p.at('2026-04-10T08:45:00Z').connect(sab, 1);
    p.wait(1).tx(sab, 1, C('sablier', 1, 'SablierLockup'), fn('function withdrawMax(uint256 streamId, address to) payable returns (uint128)', [2_418n, p.user]), parseEther('0.0003'));
    p.at('2026-05-01T09:30:00Z').connect(sf, 8453);
    p.wait(1).tx(sf, 8453, C('superfluid', 8453, 'CFAv1Forwarder'), fn('function setFlowrate(address token, address receiver, int96 flowrate) returns (bool)', [T.base.USDCx, party('contributor-ben'), 1_929_012_345_679n]));
  },
);

persona(
  'security-minded',
  'Keeps funds in a 2-of-2 Safe on Base, delegates a hot wallet with delegate.xyz and cleans up approvals on Revoke.cash',
  {
    used: ['safe', 'revoke-cash', 'delegate-xyz'],
    goodCategories: ['security-tools', 'portfolio-tools'],
    goodDapps: ['harpie', 'de-fi', 'pocket-universe', 'blockaid', 'scam-sniffer', 'web3-antivirus', 'kerberus', 'goplus', 'den', 'chainabuse', 'honeypot-is', 'zerion'],
  },
  (p) => {
    const safe = O('safe', 'https://app.');
    const setup = fn('function setup(address[] _owners, uint256 _threshold, address to, bytes data, address fallbackHandler, address paymentToken, uint256 payment, address paymentReceiver)', [
      [p.user, party('safe-cosigner-ledger')],
      2n,
      zeroAddress,
      '0x',
      SAFE_FALLBACK,
      zeroAddress,
      0n,
      zeroAddress,
    ]);
    p.at('2026-01-03T10:00:00Z').connect(safe, 8453);
    p.wait(4).tx(safe, 8453, C('safe', 8453, 'SafeProxyFactory 1.4.1'), fn('function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address)', [
      C('safe', 8453, 'SafeL2 singleton'),
      setup,
      1_767_434_400_000n,
    ]));
    const mySafe = party('security-safe');
    p.at('2026-01-09T12:15:00Z').connect(safe, 8453);
    p.wait(2).typed(safe, 8453, 'SafeTx', { chainId: 8453, verifyingContract: mySafe });
    p.at('2026-02-02T18:00:00Z').typed(safe, 8453, 'SafeTx', { chainId: 8453, verifyingContract: mySafe });
    const dx = O('delegate-xyz');
    p.at('2026-02-08T20:30:00Z').connect(dx, 1);
    p.wait(2).tx(dx, 1, C('delegate-xyz', 1, 'DelegateRegistry v2'), fn('function delegateAll(address to, bytes32 rights, bool enable) payable returns (bytes32)', [party('hot-wallet'), zeroHash, true]));
    const revoke = O('revoke-cash');
    p.at('2026-02-15T09:00:00Z').connect(revoke, 1);
    p.wait(2).approveFromWallet(1, T.eth.USDC, party('old-dex-router'), 0n);
    p.wait(1).approveFromWallet(1, T.eth.USDT, party('old-bridge'), 0n);
    p.wait(1).tx(null, 1, NFT.milady, fn('function setApprovalForAll(address operator, bool approved)', [party('old-nft-market'), false]));
    p.wait(3).switchTo(revoke, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, party('old-perps-router'), 0n);
    p.wait(2).switchTo(revoke, 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, party('airdrop-scam'), 0n);
    p.at('2026-04-12T10:00:00Z').connect(revoke, 1);
    p.wait(2).approveFromWallet(1, T.eth.WETH, party('old-nft-market'), 0n);
  },
);

persona(
  'portfolio-watcher',
  'Never transacts from dApps: connects to Zapper, DeBank and Zerion to follow balances across chains',
  {
    used: ['zapper', 'debank', 'zerion'],
    goodCategories: ['portfolio-tools', 'security-tools'],
    goodDapps: ['octav', 'coinstats', 'metamask-portfolio', 'revoke-cash', 'defi-saver', 'revert-finance', 'de-fi', 'safe'],
  },
  (p) => {
    p.at('2026-01-02T08:00:00Z').connect(O('zapper'), 1);
    p.wait(1).personalSign(O('zapper'), 1);
    p.at('2026-01-02T08:30:00Z').connect(O('debank'), 1);
    p.wait(1).personalSign(O('debank'), 1);
    p.at('2026-01-16T19:10:00Z').connect(O('zerion', 'https://app.'), 1);
    p.wait(2).switchTo(O('zerion', 'https://app.'), 8453);
    p.at('2026-02-01T07:45:00Z').connect(O('debank'), 1);
    p.at('2026-02-20T21:00:00Z').connect(O('zapper'), 8453);
    p.wait(1).switchTo(O('zapper'), 42161);
    p.at('2026-03-15T09:20:00Z').connect(O('zerion', 'https://app.'), 1);
    p.wait(1).personalSign(O('zerion', 'https://app.'), 1);
    p.at('2026-04-04T12:00:00Z').connect(O('debank'), 1);
  },
);

persona(
  'multichain-aggregator-user',
  'Gets the best price via aggregators: 1inch (swaps and Fusion), CoW Swap, Matcha and ParaSwap on Ethereum, Arbitrum and Base',
  {
    used: ['1inch', 'cow-swap', 'matcha', 'paraswap'],
    goodCategories: ['dex-aggregator', 'dex', 'bridge'],
    goodDapps: ['kyberswap', 'odos', 'openocean', 'llamaswap', 'bebop', 'jumper', 'bungee', 'relay', 'rango', 'squid', 'hashflow', 'uniswap', 'curve'],
  },
  (p) => {
    const oneinch = O('1inch', 'https://app.');
    const r6 = C('1inch', 1, 'AggregationRouterV6');
    p.at('2026-01-11T13:00:00Z').connect(oneinch, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, r6, parseUnits('15000', 6));
    p.wait(2).tx(oneinch, 1, r6, fn([
      'struct SwapDescription { address srcToken; address dstToken; address srcReceiver; address dstReceiver; uint256 amount; uint256 minReturnAmount; uint256 flags; }',
      'function swap(address executor, SwapDescription desc, bytes data) payable returns (uint256, uint256)',
    ], [
      party('1inch-executor'),
      { srcToken: T.eth.USDC, dstToken: T.eth.LINK, srcReceiver: party('1inch-executor'), dstReceiver: p.user, amount: parseUnits('15000', 6), minReturnAmount: parseEther('905'), flags: 0n },
      '0x',
    ]));
    p.at('2026-01-28T10:30:00Z').switchTo(oneinch, 42161);
    p.wait(1).typed(oneinch, 42161, 'Order', { name: '1inch Aggregation Router', version: '6', chainId: 42161, verifyingContract: C('1inch', 42161, 'AggregationRouterV6') });
    const cow = O('cow-swap', 'https://swap.');
    p.at('2026-02-06T09:15:00Z').connect(cow, 1);
    p.wait(1).approveFromWallet(1, T.eth.UNI, C('cow-swap', 1, 'GPv2VaultRelayer'), maxUint256);
    p.wait(1).cowOrder(cow, 1);
    p.wait(3).tx(cow, 1, C('cow-swap', 1, 'ETH Flow'), fn([
      'struct EthFlowOrder { address buyToken; address receiver; uint256 sellAmount; uint256 buyAmount; bytes32 appData; uint256 feeAmount; uint32 validTo; bool partiallyFillable; int64 quoteId; }',
      'function createOrder(EthFlowOrder order) payable returns (bytes32)',
    ], [{ buyToken: T.eth.USDC, receiver: p.user, sellAmount: parseEther('2'), buyAmount: parseUnits('6180', 6), appData: b32('cow-appdata'), feeAmount: 0n, validTo: p.now() + 1800, partiallyFillable: false, quoteId: 512_338_901n }]), parseEther('2'));
    p.at('2026-02-22T16:40:00Z').switchTo(cow, 42161);
    p.wait(1).cowOrder(cow, 42161);
    const matcha = O('matcha');
    const ah = C('matcha', 8453, 'AllowanceHolder');
    p.at('2026-03-04T11:00:00Z').connect(matcha, 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, ah, parseUnits('4000', 6));
    p.wait(1).tx(matcha, 8453, ah, fn('function exec(address operator, address token, uint256 amount, address target, bytes data) payable returns (bytes)', [
      party('0x-settler-base'),
      T.base.USDC,
      parseUnits('4000', 6),
      party('0x-settler-base'),
      fn(['struct AllowedSlippage { address recipient; address buyToken; uint256 minAmountOut; }', 'function execute(AllowedSlippage slippage, bytes[] actions, bytes32 zidAndAffiliate) payable returns (bool)'], [
        { recipient: p.user, buyToken: T.base.cbBTC, minAmountOut: 3_950_000n },
        [enc('address, uint256', [T.base.USDC, parseUnits('4000', 6)])],
        b32('0x-zid'),
      ]),
    ]));
    const psw = O('paraswap', 'https://app.');
    const augustus = C('paraswap', 42161, 'Augustus v6.2');
    p.at('2026-03-18T15:30:00Z').connect(psw, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.ARB, augustus, parseEther('5000'));
    p.wait(1).tx(psw, 42161, augustus, fn([
      'struct GenericData { address srcToken; address destToken; uint256 fromAmount; uint256 toAmount; uint256 quotedAmount; bytes32 metadata; address beneficiary; }',
      'function swapExactAmountIn(address executor, GenericData swapData, uint256 partnerAndFee, bytes permit, bytes executorData) payable returns (uint256, uint256, uint256)',
    ], [
      party('paraswap-executor'),
      { srcToken: T.arb.ARB, destToken: T.arb.USDC, fromAmount: parseEther('5000'), toAmount: parseUnits('2240', 6), quotedAmount: parseUnits('2251', 6), metadata: b32('psw-meta'), beneficiary: p.user },
      0n,
      '0x',
      '0x',
    ]));
    p.at('2026-04-02T10:00:00Z').connect(oneinch, 8453);
    p.wait(1).typed(oneinch, 8453, 'Order', { name: '1inch Aggregation Router', version: '6', chainId: 8453, verifyingContract: C('1inch', 8453, 'AggregationRouterV6') });
  },
);

persona(
  'options-trader',
  'Trades crypto options: Aevo (deposits USDC through its L1 bridge), Derive, Premia and Stryke on Arbitrum, and Opyn Squeeth',
  {
    used: ['aevo', 'derive', 'premia', 'stryke', 'opyn'],
    goodCategories: ['options', 'perps'],
    goodDapps: ['panoptic', 'hegic', 'moby', 'rysk', 'thetanuts', 'gmx', 'gains-network', 'vertex', 'synthetix', 'hmx'],
  },
  (p) => {
    const aevo = O('aevo', 'https://app.');
    const bridge = C('aevo', 1, 'L1 deposit bridge');
    p.at('2026-02-04T14:00:00Z').connect(aevo, 1);
    p.wait(1).typed(aevo, 1, 'Register', { name: 'Aevo Mainnet', version: '1', chainId: 1 });
    p.wait(1).approveFromWallet(1, T.eth.USDC, bridge, parseUnits('10000', 6));
    p.wait(1).tx(aevo, 1, bridge, fn('function depositERC20To(address _l1Token, address _l2Token, address _to, uint256 _amount, uint32 _minGasLimit, bytes _extraData)', [
      T.eth.USDC, AEVO_L2_USDC, p.user, parseUnits('10000', 6), 200_000, '0x',
    ]));
    const derive = O('derive', 'https://www.derive.xyz');
    p.at('2026-02-18T16:20:00Z').connect(derive, 1);
    p.wait(1).addChain(derive, 957, 'Derive');
    p.wait(1).personalSign(derive, 957);
    const premia = O('premia', 'https://app.');
    p.at('2026-03-05T12:00:00Z').connect(premia, 42161);
    p.wait(1).personalSign(premia, 42161);
    p.at('2026-03-10T09:30:00Z').connect(O('stryke', 'https://www.stryke.xyz'), 42161);
    const opyn = O('opyn', 'https://squeeth.');
    p.at('2026-03-26T19:45:00Z').connect(opyn, 1);
    p.wait(2).tx(opyn, 1, C('opyn', 1, 'Squeeth Controller'), fn('function mintWPowerPerpAmount(uint256 _vaultId, uint256 _powerPerpAmount, uint256 _uniTokenId) payable returns (uint256)', [0n, parseEther('3.5'), 0n]), parseEther('2'));
    p.at('2026-04-14T13:10:00Z').connect(aevo, 1);
    p.wait(1).typed(aevo, 1, 'Register', { name: 'Aevo Mainnet', version: '1', chainId: 1 });
  },
);

persona(
  'launchpad-participant',
  'Backs early projects: Juicebox and Gitcoin rounds, Legion and Echo raises, bonding-curve tokens on Mint Club',
  {
    used: ['juicebox', 'gitcoin', 'legion', 'echo', 'mint-club', 'fjord-foundry'],
    goodCategories: ['launchpad', 'governance', 'payments'],
    goodDapps: ['party', 'clanker', 'virtuals', 'polkastarter', 'pinksale', 'zora', 'hedgey', 'giveth', 'camelot'],
  },
  (p) => {
    const jb = O('juicebox');
    p.at('2026-01-14T17:00:00Z').connect(jb, 1);
    p.wait(2).tx(jb, 1, C('juicebox', 1, 'JBMultiTerminal'), fn('function pay(uint256 projectId, address token, uint256 amount, address beneficiary, uint256 minReturnedTokens, string memo, bytes metadata) payable returns (uint256)', [
      497n, A('0x000000000000000000000000000000000000EEEe'), parseEther('0.5'), p.user, 0n, 'gm from an early supporter', '0x',
    ]), parseEther('0.5'));
    const gc = O('gitcoin', 'https://explorer.');
    p.at('2026-02-10T12:30:00Z').connect(gc, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, C('gitcoin', 42161, 'Allo v2'), parseUnits('120', 6));
    p.wait(2).tx(gc, 42161, C('gitcoin', 42161, 'Allo v2'), fn('function allocate(uint256 _poolId, bytes _data) payable', [
      608n, enc('address, uint256', [party('gitcoin-grantee'), parseUnits('40', 6)]),
    ]));
    const legion = O('legion');
    p.at('2026-02-25T15:00:00Z').connect(legion, 1);
    p.wait(2).personalSign(legion, 1);
    p.wait(5).approveFromWallet(1, T.eth.USDC, party('legion-sale'), parseUnits('2500', 6));
    const echo = O('echo');
    p.at('2026-03-12T18:20:00Z').connect(echo, 8453);
    p.wait(1).personalSign(echo, 8453);
    const mc = O('mint-club');
    const bond = C('mint-club', 8453, 'MCV2_Bond');
    p.at('2026-03-30T20:00:00Z').connect(mc, 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, bond, parseUnits('150', 6));
    p.wait(1).tx(mc, 8453, bond, fn('function mint(address token, uint256 tokensToMint, uint256 maxReserveAmount, address receiver) returns (uint256)', [party('mintclub-token'), parseEther('25000'), parseUnits('150', 6), p.user]));
    p.at('2026-04-21T10:00:00Z').connect(O('fjord-foundry', 'https://app.'), 1);
  },
);

persona(
  'cdp-borrower',
  'Borrows stablecoins against ETH: a Liquity trove and Stability Pool deposit, a self-repaying Alchemix loan, DAI upgraded to USDS in sUSDS',
  {
    used: ['liquity', 'alchemix', 'sky'],
    goodCategories: ['cdp-stablecoin', 'lending', 'yield'],
    goodDapps: ['frax', 'inverse-finance', 'angle', 'reserve', 'gravita', 'fx-protocol', 'abracadabra', 'aave', 'spark', 'curve', 'defi-saver', 'summer-fi', 'morpho'],
  },
  (p) => {
    const lq = O('liquity', 'https://www.liquity');
    p.at('2026-01-08T09:00:00Z').connect(lq, 1);
    p.wait(2).tx(lq, 1, C('liquity', 1, 'BorrowerOperations'), fn('function openTrove(uint256 _maxFeePercentage, uint256 _LUSDAmount, address _upperHint, address _lowerHint) payable', [
      parseEther('0.005'), parseEther('12000'), party('trove-upper'), party('trove-lower'),
    ]), parseEther('8'));
    p.wait(4).tx(lq, 1, C('liquity', 1, 'StabilityPool'), fn('function provideToSP(uint256 _amount, address _frontEndTag)', [parseEther('5000'), zeroAddress]));
    const alx = O('alchemix', 'https://app.');
    const alchemist = C('alchemix', 1, 'AlchemistV2 (alUSD)');
    p.at('2026-02-04T15:30:00Z').connect(alx, 1);
    p.wait(1).approveFromWallet(1, C('sky', 1, 'DAI stablecoin'), alchemist, parseEther('20000'));
    p.wait(1).tx(alx, 1, alchemist, fn('function depositUnderlying(address yieldToken, uint256 amount, address recipient, uint256 minimumAmountOut) returns (uint256)', [T.eth.yvDAI, parseEther('20000'), p.user, parseEther('19800')]));
    p.wait(2).tx(alx, 1, alchemist, fn('function mint(uint256 amount, address recipient)', [parseEther('8000'), p.user]));
    const sky = O('sky', 'https://app.');
    const dai = C('sky', 1, 'DAI stablecoin');
    const usds = C('sky', 1, 'USDS stablecoin');
    const conv = C('sky', 1, 'DAI-USDS converter');
    const susds = C('sky', 1, 'sUSDS');
    p.at('2026-03-01T10:00:00Z').connect(sky, 1);
    p.wait(2).batch(sky, 1, [
      { to: dai, data: approve(conv, parseEther('6000')) },
      { to: conv, data: fn('function daiToUsds(address usr, uint256 wad)', [p.user, parseEther('6000')]) },
      { to: usds, data: approve(susds, parseEther('6000')) },
      { to: susds, data: fn(ERC4626_DEPOSIT, [parseEther('6000'), p.user]) },
    ]);
    p.at('2026-04-05T11:45:00Z').connect(lq, 1);
    p.wait(1).tx(lq, 1, C('liquity', 1, 'BorrowerOperations'), fn('function adjustTrove(uint256 _maxFeePercentage, uint256 _collWithdrawal, uint256 _LUSDChange, bool _isDebtIncrease, address _upperHint, address _lowerHint) payable', [
      parseEther('0.005'), 0n, parseEther('3000'), false, party('trove-upper'), party('trove-lower'),
    ]));
    p.at('2026-05-20T08:30:00Z').connect(sky, 1);
    p.wait(1).tx(sky, 1, susds, fn('function withdraw(uint256 assets, address receiver, address owner) returns (uint256)', [parseEther('2000'), p.user, p.user]));
  },
);

persona(
  'optimism-user',
  'Lives on OP Mainnet: swaps and provides liquidity on Velodrome, votes gauges, stakes SNX on Synthetix, supplies on Aave and withdraws to L1',
  {
    used: ['velodrome', 'synthetix', 'aave', 'optimism-bridge'],
    goodCategories: ['dex', 'perps', 'lending', 'yield'],
    goodDapps: ['kwenta', 'overtime', 'exactly', 'moonwell', 'beefy', 'yearn', 'agora', 'across', 'hop', 'uniswap', 'odos', 'superfluid', 'perpetual-protocol'],
  },
  (p) => {
    const velo = O('velodrome');
    const router = C('velodrome', 10, 'Router');
    p.at('2026-01-20T12:00:00Z').connect(velo, 10);
    p.wait(2).tx(velo, 10, router, fn([SOLIDLY_ROUTE, 'function swapExactETHForTokens(uint256 amountOutMin, Route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
      parseEther('1950'), [{ from: T.op.WETH, to: T.op.OP, stable: false, factory: VELO_FACTORY }], p.user, p.deadline(),
    ]), parseEther('1'));
    p.wait(3).approveFromWallet(10, T.op.OP, router, parseEther('1000'));
    p.wait(1).approveFromWallet(10, T.op.USDC, router, parseUnits('1600', 6));
    p.wait(1).tx(velo, 10, router, fn('function addLiquidity(address tokenA, address tokenB, bool stable, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)', [
      T.op.OP, T.op.USDC, false, parseEther('1000'), parseUnits('1600', 6), parseEther('990'), parseUnits('1584', 6), p.user, p.deadline(),
    ]));
    p.at('2026-02-05T19:00:00Z').tx(velo, 10, C('velodrome', 10, 'Voter'), fn('function vote(uint256 _tokenId, address[] _poolVote, uint256[] _weights)', [31_877n, [party('velo-op-usdc')], [10_000n]]));
    const snx = O('synthetix', 'https://staking.');
    p.at('2026-02-18T10:30:00Z').connect(snx, 10);
    p.wait(2).tx(snx, 10, C('synthetix', 10, 'SNX token'), fn('function issueMaxSynths()', []));
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 10, 'Pool (Optimism)');
    p.at('2026-03-09T08:00:00Z').connect(aave, 10);
    p.wait(1).approveFromWallet(10, T.op.USDC, pool, parseUnits('2000', 6));
    p.wait(1).tx(aave, 10, pool, fn(AAVE_SUPPLY, [T.op.USDC, parseUnits('2000', 6), p.user, 0]));
    p.at('2026-04-02T18:20:00Z').connect(velo, 10);
    p.wait(1).tx(velo, 10, C('velodrome', 10, 'Voter'), fn('function vote(uint256 _tokenId, address[] _poolVote, uint256[] _weights)', [31_877n, [party('velo-op-usdc'), party('velo-weth-usdc')], [5_000n, 5_000n]]));
    const opb = O('optimism-bridge');
    p.at('2026-04-28T09:00:00Z').connect(opb, 10);
    p.wait(2).tx(opb, 10, C('optimism-bridge', 10, 'L2StandardBridge'), fn('function withdraw(address _l2Token, uint256 _amount, uint32 _minGasLimit, bytes _extraData) payable', [OP_LEGACY_ETH, parseEther('0.8'), 0, '0x']), parseEther('0.8'));
  },
);

persona(
  'linea-scroll-explorer',
  'Explores new zkEVMs: bridges ETH to Linea and Scroll with the native bridges, swaps on Lynex and Nile, supplies on Aave Scroll',
  {
    used: ['linea-bridge', 'scroll-bridge', 'lynex', 'nile', 'aave'],
    goodCategories: ['dex', 'bridge', 'lending', 'restaking'],
    goodDapps: ['syncswap', 'zerolend', 'layerbank', 'velocore', 'iziswap', 'ambient', 'ether-fi', 'kelp-dao', 'renzo', 'across', 'orbiter', 'layerswap', 'compound', 'odos'],
  },
  (p) => {
    const lb = O('linea-bridge');
    p.at('2026-02-02T09:00:00Z').connect(lb, 1);
    p.wait(2).tx(lb, 1, C('linea-bridge', 1, 'Message Service'), fn('function sendMessage(address _to, uint256 _fee, bytes _calldata) payable', [p.user, 0n, '0x']), parseEther('0.6'));
    const lynex = O('lynex', 'https://app.');
    p.at('2026-02-02T10:10:00Z').connect(lynex, 59144);
    p.wait(1).switchTo(lynex, 59144);
    p.wait(1).tx(null, 59144, T.linea.WETH, fn('function deposit() payable', []), parseEther('0.3'));
    p.wait(1).approveFromWallet(59144, T.linea.WETH, C('lynex', 59144, 'Algebra SwapRouter'), parseEther('0.3'));
    p.wait(1).tx(lynex, 59144, C('lynex', 59144, 'Algebra SwapRouter'), fn(ALGEBRA_EXACT_INPUT_SINGLE, [
      { tokenIn: T.linea.WETH, tokenOut: T.linea.USDC, recipient: p.user, deadline: p.deadline(), amountIn: parseEther('0.3'), amountOutMinimum: parseUnits('925', 6), limitSqrtPrice: 0n },
    ]));
    const nile = O('nile');
    p.at('2026-02-16T20:00:00Z').connect(nile, 59144);
    p.wait(2).tx(nile, 59144, C('nile', 59144, 'Router'), fn(['struct route { address from; address to; bool stable; }', 'function swapExactETHForTokens(uint256 amountOutMin, route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
      parseUnits('305', 6), [{ from: T.linea.WETH, to: T.linea.USDC, stable: false }], p.user, p.deadline(),
    ]), parseEther('0.1'));
    const sb = O('scroll-bridge');
    p.at('2026-03-07T11:30:00Z').connect(sb, 1);
    p.wait(2).tx(sb, 1, C('scroll-bridge', 1, 'L1 Gateway Router'), fn('function depositETH(uint256 _amount, uint256 _gasLimit) payable', [parseEther('0.5'), 168_000n]), parseEther('0.50004'));
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 534352, 'Pool (Scroll)');
    p.at('2026-03-07T12:40:00Z').connect(aave, 534352);
    p.wait(1).switchTo(aave, 534352);
    p.wait(1).tx(null, 534352, T.scroll.WETH, fn('function deposit() payable', []), parseEther('0.45'));
    p.wait(1).approveFromWallet(534352, T.scroll.WETH, pool, parseEther('0.45'));
    p.wait(1).tx(aave, 534352, pool, fn(AAVE_SUPPLY, [T.scroll.WETH, parseEther('0.45'), p.user, 0]));
    p.at('2026-04-11T15:00:00Z').connect(aave, 534352);
    p.wait(2).tx(aave, 534352, pool, fn(AAVE_BORROW, [T.scroll.USDC, parseUnits('400', 6), 2n, 0, p.user]));
  },
);

// ---------------------------------------------------------------------------------------------
// Second set (issue 12): newcomers, cold starts, wide profiles and chains the first set missed.
// Written, with their judgements, before any ranking of them was looked at. `badDapps` are picks a
// knowledgeable friend would call wrong for this person.
// ---------------------------------------------------------------------------------------------

const CAMELOT_ETH_FOR_TOKENS =
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, address referrer, uint256 deadline) payable';
const ONEINCH_SWAP = [
  'struct SwapDescription { address srcToken; address dstToken; address srcReceiver; address dstReceiver; uint256 amount; uint256 minReturnAmount; uint256 flags; }',
  'function swap(address executor, SwapDescription desc, bytes data) payable returns (uint256, uint256)',
];
const MORPHO_MARKET = 'struct MarketParams { address loanToken; address collateralToken; address oracle; address irm; uint256 lltv; }';
const SOLIDLY_ROUTE_NO_FACTORY = 'struct route { address from; address to; bool stable; }';
const SAFE_SETUP =
  'function setup(address[] _owners, uint256 _threshold, address to, bytes data, address fallbackHandler, address paymentToken, uint256 payment, address paymentReceiver)';
const SAFE_CREATE = 'function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address)';
const safeSetup = (owners: Address[], threshold: bigint): Hex => fn(SAFE_SETUP, [owners, threshold, zeroAddress, '0x', SAFE_FALLBACK, zeroAddress, 0n, zeroAddress]);

persona(
  'newcomer-pancakeswap-bnb',
  'First steps: connects to PancakeSwap on BNB Chain and swaps 0.5 BNB for USDT, nothing else yet',
  {
    used: ['pancakeswap'],
    goodCategories: ['dex-aggregator', 'lending', 'liquid-staking', 'security-tools', 'naming', 'portfolio-tools'],
    goodDapps: ['venus', 'aave', 'lista-dao', '1inch', 'kyberswap', 'openocean', 'revoke-cash', 'space-id', 'stader', 'ankr', 'metamask-portfolio', 'zerion', 'debank', 'safe'],
    badDapps: ['pendle', 'arrakis', 'biswap', 'thena', 'sushiswap', 'uniswap', 'dodo', 'woofi', 'wombat'],
  },
  (p) => {
    const cake = O('pancakeswap');
    p.at('2026-10-20T03:10:00Z').connect(cake, 56);
    p.wait(3).tx(cake, 56, C('pancakeswap', 56, 'V2 Router'), fn(V2_ETH_FOR_TOKENS, [parseUnits('296', 18), [T.bsc.WBNB, T.bsc.USDT], p.user, p.deadline()]), parseEther('0.5'));
  },
);

persona(
  'revoke-cash-user',
  'Cleans up after a phishing scare: revokes token and NFT approvals on Revoke.cash on Ethereum, Arbitrum and Base',
  {
    used: ['revoke-cash'],
    goodCategories: ['security-tools', 'portfolio-tools'],
    goodDapps: ['safe', 'delegate-xyz', 'blockaid', 'pocket-universe', 'de-fi', 'harpie', 'scam-sniffer', 'web3-antivirus', 'goplus', 'kerberus', 'chainabuse', 'honeypot-is', 'zerion', 'debank', 'zapper', 'den'],
    badDapps: ['sushiswap', '1inch', 'uniswap', 'pendle', 'paraswap'],
  },
  (p) => {
    const revoke = O('revoke-cash');
    p.at('2026-07-03T21:00:00Z').connect(revoke, 1);
    p.wait(3).tx(revoke, 1, T.eth.USDC, approve(party('drainer-spender'), 0n));
    p.wait(1).tx(revoke, 1, T.eth.USDT, approve(party('drainer-spender'), 0n));
    p.wait(1).tx(revoke, 1, NFT.azuki, fn('function setApprovalForAll(address operator, bool approved)', [party('drainer-spender'), false]));
    p.wait(2).switchTo(revoke, 42161);
    p.wait(1).tx(revoke, 42161, T.arb.USDC, approve(party('old-arb-router'), 0n));
    p.wait(2).switchTo(revoke, 8453);
    p.wait(1).tx(revoke, 8453, T.base.USDC, approve(party('drainer-spender'), 0n));
    p.at('2026-07-20T09:30:00Z').connect(revoke, 1);
    p.wait(2).tx(revoke, 1, T.eth.WETH, approve(party('old-nft-market'), 0n));
  },
);

persona(
  'staker-bridger-ens-nft-aggregator',
  'Does a bit of everything on Ethereum: stakes with Lido, bridges to Base with Across, registers an ENS name, buys an NFT on OpenSea and swaps through 1inch',
  {
    used: ['lido', 'across', 'ens', 'opensea', '1inch'],
    goodCategories: ['liquid-staking', 'restaking', 'bridge', 'naming', 'nft-marketplace', 'dex-aggregator'],
    goodDapps: ['rocket-pool', 'ether-fi', 'eigenlayer', 'relay', 'jumper', 'stargate', 'bungee', 'basenames', 'efp', 'ens-vision', 'blur', 'magic-eden', 'cow-swap', 'matcha', 'odos'],
  },
  (p) => {
    const lido = O('lido', 'https://stake.');
    p.at('2026-03-02T10:00:00Z').connect(lido, 1);
    p.wait(2).tx(lido, 1, C('lido', 1, 'stETH (Lido staking)'), fn('function submit(address _referral) payable returns (uint256)', [zeroAddress]), parseEther('3'));
    const across = O('across', 'https://app.');
    p.at('2026-03-20T18:30:00Z').connect(across, 1);
    p.wait(2).tx(
      across,
      1,
      C('across', 1, 'SpokePool'),
      fn(ACROSS_DEPOSIT_V3, [p.user, p.user, T.eth.WETH, T.base.WETH, parseEther('0.4'), parseEther('0.3997'), 8453n, zeroAddress, p.now() - 30, p.now() + 4 * 3600, 0, '0x']),
      parseEther('0.4'),
    );
    const ens = O('ens', 'https://app.');
    const controller = C('ens', 1, 'ETHRegistrarController (2025)');
    const resolver = C('ens', 1, 'Public Resolver');
    p.at('2026-04-11T12:00:00Z').connect(ens, 1);
    p.wait(1).tx(ens, 1, controller, fn([...ENS_REGISTRATION, 'function commit(bytes32 commitment)'], [b32('allrounder-commitment')]));
    p.wait(2).tx(
      ens,
      1,
      controller,
      fn([...ENS_REGISTRATION, 'function register(Registration registration) payable'], [
        { label: 'quietharbor', owner: p.user, duration: 365n * 86400n, secret: b32('allrounder-secret'), resolver, data: [fn('function setAddr(bytes32 node, address a)', [namehash('quietharbor.eth'), p.user])], reverseRecord: 1, referrer: zeroHash },
      ]),
      parseEther('0.0021'),
    );
    const os = O('opensea');
    p.at('2026-05-06T20:15:00Z').connect(os, 1);
    const nft = seaportBuy(p, NFT.lilPudgys, 20_118n, '0.9', 'allrounder-lp');
    p.wait(4).tx(os, 1, C('opensea', 1, 'Seaport 1.6'), nft.data, nft.value);
    const oneinch = O('1inch', 'https://app.');
    const r6 = C('1inch', 1, 'AggregationRouterV6');
    p.at('2026-06-02T08:40:00Z').connect(oneinch, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, r6, parseUnits('3000', 6));
    p.wait(1).tx(oneinch, 1, r6, fn(ONEINCH_SWAP, [
      party('1inch-executor'),
      { srcToken: T.eth.USDC, dstToken: T.eth.LINK, srcReceiver: party('1inch-executor'), dstReceiver: p.user, amount: parseUnits('3000', 6), minReturnAmount: parseEther('180'), flags: 0n },
      '0x',
    ]));
  },
);

persona(
  'arbitrum-base-mostly',
  'Lives on Arbitrum and Base: swaps on Camelot and Aerodrome, lends on Aave (both chains) and Moonwell, opened Uniswap on Ethereum once',
  {
    used: ['camelot', 'aerodrome', 'aave', 'moonwell', 'uniswap'],
    goodCategories: ['dex', 'lending', 'yield', 'perps', 'dex-aggregator'],
    goodDapps: ['gmx', 'morpho', 'seamless', 'fluid', 'euler', 'dolomite', 'silo', 'pendle', 'beefy', 'odos', 'kyberswap', 'relay', 'across', 'ramses', 'avantis', 'gains-network'],
  },
  (p) => {
    p.at('2026-02-01T09:00:00Z').connect(O('uniswap', 'https://app.'), 1);
    const camelot = O('camelot', 'https://app.');
    const camelotRouter = C('camelot', 42161, 'AMM v2 Router');
    p.at('2026-02-03T14:00:00Z').connect(camelot, 42161);
    p.wait(2).tx(camelot, 42161, camelotRouter, fn(CAMELOT_ETH_FOR_TOKENS, [parseEther('2150'), [T.arb.WETH, T.arb.ARB], p.user, zeroAddress, p.deadline()]), parseEther('0.5'));
    const aave = O('aave', 'https://app.');
    const arbPool = C('aave', 42161, 'Pool (Arbitrum)');
    p.at('2026-02-10T11:00:00Z').connect(aave, 42161);
    p.wait(1).approveFromWallet(42161, T.arb.USDC, arbPool, parseUnits('4000', 6));
    p.wait(1).tx(aave, 42161, arbPool, fn(AAVE_SUPPLY, [T.arb.USDC, parseUnits('4000', 6), p.user, 0]));
    const aero = O('aerodrome');
    p.at('2026-03-01T19:00:00Z').connect(aero, 8453);
    p.wait(2).tx(
      aero,
      8453,
      C('aerodrome', 8453, 'Router'),
      fn([SOLIDLY_ROUTE, 'function swapExactETHForTokens(uint256 amountOutMin, Route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
        parseUnits('990', 6),
        [{ from: T.base.WETH, to: T.base.USDC, stable: false, factory: AERO_FACTORY }],
        p.user,
        p.deadline(),
      ]),
      parseEther('0.3'),
    );
    const basePool = C('aave', 8453, 'Pool (Base)');
    p.at('2026-03-15T08:00:00Z').connect(aave, 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, basePool, parseUnits('900', 6));
    p.wait(1).tx(aave, 8453, basePool, fn(AAVE_SUPPLY, [T.base.USDC, parseUnits('900', 6), p.user, 0]));
    const mUSDC = C('moonwell', 8453, 'mUSDC');
    p.at('2026-04-02T17:30:00Z').connect(O('moonwell'), 8453);
    p.wait(1).approveFromWallet(8453, T.base.USDC, mUSDC, parseUnits('1500', 6));
    p.wait(1).tx(O('moonwell'), 8453, mUSDC, fn('function mint(uint256 mintAmount) returns (uint256)', [parseUnits('1500', 6)]));
    p.at('2026-04-20T13:00:00Z').connect(camelot, 42161);
    p.wait(1).tx(camelot, 42161, camelotRouter, fn(CAMELOT_ETH_FOR_TOKENS, [parseUnits('1400', 6), [T.arb.WETH, T.arb.USDC], p.user, zeroAddress, p.deadline()]), parseEther('0.45'));
    p.at('2026-05-09T10:00:00Z').tx(aave, 42161, arbPool, fn(AAVE_WITHDRAW, [T.arb.USDC, parseUnits('1000', 6), p.user]));
  },
);

persona(
  'cold-start-lido-stake',
  'One event so far: staked 1 ETH with Lido from the Lido site',
  {
    used: ['lido'],
    goodCategories: ['restaking', 'lending', 'security-tools', 'naming', 'dex-aggregator', 'portfolio-tools'],
    goodDapps: ['eigenlayer', 'ether-fi', 'renzo', 'kelp-dao', 'aave', 'spark', 'morpho', 'ens', 'revoke-cash', '1inch', 'cow-swap', 'zerion', 'safe'],
    badDapps: ['sushiswap', 'pancakeswap', 'curve', 'balancer'],
  },
  (p) => {
    p.at('2026-09-30T16:45:00Z').tx(O('lido', 'https://stake.'), 1, C('lido', 1, 'stETH (Lido staking)'), fn('function submit(address _referral) payable returns (uint256)', [zeroAddress]), parseEther('1'));
  },
);

persona(
  'cold-start-aave-supply',
  'Two events: connected to Aave on Ethereum and supplied 2,000 USDC',
  {
    used: ['aave'],
    goodCategories: ['lending', 'yield', 'security-tools', 'naming', 'dex-aggregator', 'liquid-staking'],
    goodDapps: ['morpho', 'spark', 'compound', 'sky', 'yearn', 'revoke-cash', 'ens', '1inch', 'cow-swap', 'lido', 'defi-saver', 'zerion', 'safe'],
    badDapps: ['sushiswap', 'pancakeswap', 'uniswap', 'arrakis'],
  },
  (p) => {
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 1, 'v3 Pool (Ethereum)');
    p.at('2026-10-11T09:00:00Z').connect(aave, 1);
    p.wait(2).tx(aave, 1, pool, fn(AAVE_SUPPLY, [T.eth.USDC, parseUnits('2000', 6), p.user, 0]));
  },
);

persona(
  'cold-start-opensea-connect',
  'One event: connected a wallet to OpenSea on Ethereum to look around',
  {
    used: ['opensea'],
    goodCategories: ['nft-marketplace', 'nft-mint', 'naming', 'security-tools'],
    goodDapps: ['blur', 'magic-eden', 'ens', 'revoke-cash', 'zora', 'delegate-xyz', 'rarible', 'foundation', 'safe', 'art-blocks'],
    badDapps: ['pendle', 'gmx', 'sushiswap'],
  },
  (p) => {
    p.at('2026-11-05T21:30:00Z').connect(O('opensea'), 1);
  },
);

persona(
  'cold-start-uniswap-base',
  'Two events: connected to Uniswap on Base and swapped 0.05 ETH for USDC',
  {
    used: ['uniswap'],
    goodCategories: ['dex-aggregator', 'lending', 'naming', 'security-tools', 'portfolio-tools', 'bridge'],
    goodDapps: ['basenames', 'aave', 'moonwell', 'morpho', 'revoke-cash', 'cow-swap', '1inch', 'matcha', 'odos', 'zerion', 'safe', 'relay', 'across'],
    badDapps: ['aerodrome', 'sushiswap', 'baseswap', 'alien-base', 'pancakeswap', 'balancer'],
  },
  (p) => {
    const uni = O('uniswap', 'https://app.');
    p.at('2026-10-28T12:00:00Z').connect(uni, 8453);
    p.wait(2).tx(uni, 8453, C('uniswap', 8453, 'Universal Router (v4)'), urEthToToken(parseEther('0.05'), parseUnits('160', 6), T.base.WETH, 500, T.base.USDC, p.deadline()), parseEther('0.05'));
  },
);

persona(
  'cold-start-polymarket',
  'Two events: connected to Polymarket on Polygon and signed in to its order book',
  {
    used: ['polymarket'],
    goodCategories: ['prediction-market', 'security-tools', 'portfolio-tools'],
    goodDapps: ['azuro', 'limitless', 'overtime', 'polkamarkets', 'revoke-cash', 'safe', 'zerion', 'debank'],
    badDapps: ['sushiswap', 'pendle', 'arrakis'],
  },
  (p) => {
    const pm = O('polymarket');
    p.at('2026-11-03T22:00:00Z').connect(pm, 137);
    p.wait(1).typed(pm, 137, 'ClobAuth', { name: 'ClobAuthDomain', version: '1', chainId: 137 });
  },
);

persona(
  'cold-start-1inch-swap',
  'One event: swapped 500 USDC for ETH-denominated LINK through the 1inch router on Ethereum',
  {
    used: ['1inch'],
    goodCategories: ['lending', 'liquid-staking', 'naming', 'security-tools', 'portfolio-tools', 'bridge'],
    goodDapps: ['aave', 'lido', 'ens', 'revoke-cash', 'cow-swap', 'matcha', 'zerion', 'safe', 'across', 'metamask-portfolio', 'morpho'],
    badDapps: ['sushiswap', 'uniswap', 'curve', 'balancer'],
  },
  (p) => {
    p.at('2026-11-12T07:15:00Z').tx(O('1inch', 'https://app.'), 1, C('1inch', 1, 'AggregationRouterV6'), fn(ONEINCH_SWAP, [
      party('1inch-executor'),
      { srcToken: T.eth.USDC, dstToken: T.eth.LINK, srcReceiver: party('1inch-executor'), dstReceiver: p.user, amount: parseUnits('500', 6), minReturnAmount: parseEther('30'), flags: 0n },
      '0x',
    ]));
  },
);

persona(
  'mantle-user',
  'Bridges ETH to Mantle, stakes ETH as mETH, swaps on Merchant Moe and Agni and supplies USDC on Lendle',
  {
    used: ['mantle-bridge', 'mantle-meth', 'merchant-moe', 'agni', 'lendle'],
    goodCategories: ['dex', 'lending', 'liquid-staking', 'yield', 'restaking'],
    goodDapps: ['init-capital', 'aave', 'dolomite', 'pendle', 'ethena', 'ondo', 'stargate', 'orbiter', 'iziswap', 'karak', 'solv', 'symbiosis'],
  },
  (p) => {
    const meth = O('mantle-meth', 'https://app.');
    p.at('2026-02-02T10:00:00Z').connect(meth, 1);
    p.wait(2).tx(meth, 1, C('mantle-meth', 1, 'mETH Staking'), fn('function stake(uint256 minMETHAmount) payable', [parseEther('1.9')]), parseEther('2'));
    const bridge = O('mantle-bridge');
    p.at('2026-02-02T11:00:00Z').connect(bridge, 1);
    p.wait(2).tx(bridge, 1, C('mantle-bridge', 1, 'Mantle L1StandardBridge'), fn('function depositETH(uint32 _minGasLimit, bytes _extraData) payable', [200_000, '0x']), parseEther('1'));
    const moe = O('merchant-moe');
    p.at('2026-02-03T09:30:00Z').connect(moe, 5000);
    p.wait(1).switchTo(moe, 5000);
    p.wait(2).tx(moe, 5000, C('merchant-moe', 5000, 'MoeRouter'), fn('function swapExactNativeForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable returns (uint256[])', [
      parseUnits('780', 6), [T.mantle.WMNT, T.mantle.USDC], p.user, p.deadline(),
    ]), parseEther('1000'));
    const lendle = O('lendle', 'https://app.');
    const pool = C('lendle', 5000, 'LendingPool');
    p.at('2026-02-10T15:00:00Z').connect(lendle, 5000);
    p.wait(1).approveFromWallet(5000, T.mantle.USDC, pool, parseUnits('700', 6));
    p.wait(1).tx(lendle, 5000, pool, fn('function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)', [T.mantle.USDC, parseUnits('700', 6), p.user, 0]));
    const agni = O('agni');
    const router = C('agni', 5000, 'SwapRouter');
    p.at('2026-03-04T20:00:00Z').connect(agni, 5000);
    p.wait(1).approveFromWallet(5000, T.mantle.USDT, router, parseUnits('300', 6));
    p.wait(1).tx(agni, 5000, router, fn([
      'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
      'function exactInputSingle(ExactInputSingleParams params) payable returns (uint256)',
    ], [{ tokenIn: T.mantle.USDT, tokenOut: T.mantle.WMNT, fee: 500, recipient: p.user, deadline: p.deadline(), amountIn: parseUnits('300', 6), amountOutMinimum: parseEther('370'), sqrtPriceLimitX96: 0n }]));
    p.at('2026-04-01T09:00:00Z').tx(meth, 1, C('mantle-meth', 1, 'mETH Staking'), fn('function stake(uint256 minMETHAmount) payable', [parseEther('0.95')]), parseEther('1'));
  },
);

persona(
  'sonic-user',
  'Moved to Sonic: stakes S as stS on Beets, supplies on Aave Sonic, looks at Shadow',
  {
    used: ['beethoven-x', 'aave', 'shadow'],
    goodCategories: ['dex', 'lending', 'yield', 'liquid-staking'],
    goodDapps: ['silo', 'euler', 'spookyswap', 'equalizer', 'pendle', 'origin', 'beefy', 'tokemak', 'spectra', 'odos', 'kyberswap', 'estfor-kingdom'],
  },
  (p) => {
    const beets = O('beethoven-x');
    p.at('2026-03-10T12:00:00Z').connect(beets, 146);
    p.wait(2).tx(beets, 146, C('beethoven-x', 146, 'stS'), fn('function deposit() payable returns (uint256)', []), parseEther('5000'));
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 146, 'Pool (Sonic)');
    p.at('2026-03-12T09:00:00Z').connect(aave, 146);
    p.wait(1).approveFromWallet(146, T.sonic.USDC, pool, parseUnits('1200', 6));
    p.wait(1).tx(aave, 146, pool, fn(AAVE_SUPPLY, [T.sonic.USDC, parseUnits('1200', 6), p.user, 0]));
    p.at('2026-03-25T19:00:00Z').connect(O('shadow'), 146);
    p.at('2026-04-08T08:00:00Z').tx(beets, 146, C('beethoven-x', 146, 'stS'), fn('function deposit() payable returns (uint256)', []), parseEther('2500'));
  },
);

persona(
  'btc-on-evm-holder',
  'Puts bitcoin to work on Ethereum: mints LBTC with Lombard, supplies LBTC on Aave and buys SolvBTC on Solv',
  {
    used: ['lombard', 'aave', 'solv'],
    goodCategories: ['liquid-staking', 'lending', 'yield', 'restaking', 'cdp-stablecoin'],
    goodDapps: ['threshold', 'bedrock', 'pendle', 'morpho', 'euler', 'spark', 'ether-fi', 'stakestone', 'fluid', 'gearbox'],
  },
  (p) => {
    const lombard = O('lombard');
    const lbtc = C('lombard', 1, 'LBTC (Ethereum)');
    p.at('2026-02-14T14:00:00Z').connect(lombard, 1);
    p.wait(2).personalSign(lombard, 1);
    p.wait(1).watch(lombard, 1, lbtc, 'LBTC', 8);
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 1, 'v3 Pool (Ethereum)');
    p.at('2026-02-20T10:00:00Z').connect(aave, 1);
    p.wait(1).approveFromWallet(1, lbtc, pool, 50_000_000n);
    p.wait(1).tx(aave, 1, pool, fn(AAVE_SUPPLY, [lbtc, 50_000_000n, p.user, 0]));
    const solv = O('solv', 'https://app.');
    p.at('2026-03-08T16:00:00Z').connect(solv, 1);
    p.wait(2).approveFromWallet(1, T.eth.WBTC, party('solv-router'), 20_000_000n);
    p.wait(1).watch(solv, 1, C('solv', 1, 'SolvBTC'), 'SolvBTC', 18);
    p.at('2026-04-15T09:00:00Z').tx(aave, 1, pool, fn(AAVE_BORROW, [T.eth.USDC, parseUnits('12000', 6), 2n, 0, p.user]));
  },
);

persona(
  'dao-treasurer',
  'Runs a small DAO treasury: a 2-of-3 Safe on Ethereum, LlamaPay salary streams, Disperse payouts and Snapshot votes',
  {
    used: ['safe', 'llamapay', 'disperse', 'snapshot'],
    goodCategories: ['payments', 'governance', 'security-tools'],
    goodDapps: ['sablier', 'superfluid', 'hedgey', 'request-network', 'splits', 'den', 'tally', 'aragon', 'coordinape', 'hats-protocol', 'daohaus', 'drips', 'revoke-cash'],
  },
  (p) => {
    const safe = O('safe', 'https://app.');
    p.at('2026-01-12T10:00:00Z').connect(safe, 1);
    p.wait(4).tx(safe, 1, C('safe', 1, 'SafeProxyFactory 1.3.0'), fn(SAFE_CREATE, [
      C('safe', 1, 'Safe singleton 1.3.0'),
      safeSetup([p.user, party('dao-signer-2'), party('dao-signer-3')], 2n),
      1_768_212_000_000n,
    ]));
    const treasury = party('dao-treasury-safe');
    p.at('2026-01-15T09:00:00Z').typed(safe, 1, 'SafeTx', { chainId: 1, verifyingContract: treasury });
    const llama = O('llamapay');
    p.at('2026-01-20T11:00:00Z').connect(llama, 1);
    p.wait(2).tx(llama, 1, C('llamapay', 1, 'LlamaPay factory'), fn('function createLlamaPayContract(address _token) returns (address)', [T.eth.USDC]));
    p.wait(3).tx(llama, 1, party('llamapay-usdc'), fn('function createStream(address to, uint216 amountPerSec)', [party('contributor-cleo'), 1_543_209_876_543_209n]));
    const disperse = O('disperse');
    const d = C('disperse', 1, 'Disperse');
    const recipients = [1, 2, 3, 4].map((i) => party(`dao-bounty-${i}`));
    p.at('2026-02-28T15:00:00Z').connect(disperse, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, d, parseUnits('2000', 6));
    p.wait(1).tx(disperse, 1, d, fn('function disperseToken(address token, address[] recipients, uint256[] values)', [T.eth.USDC, recipients, recipients.map(() => parseUnits('500', 6))]));
    const snap = O('snapshot', 'https://snapshot.box');
    p.at('2026-03-05T18:00:00Z').connect(snap, 1);
    p.wait(2).typed(snap, 1, 'Vote', { name: 'snapshot', version: '0.1.4' });
    p.at('2026-04-02T18:00:00Z').typed(snap, 1, 'Vote', { name: 'snapshot', version: '0.1.4' });
    p.at('2026-04-10T10:00:00Z').typed(safe, 1, 'SafeTx', { chainId: 1, verifyingContract: treasury });
  },
);

persona(
  'farcaster-base-social',
  'Social on Base: registers a Farcaster account, a basename, and launches a token through Clanker',
  {
    used: ['warpcast', 'basenames', 'clanker'],
    goodCategories: ['social', 'launchpad', 'naming', 'nft-mint'],
    goodDapps: ['supercast', 'paragraph', 'zora', 'efp', 'talent-protocol', 'towns', 'virtuals', 'mint-club', 'layer3', 'guild', 'ens', 'mint-fun'],
  },
  (p) => {
    const fc = O('warpcast', 'https://farcaster.');
    p.at('2026-05-01T17:00:00Z').connect(fc, 10);
    p.wait(3).tx(fc, 10, C('warpcast', 10, 'IdGateway'), fn('function register(address recovery) payable returns (uint256, uint256)', [party('fc-recovery')]), parseEther('0.0012'));
    const base = O('basenames');
    p.at('2026-05-02T12:00:00Z').connect(base, 8453);
    p.wait(2).tx(
      base,
      8453,
      C('basenames', 8453, 'RegistrarController (legacy)'),
      fn([
        'struct RegisterRequest { string name; address owner; uint256 duration; address resolver; bytes[] data; bool reverseRecord; }',
        'function register(RegisterRequest request) payable',
      ], [{ name: 'saltmarsh', owner: p.user, duration: 365n * 86400n, resolver: C('basenames', 8453, 'L2Resolver (legacy)'), data: [], reverseRecord: true }]),
      parseEther('0.001'),
    );
    const clanker = O('clanker');
    p.at('2026-05-20T20:00:00Z').connect(clanker, 8453);
    p.wait(2).personalSign(clanker, 8453);
    p.at('2026-06-01T21:00:00Z').connect(clanker, 8453);
  },
);

persona(
  'linea-airdrop-hunter',
  'Farms Linea: bridges with the native bridge, swaps on Lynex, supplies on ZeroLend and does Galxe quests',
  {
    used: ['linea-bridge', 'lynex', 'zerolend', 'galxe'],
    goodCategories: ['dex', 'lending', 'social', 'bridge', 'restaking'],
    goodDapps: ['nile', 'syncswap', 'iziswap', 'velocore', 'layer3', 'guild', 'aave', 'ether-fi', 'renzo', 'kelp-dao', 'across', 'orbiter', 'layerswap', 'myriad'],
  },
  (p) => {
    const lb = O('linea-bridge');
    p.at('2026-03-01T08:00:00Z').connect(lb, 1);
    p.wait(2).tx(lb, 1, C('linea-bridge', 1, 'Message Service'), fn('function sendMessage(address _to, uint256 _fee, bytes _calldata) payable', [p.user, 0n, '0x']), parseEther('0.3'));
    const lynex = O('lynex', 'https://app.');
    p.at('2026-03-01T09:00:00Z').connect(lynex, 59144);
    p.wait(2).tx(lynex, 59144, C('lynex', 59144, 'RouterV2'), fn([SOLIDLY_ROUTE_NO_FACTORY, 'function swapExactETHForTokens(uint256 amountOutMin, route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
      parseUnits('300', 6), [{ from: T.linea.WETH, to: T.linea.USDC, stable: false }], p.user, p.deadline(),
    ]), parseEther('0.1'));
    const zl = O('zerolend', 'https://app.');
    const pool = C('zerolend', 59144, 'Pool');
    p.at('2026-03-02T10:00:00Z').connect(zl, 59144);
    p.wait(1).approveFromWallet(59144, T.linea.USDC, pool, parseUnits('300', 6));
    p.wait(1).tx(zl, 59144, pool, fn(AAVE_SUPPLY, [T.linea.USDC, parseUnits('300', 6), p.user, 0]));
    const galxe = O('galxe', 'https://app.');
    p.at('2026-03-05T12:00:00Z').connect(galxe, 59144);
    p.wait(1).personalSign(galxe, 59144);
    p.at('2026-03-19T12:00:00Z').connect(galxe, 59144);
    p.wait(1).personalSign(galxe, 59144);
    p.at('2026-03-20T09:00:00Z').tx(lynex, 59144, C('lynex', 59144, 'RouterV2'), fn([SOLIDLY_ROUTE_NO_FACTORY, 'function swapExactETHForTokens(uint256 amountOutMin, route[] routes, address to, uint256 deadline) payable returns (uint256[])'], [
      parseUnits('145', 6), [{ from: T.linea.WETH, to: T.linea.USDC, stable: true }], p.user, p.deadline(),
    ]), parseEther('0.05'));
  },
);

persona(
  'morpho-spark-saver',
  'Earns on stablecoins on Ethereum: supplies USDC to a Morpho Blue market and deposits DAI in Spark sDAI',
  {
    used: ['morpho', 'spark', 'sky'],
    goodCategories: ['lending', 'yield', 'cdp-stablecoin', 'rwa'],
    goodDapps: ['aave', 'euler', 'fluid', 'compound', 'yearn', 'maple', 'summer-fi', 'defi-saver', 'pendle', 'ethena', 'gearbox', 'ondo', 'superstate'],
  },
  (p) => {
    const morpho = O('morpho', 'https://app.');
    const blue = C('morpho', 1, 'Morpho Blue (Ethereum)');
    p.at('2026-02-05T10:00:00Z').connect(morpho, 1);
    p.wait(1).approveFromWallet(1, T.eth.USDC, blue, parseUnits('20000', 6));
    p.wait(1).tx(morpho, 1, blue, fn([MORPHO_MARKET, 'function supply(MarketParams marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns (uint256, uint256)'], [
      { loanToken: T.eth.USDC, collateralToken: C('lido', 1, 'wstETH'), oracle: A('0x48F7E36EB6B826B2dF4B2E630B62Cd25e89E40e2'), irm: A('0x870aC11D48B15DB9a138Cf899d20F13F79Ba00BC'), lltv: 860_000_000_000_000_000n },
      parseUnits('20000', 6),
      0n,
      p.user,
      '0x',
    ]));
    const spark = O('spark', 'https://app.');
    const sdai = C('spark', 1, 'sDAI');
    p.at('2026-03-01T11:00:00Z').connect(spark, 1);
    p.wait(1).approveFromWallet(1, C('sky', 1, 'DAI stablecoin'), sdai, parseEther('15000'));
    p.wait(1).tx(spark, 1, sdai, fn(ERC4626_DEPOSIT, [parseEther('15000'), p.user]));
    p.at('2026-04-14T09:00:00Z').tx(spark, 1, sdai, fn('function redeem(uint256 shares, address receiver, address owner) returns (uint256)', [parseEther('4000'), p.user, p.user]));
  },
);

persona(
  'gnosis-chain-user',
  'Spends with a Gnosis Pay card: bridges DAI to Gnosis Chain, supplies xDAI on Aave Gnosis and swaps with CoW Swap there',
  {
    used: ['gnosis-bridge', 'gnosis-pay', 'aave', 'cow-swap', 'sky'],
    goodCategories: ['payments', 'lending', 'dex', 'liquid-staking', 'security-tools'],
    goodDapps: ['spark', 'curve', 'balancer', 'stakewise', 'safe', 'superfluid', 'sablier', 'llamapay', 'realt', 'daohaus', 'hop', 'poap'],
  },
  (p) => {
    const gb = O('gnosis-bridge');
    const xdai = C('gnosis-bridge', 1, 'xDai Bridge');
    const dai = C('sky', 1, 'DAI stablecoin');
    p.at('2026-04-01T09:00:00Z').connect(gb, 1);
    p.wait(1).approveFromWallet(1, dai, xdai, parseEther('3000'));
    p.wait(1).tx(gb, 1, xdai, fn('function relayTokens(address _receiver, uint256 _amount)', [p.user, parseEther('3000')]));
    const pay = O('gnosis-pay', 'https://app.');
    p.at('2026-04-02T10:00:00Z').connect(pay, 100);
    p.wait(2).personalSign(pay, 100);
    const aave = O('aave', 'https://app.');
    const pool = C('aave', 100, 'Pool (Gnosis)');
    p.at('2026-04-05T12:00:00Z').connect(aave, 100);
    p.wait(1).approveFromWallet(100, T.gnosis.WXDAI, pool, parseEther('1500'));
    p.wait(1).tx(aave, 100, pool, fn(AAVE_SUPPLY, [T.gnosis.WXDAI, parseEther('1500'), p.user, 0]));
    const cow = O('cow-swap', 'https://swap.');
    p.at('2026-04-20T15:00:00Z').connect(cow, 100);
    p.wait(1).cowOrder(cow, 100);
    p.at('2026-05-03T11:00:00Z').connect(pay, 100);
    p.wait(1).personalSign(pay, 100);
  },
);

persona(
  'cold-start-safe-create',
  'One event: created a 2-of-2 Safe on Base from the Safe app',
  {
    used: ['safe'],
    goodCategories: ['security-tools', 'portfolio-tools', 'naming', 'payments', 'lending'],
    goodDapps: ['revoke-cash', 'delegate-xyz', 'basenames', 'zerion', 'debank', 'den', 'aave', 'morpho', 'sablier', 'superfluid', 'zapper'],
    badDapps: ['sushiswap', 'pendle', 'baseswap', 'alien-base'],
  },
  (p) => {
    p.at('2026-11-01T10:00:00Z').tx(O('safe', 'https://app.'), 8453, C('safe', 8453, 'SafeProxyFactory 1.4.1'), fn(SAFE_CREATE, [
      C('safe', 8453, 'SafeL2 singleton'),
      safeSetup([p.user, party('cold-safe-cosigner')], 2n),
      1_793_527_200_000n,
    ]));
  },
);

persona(
  'cold-start-highlight-mint',
  'Two events: connected to Highlight on Base and minted two tokens of an open edition',
  {
    used: ['highlight'],
    goodCategories: ['nft-mint', 'nft-marketplace', 'naming', 'security-tools', 'social'],
    goodDapps: ['zora', 'manifold', 'mint-fun', 'sound-xyz', 'opensea', 'basepaint', 'rarible', 'magic-eden', 'revoke-cash', 'basenames', 'warpcast'],
    badDapps: ['sushiswap', 'pendle', 'gmx'],
  },
  (p) => {
    const hl = O('highlight');
    p.at('2026-11-08T19:00:00Z').connect(hl, 8453);
    p.wait(2).tx(hl, 8453, C('highlight', 8453, 'MintManager'), fn('function vectorMint721(uint256 vectorId, uint48 numTokensToMint, address mintRecipient) payable', [9_102n, 2, p.user]), parseEther('0.0016'));
  },
);

persona(
  'cold-start-arbitrum-bridge',
  'One event: deposited 0.5 ETH from Ethereum to Arbitrum with the official bridge',
  {
    used: ['arbitrum-bridge'],
    goodCategories: ['dex', 'dex-aggregator', 'lending', 'perps', 'security-tools'],
    goodDapps: ['uniswap', 'camelot', 'aave', 'gmx', '1inch', 'cow-swap', 'revoke-cash', 'pendle', 'across', 'odos', 'dolomite'],
    // The deposit lands on Arbitrum: the user now holds ETH there.
    extraChains: [42161],
  },
  (p) => {
    p.at('2026-11-15T13:00:00Z').tx(O('arbitrum-bridge'), 1, C('arbitrum-bridge', 1, 'Delayed Inbox'), fn('function depositEth() payable returns (uint256)', []), parseEther('0.5'));
  },
);

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/**
 * Development or test part, alternating in the order the personas are written (so each set of
 * personas, old and new, is split in half): fixed before any ranking of them is looked at.
 * Tune on dev; only report test.
 */
const splitOf = (position: number): 'dev' | 'test' => (position % 2 === 0 ? 'dev' : 'test');

/** Every file the builder writes, by name, with its exact content. */
export function personaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const judgements: Judgement[] = [];
  for (const [position, { p, j }] of PERSONAS.entries()) {
    const file = `${p.slug}.activity.json`;
    const seen = p.events.map((e) => e.chainId).filter((c): c is number => typeof c === 'number');
    const chains = [...new Set([...seen, ...(j.extraChains ?? [])])].sort((a, b) => a - b);
    files.set(file, `${JSON.stringify({ format: 'sextant.activity.v1', events: p.events }, null, 2)}\n`);
    judgements.push({ file, description: p.description, split: splitOf(position), used: j.used, goodCategories: j.goodCategories, goodDapps: j.goodDapps, badDapps: j.badDapps ?? [], chains });
  }
  files.set('judgements.json', `${JSON.stringify({ personas: judgements }, null, 2)}\n`);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = personaFiles();
  for (const [name, text] of files) writeFileSync(join(HERE, name), text);
  console.log(`wrote ${files.size - 1} personas to ${HERE}`);
}
