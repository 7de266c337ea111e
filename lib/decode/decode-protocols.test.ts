import { encodeAbiParameters, maxUint256, parseEther, parseUnits, toHex, zeroAddress, zeroHash } from 'viem';
import { describe, expect, it } from 'vitest';
import { BRIDGE_ABI } from './abis/bridge';
import { DERIVATIVES_ABI } from './abis/derivatives';
import { DEX_ABI } from './abis/dex';
import { ERC20_ABI } from './abis/erc20';
import { GOVERNANCE_ABI } from './abis/governance';
import { LAUNCHPAD_ABI } from './abis/launchpad';
import { LENDING_ABI } from './abis/lending';
import { NAMING_ABI } from './abis/naming';
import { NFT_ABI } from './abis/nft';
import { PAYMENTS_ABI } from './abis/payments';
import { SOCIAL_ABI } from './abis/social';
import { STAKING_ABI } from './abis/staking';
import { WALLET_ABI } from './abis/wallet';
import { decodeCall } from './decode-call';
import { decodeEvent } from './decode-event';
import { encodeCall, MAINNET as M } from './test-utils';

const lower = (a: string) => a.toLowerCase();
const deadline = 1_767_225_600n;
const other = '0x00000000000000000000000000000000000000aa';

/** Contracts the calls go to: the ones the evaluation personas use (tests/eval/personas). */
const C = {
  lbRouter: '0x18556DA13313f3532c54711497A8FedAC273220E', // LFJ LB Router v2.2 (Avalanche)
  wavax: '0xB31f66AA3C1e785363F0875A1B74E27b85FD66c7',
  usdcAvax: '0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E',
  quickswapV3: '0xf5b509bB0909a69B1c207E495f687a596C168E12', // Algebra SwapRouter (Polygon)
  nileRouter: '0xAAA45c8F5ef92a000a121d102F4e89278a711Faa', // Solidly V1 router (Linea)
  syncSwapRouter: '0x2da10A1e27bF85cEdD8FFb1AbBe97e53391C0295', // zkSync Era
  pendleRouter: '0x888888888889758F76e7103c6CbF23ABbF58F946',
  pendleMarket: '0x8dAe8ECe668cf80d348873F23D456448E8694883', // sUSDe market, as in the pendle persona
  cowEthFlow: '0xbA3cB449bD2B4ADddBc894D8697F5170800EAdeC',
  allowanceHolder: '0x0000000000001fF3684f28c67538d4D072C22734',
  gmxExchangeRouter: '0x7C68C7866A64FA2160F78EEaE12217FFbf871fa8', // Arbitrum
  gmxOrderVault: '0x31eF83a530Fde1B38EE9A18093A333D8Bbbc40D5',
  gmxEthUsd: '0x70d95587d40A2caf56bd97485aB3Eec10Bee6336',
  usdcArb: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
  gainsDiamond: '0xFF162c694eAA571f685030649814282eA457f169',
  squeethController: '0x64187ae08781B09368e6253F9E94951243A493D5',
  conditionalTokens: '0x4D97DCd97eC945f40cF65F87097ACe5EA0476045', // Polymarket CTF (Polygon)
  usdcePolygon: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174',
  azuroLp: '0x7043E4e1c4045424858ECBCED80989FeAfC11B36',
  liquityBorrowerOps: '0x24179CD81c9e782A4096035f7eC97fB8B783e007',
  liquityStabilityPool: '0x66017D22b0f8556afDd19FC67041899Eb65a21bb',
  alchemistUsd: '0x5C6374a2ac4EBC38DeA0Fc1F8716e5Ea1AdD94dd',
  yvDai: '0xdA816459F1AB5631232FE5e97a05BBBb94970c95',
  benqiComptroller: '0x486Af39519B4Dc9a7fCcd318217352830E8AD9b4',
  qiAvax: '0x5C0401e81Bc07Ca70fAD469b451682c0d747Ef1c',
  snx: '0x8700dAec35aF8Ff88c16BdF0418774CB3D7599B4', // Synthetix proxy (Optimism)
  mapleSyrupUsdc: '0x80ac24aA929eaF5013f6436cdA2a7ba190f5Cc0b',
  rETH: '0xae78736Cd615f374D3085123A210448E74Fc6393',
  sUSDe: '0x9D39A5DE30e57443BfF2A8307A4256c8797A3497',
  convexBooster: '0xF403C135812408BFbE8713b5A23a04b3D48AAE31',
  veCRV: '0x5f3b5DfEb7B28CDbD7FAba78963EE202a494e2A2',
  aerodromeVoter: '0x16613524e02ad97eDfeF371bC883F2F5d6C480A5',
  veAERO: '0xeBf418Fe2512e7E6bd9b87a8F0f294aCDC67e6B4',
  vePENDLE: '0x4f30A9D41B80ecC5B94306AB4364951AE3170210',
  nounsDao: '0x6f3E6272A167e8AcCb32072d08E0957F9c79223d',
  snapshotDelegation: '0x469788fE6E9E9681C6ebF3bF78e7Fd26Fc015446',
  scrollGatewayRouter: '0xF8B1378579659D8F7EE5f3C929c2f3E332E41Fd6',
  lineaMessageService: '0xd19d4B5d358258f05D7B411E21A1460D11B0876F',
  ensRegistry: '0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e',
  ensResolver: '0x231b0Ee14048e9dCcD1d247744d114a4EB5E8E63',
  zoraFactory: '0x777777C338d93e2C7adf08D102d45CA7CC4Ed021',
  manifoldClaim: '0x26BBEA7803DcAc346D5F5f135b57Cf2c752A02bE',
  highlightMintManager: '0x8087039152c472Fa74F47398628fF002994056EA',
  treasureMarketplace: '0x09986B4e255B3c548041a30A2Ee312Fe176731c2',
  dclMarketplace: '0x480a0f4e360E8964e68858Dd231c2922f1df45Ef',
  sablierLockup: '0xF12AbfB041b5064b839Ca56638cDB62fEA712Db5', // Sablier Lockup v3.0 (Arbitrum)
  cfaForwarder: '0xcfA132E353cB4E398080B9700609bb008eceB125',
  usdcx: '0xD04383398dD2426297da660F9CCA3d439AF9ce1b', // USDCx super token (Base)
  disperse: '0xD152f549545093347A162Dce210e7293f1452150',
  requestFeeProxy: '0x2171a0dc12a9E5b1659feF2BB20E54c84Fa7dB0C',
  usdcPolygon: '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359',
  splitMain: '0x2ed6c4B5dA6378c7897AC67Ba9e43102Feb694EE',
  fcIdGateway: '0x00000000Fc25870C6eD6b6c7E41Fb078b7656f69',
  fcKeyGateway: '0x00000000fC56947c7E7183f8Ca4B62398CaAdf0B',
  fcStorageRegistry: '0x00000000fcCe7f938e7aE6D3c335bD6a1a7c593D',
  lensHub: '0xDb46d1Dc155634FbC732f92E853b10B288AD5a1d',
  safeProxyFactory141: '0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67',
  safeL2Singleton141: '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762',
  delegateRegistryV2: '0x00000000000000447e69651d841bD8D104Bed493',
  juiceboxTerminal: '0xDB9644369c79C3633cDE70D2Df50d827D7dC7Dbc',
  mintClubBond: '0xc5a076cad94176c2996B32d8466Be1cE757FAa27',
  alloV2: '0x1133eA7Af70876e64665ecD07C0A0476d09465a1',
} as const;

describe('decodeCall: DEX shapes beyond Uniswap', () => {
  const lbPath = { pairBinSteps: [20n], versions: [2], tokenPath: [C.wavax, C.usdcAvax] };

  it('reads LFJ Liquidity Book native swaps both ways', () => {
    const buy = encodeCall(DEX_ABI, 'swapExactNATIVEForTokens(uint256,(uint256[],uint8[],address[]),address,uint256)', [parseUnits('1240', 6), lbPath, M.user, deadline]);
    expect(decodeCall({ to: C.lbRouter, data: buy, value: '0x2b5e3af16b1880000' })).toEqual({
      kind: 'swap', name: 'swapExactNATIVEForTokens', selector: '0xb066ea7c', to: lower(C.lbRouter),
    });
    const sell = encodeCall(DEX_ABI, 'swapExactTokensForNATIVE(uint256,uint256,(uint256[],uint8[],address[]),address,uint256)', [
      parseUnits('600', 6), parseEther('23.5'), { ...lbPath, tokenPath: [C.usdcAvax, C.wavax] }, M.user, deadline,
    ]);
    expect(decodeCall({ to: C.lbRouter, data: sell })).toMatchObject({ kind: 'swap', selector: '0x9ab6156b' });
  });

  it('reads Algebra exactInputSingle (no fee tier) apart from Uniswap V3', () => {
    const data = encodeCall(DEX_ABI, 'exactInputSingle((address,address,address,uint256,uint256,uint256,uint160))', [
      { tokenIn: M.weth, tokenOut: M.usdc, recipient: M.user, deadline, amountIn: parseEther('1'), amountOutMinimum: 0n, limitSqrtPrice: 0n },
    ]);
    expect(decodeCall({ to: C.quickswapV3, data })).toMatchObject({ kind: 'swap', name: 'exactInputSingle', selector: '0xbc651188' });
  });

  it('reads a Solidly V1 route swap (Nile, Velodrome V1)', () => {
    const data = encodeCall(DEX_ABI, 'swapExactETHForTokens(uint256,(address,address,bool)[],address,uint256)', [
      parseUnits('1500', 6), [{ from: M.weth, to: M.usdc, stable: false }], M.user, deadline,
    ]);
    expect(decodeCall({ to: C.nileRouter, data })).toMatchObject({ kind: 'swap', selector: '0x67ffb66a' });
  });

  it('reads a SyncSwap router swap', () => {
    const stepData = encodeAbiParameters([{ type: 'address' }, { type: 'address' }, { type: 'uint8' }], [M.weth, M.user, 1]);
    const data = encodeCall(DEX_ABI, 'swap(((address,bytes,address,bytes)[],address,uint256)[],uint256,uint256)', [
      [{ steps: [{ pool: other, data: stepData, callback: zeroAddress, callbackData: '0x' }], tokenIn: zeroAddress, amountIn: parseEther('0.5') }],
      parseUnits('1540', 6),
      deadline,
    ]);
    expect(decodeCall({ to: C.syncSwapRouter, data })).toMatchObject({ kind: 'swap', name: 'swap', selector: '0x2cc4081e' });
  });

  it('reads Pendle PT buys as swaps and single-token liquidity as adding liquidity', () => {
    const approx = { guessMin: 0n, guessMax: maxUint256, guessOffchain: 0n, maxIteration: 256n, eps: 10n ** 14n };
    const swapData = { swapType: 0, extRouter: zeroAddress, extCalldata: '0x', needScale: false } as const;
    const input = { tokenIn: M.usdc, netTokenIn: parseUnits('10000', 6), tokenMintSy: M.usdc, pendleSwap: zeroAddress, swapData };
    const limit = { limitRouter: zeroAddress, epsSkipMarket: 0n, normalFills: [], flashFills: [], optData: '0x' } as const;
    const buyPt = encodeCall(DEX_ABI, 'swapExactTokenForPt(address,address,uint256,(uint256,uint256,uint256,uint256,uint256),(address,uint256,address,address,(uint8,address,bytes,bool)),(address,uint256,((uint256,uint256,uint256,uint8,address,address,address,address,uint256,uint256,uint256,bytes),bytes,uint256)[],((uint256,uint256,uint256,uint8,address,address,address,address,uint256,uint256,uint256,bytes),bytes,uint256)[],bytes))', [
      M.user, C.pendleMarket, 1n, approx, input, limit,
    ]);
    expect(decodeCall({ to: C.pendleRouter, data: buyPt })).toMatchObject({ kind: 'swap', name: 'swapExactTokenForPt', selector: '0xc81f847a' });
    const addLp = encodeCall(DEX_ABI, 'addLiquiditySingleToken(address,address,uint256,(uint256,uint256,uint256,uint256,uint256),(address,uint256,address,address,(uint8,address,bytes,bool)),(address,uint256,((uint256,uint256,uint256,uint8,address,address,address,address,uint256,uint256,uint256,bytes),bytes,uint256)[],((uint256,uint256,uint256,uint8,address,address,address,address,uint256,uint256,uint256,bytes),bytes,uint256)[],bytes))', [
      M.user, C.pendleMarket, 1n, approx, input, limit,
    ]);
    expect(decodeCall({ to: C.pendleRouter, data: addLp })).toMatchObject({ kind: 'add-liquidity', selector: '0x12599ac6' });
  });

  it("reads CoW's ETH-flow order and 0x's AllowanceHolder exec as swaps", () => {
    const order = encodeCall(DEX_ABI, 'createOrder((address,address,uint256,uint256,bytes32,uint256,uint32,bool,int64))', [
      { buyToken: M.usdc, receiver: M.user, sellAmount: parseEther('1'), buyAmount: parseUnits('3000', 6), appData: zeroHash, feeAmount: 0n, validTo: 1_767_225_600, partiallyFillable: false, quoteId: 123n },
    ]);
    expect(decodeCall({ to: C.cowEthFlow, data: order, value: '0xde0b6b3a7640000' })).toMatchObject({ kind: 'swap', name: 'createOrder', selector: '0x322bba21' });
    const exec = encodeCall(DEX_ABI, 'exec(address,address,uint256,address,bytes)', [other, M.usdc, parseUnits('500', 6), other, '0x1fff991f']);
    expect(decodeCall({ to: C.allowanceHolder, data: exec })).toMatchObject({ kind: 'swap', name: 'exec', selector: '0x2213bc0b' });
  });
});

describe('decodeCall: perps, options and prediction markets', () => {
  it('unwraps a GMX v2 multicall(sendWnt, sendTokens, createOrder) into its order', () => {
    const sendWnt = encodeCall(DERIVATIVES_ABI, 'sendWnt(address,uint256)', [C.gmxOrderVault, parseEther('0.00012')]);
    const sendTokens = encodeCall(DERIVATIVES_ABI, 'sendTokens(address,address,uint256)', [C.usdcArb, C.gmxOrderVault, parseUnits('2000', 6)]);
    const order = encodeCall(DERIVATIVES_ABI, 'createOrder(((address,address,address,address,address,address[]),(uint256,uint256,uint256,uint256,uint256,uint256,uint256),uint8,uint8,bool,bool,bytes32))', [
      {
        addresses: { receiver: M.user, callbackContract: zeroAddress, uiFeeReceiver: zeroAddress, market: C.gmxEthUsd, initialCollateralToken: C.usdcArb, swapPath: [] },
        numbers: { sizeDeltaUsd: 20_000n * 10n ** 30n, initialCollateralDeltaAmount: parseUnits('2000', 6), triggerPrice: 0n, acceptablePrice: 3_150n * 10n ** 12n, executionFee: parseEther('0.00012'), callbackGasLimit: 0n, minOutputAmount: 0n },
        orderType: 2, decreasePositionSwapType: 0, isLong: true, shouldUnwrapNativeToken: false, referralCode: zeroHash,
      },
    ]);
    const data = encodeCall(DEX_ABI, 'multicall(bytes[])', [[sendWnt, sendTokens, order]]);
    const action = decodeCall({ to: C.gmxExchangeRouter, data, value: '0x6d23ad5f8000' }, { category: 'perps' });
    expect(action).toMatchObject({ kind: 'swap', name: 'createOrder', selector: '0xac9650d8', to: lower(C.gmxExchangeRouter) });
    expect(action.calls?.map((c) => c.kind)).toEqual(['contract-call', 'contract-call', 'swap']);
  });

  it('reads a gTrade v10 openTrade and closeTradeMarket', () => {
    const trade = {
      user: M.user, index: 0, pairIndex: 1, leverage: 25_000, long: true, isOpen: true, collateralIndex: 3, tradeType: 0,
      collateralAmount: parseUnits('500', 6), openPrice: 3_120n * 10n ** 10n, tp: 0n, sl: 0n, isCounterTrade: false, positionSizeToken: 0n, __placeholder: 0,
    };
    const open = encodeCall(DERIVATIVES_ABI, 'openTrade((address,uint32,uint16,uint24,bool,bool,uint8,uint8,uint120,uint64,uint64,uint64,bool,uint160,uint24),uint16,address)', [trade, 1_000, zeroAddress]);
    expect(decodeCall({ to: C.gainsDiamond, data: open })).toMatchObject({ kind: 'swap', name: 'openTrade', selector: '0x5bfcc4f8' });
    const close = encodeCall(DERIVATIVES_ABI, 'closeTradeMarket(uint32,uint64)', [0, 3_340n * 10n ** 10n]);
    expect(decodeCall({ to: C.gainsDiamond, data: close })).toMatchObject({ kind: 'swap', selector: '0x36ce736b' });
  });

  it('reads minting Squeeth against ETH as a borrow', () => {
    const data = encodeCall(DERIVATIVES_ABI, 'mintWPowerPerpAmount(uint256,uint256,uint256)', [0n, parseEther('3.5'), 0n]);
    expect(decodeCall({ to: C.squeethController, data, value: '0x1bc16d674ec80000' })).toMatchObject({ kind: 'borrow', selector: '0x39467918' });
  });

  it('reads a Polymarket redemption as a withdrawal and an Azuro bet as a swap', () => {
    const redeem = encodeCall(DERIVATIVES_ABI, 'redeemPositions(address,bytes32,bytes32,uint256[])', [C.usdcePolygon, zeroHash, `0x${'12'.repeat(32)}`, [1n, 2n]]);
    expect(decodeCall({ to: C.conditionalTokens, data: redeem })).toMatchObject({ kind: 'withdraw', selector: '0x01b7037c' });
    const bet = encodeCall(DERIVATIVES_ABI, 'bet(address,uint128,uint64,(address,uint64,bytes))', [
      other, parseUnits('50', 6), 1_767_225_600n, { affiliate: zeroAddress, minOdds: 1_500_000_000_000n, data: encodeAbiParameters([{ type: 'uint256' }, { type: 'uint64' }], [1n, 2n]) },
    ]);
    expect(decodeCall({ to: C.azuroLp, data: bet })).toMatchObject({ kind: 'swap', name: 'bet', selector: '0xec24ffbf' });
  });
});

describe('decodeCall: lending, CDPs and staking beyond Aave', () => {
  it('reads Liquity openTrove as a borrow and a Stability Pool deposit as a supply', () => {
    const open = encodeCall(LENDING_ABI, 'openTrove(uint256,uint256,address,address)', [parseEther('0.005'), parseEther('12000'), other, other]);
    expect(decodeCall({ to: C.liquityBorrowerOps, data: open, value: '0x6f05b59d3b200000' })).toMatchObject({ kind: 'borrow', selector: '0x860665b3' });
    const sp = encodeCall(LENDING_ABI, 'provideToSP(uint256,address)', [parseEther('5000'), zeroAddress]);
    expect(decodeCall({ to: C.liquityStabilityPool, data: sp })).toMatchObject({ kind: 'supply', selector: '0x5f788d65' });
  });

  it('reads adjustTrove by what it changes', () => {
    const adjust = (collWithdrawal: bigint, change: bigint, increase: boolean) =>
      decodeCall({ to: C.liquityBorrowerOps, data: encodeCall(LENDING_ABI, 'adjustTrove(uint256,uint256,uint256,bool,address,address)', [parseEther('0.005'), collWithdrawal, change, increase, other, other]) }).kind;
    expect(adjust(0n, parseEther('3000'), false)).toBe('repay');
    expect(adjust(0n, parseEther('3000'), true)).toBe('borrow');
    expect(adjust(parseEther('1'), 0n, false)).toBe('withdraw');
    expect(adjust(0n, 0n, false)).toBe('supply');
  });

  it('reads Alchemix: depositUnderlying supplies, mint on the Alchemist borrows', () => {
    const deposit = encodeCall(LENDING_ABI, 'depositUnderlying(address,uint256,address,uint256)', [C.yvDai, parseEther('20000'), M.user, parseEther('19800')]);
    expect(decodeCall({ to: C.alchemistUsd, data: deposit })).toMatchObject({ kind: 'supply', selector: '0xbdfa9bae' });
    const mint = encodeCall(LENDING_ABI, 'mint(uint256,address)', [parseEther('8000'), M.user]);
    expect(decodeCall({ to: C.alchemistUsd, data: mint })).toMatchObject({ kind: 'borrow', name: 'mint' });
    // The same shape on any other contract is an ERC-4626 mint.
    expect(decodeCall({ to: other, data: mint }).kind).toBe('supply');
  });

  it('reads collateral switches: Compound enterMarkets and Aave setUserUseReserveAsCollateral', () => {
    const enter = encodeCall(LENDING_ABI, 'enterMarkets(address[])', [[C.qiAvax]]);
    expect(decodeCall({ to: C.benqiComptroller, data: enter })).toMatchObject({ kind: 'supply', selector: '0xc2998238' });
    const on = encodeCall(LENDING_ABI, 'setUserUseReserveAsCollateral(address,bool)', [M.usdc, true]);
    expect(decodeCall({ to: M.aaveV3Pool, data: on })).toMatchObject({ kind: 'supply', selector: '0x5a3b74b9' });
    const off = encodeCall(LENDING_ABI, 'setUserUseReserveAsCollateral(address,bool)', [M.usdc, false]);
    expect(decodeCall({ to: M.aaveV3Pool, data: off }).kind).toBe('withdraw');
  });

  it('reads Synthetix issuance as a borrow and a Maple redemption request as a withdrawal', () => {
    expect(decodeCall({ to: C.snx, data: encodeCall(LENDING_ABI, 'issueMaxSynths()', []) })).toMatchObject({ kind: 'borrow', selector: '0xaf086c7e' });
    const request = encodeCall(LENDING_ABI, 'requestRedeem(uint256,address)', [parseUnits('20000', 6), M.user]);
    expect(decodeCall({ to: C.mapleSyrupUsdc, data: request })).toMatchObject({ kind: 'withdraw', selector: '0x107703ab' });
  });

  it('reads burning rETH as unstaking, but a burn elsewhere only as a named call', () => {
    const data = encodeCall(STAKING_ABI, 'burn(uint256)', [parseEther('2')]);
    expect(decodeCall({ to: C.rETH, data })).toEqual({ kind: 'unstake', name: 'burn', selector: '0x42966c68', to: lower(C.rETH) });
    expect(decodeCall({ to: M.bayc, data })).toEqual({ kind: 'contract-call', name: 'burn', selector: '0x42966c68', to: lower(M.bayc) });
  });

  it('reads the Ethena cooldown as unstaking and the claim after it as a withdrawal', () => {
    const cooldown = encodeCall(STAKING_ABI, 'cooldownShares(uint256)', [parseEther('10000')]);
    expect(decodeCall({ to: C.sUSDe, data: cooldown })).toMatchObject({ kind: 'unstake', selector: '0x9343d9e1' });
    const claim = encodeCall(STAKING_ABI, 'unstake(address)', [M.user]);
    expect(decodeCall({ to: C.sUSDe, data: claim })).toMatchObject({ kind: 'withdraw', selector: '0xf2888dbb' });
  });

  it('reads a Convex Booster deposit as staking', () => {
    const data = encodeCall(STAKING_ABI, 'deposit(uint256,uint256,bool)', [9n, parseEther('48700'), true]);
    expect(decodeCall({ to: C.convexBooster, data })).toMatchObject({ kind: 'stake', selector: '0x43a0d066' });
  });
});

describe('decodeCall: votes and vote-escrow locks', () => {
  it('reads Curve, Aerodrome and Pendle locks as locks', () => {
    const curve = encodeCall(GOVERNANCE_ABI, 'create_lock(uint256,uint256)', [parseEther('5000'), deadline]);
    expect(decodeCall({ to: C.veCRV, data: curve })).toEqual({ kind: 'lock', name: 'create_lock', selector: '0x65fc3873', to: lower(C.veCRV) });
    const aero = encodeCall(GOVERNANCE_ABI, 'createLock(uint256,uint256)', [parseEther('1350'), 4n * 365n * 86400n]);
    expect(decodeCall({ to: C.veAERO, data: aero })).toMatchObject({ kind: 'lock', selector: '0xb52c05fe' });
    const pendle = encodeCall(GOVERNANCE_ABI, 'increaseLockPosition(uint128,uint128)', [parseEther('2500'), 1_805_068_800n]);
    expect(decodeCall({ to: C.vePENDLE, data: pendle })).toMatchObject({ kind: 'lock', selector: '0xc8121ec2' });
  });

  it('reads an approve + createLock batch as the lock', () => {
    const batch = {
      method: 'wallet_sendCalls',
      params: [{ calls: [
        { to: M.usdc, data: encodeCall(ERC20_ABI, 'approve(address,uint256)', [C.veAERO, parseEther('1350')]) },
        { to: C.veAERO, data: encodeCall(GOVERNANCE_ABI, 'createLock(uint256,uint256)', [parseEther('1350'), 4n * 365n * 86400n]) },
      ] }],
    };
    expect(decodeEvent(batch)).toMatchObject({ kind: 'lock', name: 'createLock' });
  });

  it('reads gauge votes, Nouns refundable votes and Snapshot delegation as votes', () => {
    const gauge = encodeCall(GOVERNANCE_ABI, 'vote(uint256,address[],uint256[])', [71_204n, [other], [10_000n]]);
    expect(decodeCall({ to: C.aerodromeVoter, data: gauge })).toMatchObject({ kind: 'vote', selector: '0x7ac09bf7' });
    const nouns = encodeCall(GOVERNANCE_ABI, 'castRefundableVoteWithReason(uint256,uint8,string)', [751n, 0, 'Budget is too large.']);
    expect(decodeCall({ to: C.nounsDao, data: nouns })).toMatchObject({ kind: 'vote', selector: '0x64c05995' });
    const nounsV4 = encodeCall(GOVERNANCE_ABI, 'castRefundableVote(uint256,uint8,uint32)', [751n, 1, 5]);
    expect(decodeCall({ to: C.nounsDao, data: nounsV4 })).toMatchObject({ kind: 'vote', selector: '0x8f1447d9' });
    const snapshot = encodeCall(GOVERNANCE_ABI, 'setDelegate(bytes32,address)', [toHex('aavedao.eth', { size: 32 }), other]);
    expect(decodeCall({ to: C.snapshotDelegation, data: snapshot })).toMatchObject({ kind: 'vote', selector: '0xbd86e508' });
  });
});

describe('decodeCall: Scroll and Linea bridges', () => {
  it('reads a Scroll gateway ETH deposit and a Linea message-service send as bridging', () => {
    const scroll = encodeCall(BRIDGE_ABI, 'depositETH(uint256,uint256)', [parseEther('0.5'), 168_000n]);
    expect(decodeCall({ to: C.scrollGatewayRouter, data: scroll, value: '0x6f05b59d3b200000' })).toMatchObject({ kind: 'bridge', selector: '0x9f8420b3' });
    const linea = encodeCall(BRIDGE_ABI, 'sendMessage(address,uint256,bytes)', [M.user, 0n, '0x']);
    expect(decodeCall({ to: C.lineaMessageService, data: linea, value: '0x6f05b59d3b200000' })).toMatchObject({ kind: 'bridge', selector: '0x9f3ce55a' });
  });
});

describe('decodeCall: names, NFTs and games', () => {
  it('reads ENS records and subnames as name activity, also inside a resolver multicall', () => {
    const node = `0x${'ee'.repeat(32)}` as const;
    const sub = encodeCall(NAMING_ABI, 'setSubnodeRecord(bytes32,bytes32,address,address,uint64)', [node, `0x${'dd'.repeat(32)}`, M.user, C.ensResolver, 0n]);
    expect(decodeCall({ to: C.ensRegistry, data: sub })).toMatchObject({ kind: 'register-name', selector: '0x5ef2c7f0' });
    const texts = ['avatar', 'url'].map((key) => encodeCall(NAMING_ABI, 'setText(bytes32,string,string)', [node, key, 'x']));
    const batch = decodeCall({ to: C.ensResolver, data: encodeCall(DEX_ABI, 'multicall(bytes[])', [texts]) });
    expect(batch).toMatchObject({ kind: 'register-name', name: 'setText', selector: '0xac9650d8' });
  });

  it('reads a Zora collection as a deploy, Manifold and Highlight claims as mints', () => {
    const zora = encodeCall(NFT_ABI, 'createContract(string,string,(uint32,uint32,address),address,bytes[])', [
      'ipfs://contract', 'Tidewatch', { royaltyMintSchedule: 0, royaltyBPS: 500, royaltyRecipient: M.user }, M.user, [],
    ]);
    expect(decodeCall({ to: C.zoraFactory, data: zora })).toMatchObject({ kind: 'deploy', selector: '0x0582823a' });
    const manifold = encodeCall(NFT_ABI, 'mint(address,uint256,uint32,bytes32[],address)', [other, 4_410_000_000n, 0, [], M.user]);
    expect(decodeCall({ to: C.manifoldClaim, data: manifold })).toMatchObject({ kind: 'mint', selector: '0xfa2b068f' });
    const highlight = encodeCall(NFT_ABI, 'vectorMint721(uint256,uint48,address)', [8_841n, 2, M.user]);
    expect(decodeCall({ to: C.highlightMintManager, data: highlight })).toMatchObject({ kind: 'mint', selector: '0x23bc2078' });
  });

  it('reads Treasure and Decentraland purchases as buying NFTs', () => {
    const treasure = encodeCall(NFT_ABI, 'buyItems((address,uint256,address,uint64,uint128,address,bool)[])', [[
      { nftAddress: other, tokenId: 42n, owner: other, quantity: 1n, maxPricePerItem: parseEther('40'), paymentToken: other, usingEth: false },
    ]]);
    expect(decodeCall({ to: C.treasureMarketplace, data: treasure })).toMatchObject({ kind: 'buy-nft', selector: '0xa07076b2' });
    const dcl = encodeCall(NFT_ABI, 'executeOrder(address,uint256,uint256)', [other, 1n, parseEther('120')]);
    expect(decodeCall({ to: C.dclMarketplace, data: dcl })).toMatchObject({ kind: 'buy-nft', selector: '0xae7b0333' });
  });
});

describe('decodeCall: payments', () => {
  it('reads a Sablier linear stream with its token and recipient', () => {
    const data = encodeCall(PAYMENTS_ABI, 'createWithDurationsLL((address,address,uint128,address,bool,bool,string),(uint128,uint128),(uint40,uint40))', [
      { sender: M.user, recipient: other, depositAmount: parseUnits('36000', 6), token: C.usdcArb, cancelable: true, transferable: false, shape: 'linear' },
      { start: 0n, cliff: 0n },
      { cliff: 90 * 86400, total: 365 * 86400 },
    ]);
    expect(decodeCall({ to: C.sablierLockup, data })).toEqual({
      kind: 'stream', name: 'createWithDurationsLL', selector: '0xb8856d89', to: lower(C.sablierLockup), recipient: other, token: lower(C.usdcArb),
    });
    const withdraw = encodeCall(PAYMENTS_ABI, 'withdrawMax(uint256,address)', [2_418n, M.user]);
    expect(decodeCall({ to: C.sablierLockup, data: withdraw })).toMatchObject({ kind: 'withdraw', selector: '0xea5ead19' });
  });

  it('reads Superfluid createFlow and setFlowrate as streams', () => {
    const create = encodeCall(PAYMENTS_ABI, 'createFlow(address,address,address,int96,bytes)', [C.usdcx, M.user, other, 1_543_209_876_543n, '0x']);
    expect(decodeCall({ to: C.cfaForwarder, data: create })).toEqual({
      kind: 'stream', name: 'createFlow', selector: '0xe15536b6', to: lower(C.cfaForwarder), recipient: other, token: lower(C.usdcx),
    });
    const set = encodeCall(PAYMENTS_ABI, 'setFlowrate(address,address,int96)', [C.usdcx, other, 0n]);
    expect(decodeCall({ to: C.cfaForwarder, data: set })).toMatchObject({ kind: 'stream', selector: '0x57e6aa36' });
  });

  it('reads Disperse token batches as transfers of that token and ether batches as native sends', () => {
    const token = encodeCall(PAYMENTS_ABI, 'disperseToken(address,address[],uint256[])', [M.usdc, [other, M.user], [1n, 2n]]);
    expect(decodeCall({ to: C.disperse, data: token })).toEqual({
      kind: 'transfer', name: 'disperseToken', selector: '0xc73a2d60', to: lower(C.disperse), token: lower(M.usdc),
    });
    const ether = encodeCall(PAYMENTS_ABI, 'disperseEther(address[],uint256[])', [[other], [parseEther('0.05')]]);
    expect(decodeCall({ to: C.disperse, data: ether, value: '0xb1a2bc2ec50000' })).toEqual({
      kind: 'send-native', name: 'disperseEther', selector: '0xe63d38ed', to: lower(C.disperse),
    });
  });

  it('reads a Request Network invoice payment as a transfer to the payee, and a split as a deploy', () => {
    const pay = encodeCall(PAYMENTS_ABI, 'transferFromWithReferenceAndFee(address,address,uint256,bytes,uint256,address)', [C.usdcPolygon, other, parseUnits('2750', 6), '0x7a3c91e04b2d8f16', 0n, zeroAddress]);
    expect(decodeCall({ to: C.requestFeeProxy, data: pay })).toMatchObject({ kind: 'transfer', recipient: other, token: lower(C.usdcPolygon) });
    const split = encodeCall(PAYMENTS_ABI, 'createSplit(address[],uint32[],uint32,address)', [[other, M.user], [500_000, 500_000], 0, zeroAddress]);
    expect(decodeCall({ to: C.splitMain, data: split })).toMatchObject({ kind: 'deploy', selector: '0x7601f782' });
  });
});

describe('decodeCall: social, wallets and launchpads', () => {
  it('reads Farcaster registration and storage rent as name activity; adding a key stays a named call', () => {
    const register = encodeCall(SOCIAL_ABI, 'register(address)', [other]);
    expect(decodeCall({ to: C.fcIdGateway, data: register })).toMatchObject({ kind: 'register-name', selector: '0x4420e486' });
    const rent = encodeCall(SOCIAL_ABI, 'rent(uint256,uint256)', [1_082_334n, 1n]);
    expect(decodeCall({ to: C.fcStorageRegistry, data: rent })).toMatchObject({ kind: 'register-name', selector: '0x783a112b' });
    const add = encodeCall(SOCIAL_ABI, 'add(uint32,bytes,uint8,bytes)', [1, `0x${'ab'.repeat(32)}`, 1, '0x']);
    expect(decodeCall({ to: C.fcKeyGateway, data: add })).toEqual({ kind: 'contract-call', name: 'add', selector: '0x22b1a414', to: lower(C.fcKeyGateway) });
    const follow = encodeCall(SOCIAL_ABI, 'follow(uint256,uint256[],uint256[],bytes[])', [118_204n, [5n], [0n], ['0x']]);
    expect(decodeCall({ to: C.lensHub, data: follow })).toMatchObject({ kind: 'contract-call', name: 'follow', selector: '0x4b7312a9' });
  });

  it('reads creating a Safe as creating a wallet; a delegate.xyz delegation stays a named call', () => {
    const data = encodeCall(WALLET_ABI, 'createProxyWithNonce(address,bytes,uint256)', [C.safeL2Singleton141, '0xb63e800d', 1_767_434_400_000n]);
    expect(decodeCall({ to: C.safeProxyFactory141, data })).toEqual({
      kind: 'create-wallet', name: 'createProxyWithNonce', selector: '0x1688f0b9', to: lower(C.safeProxyFactory141),
    });
    const delegate = encodeCall(WALLET_ABI, 'delegateAll(address,bytes32,bool)', [other, zeroHash, true]);
    expect(decodeCall({ to: C.delegateRegistryV2, data: delegate })).toMatchObject({ kind: 'contract-call', name: 'delegateAll' });
  });

  it('reads a Juicebox payment and a Mint Club mint as mints, a Gitcoin allocation as a transfer', () => {
    const pay = encodeCall(LAUNCHPAD_ABI, 'pay(uint256,address,uint256,address,uint256,string,bytes)', [
      618n, '0x000000000000000000000000000000000000EEEe', parseEther('0.5'), M.user, 0n, 'gm', '0x',
    ]);
    expect(decodeCall({ to: C.juiceboxTerminal, data: pay, value: '0x6f05b59d3b200000' })).toMatchObject({ kind: 'mint', selector: '0xfef43257' });
    const mint = encodeCall(LAUNCHPAD_ABI, 'mint(address,uint256,uint256,address)', [other, parseEther('25000'), parseUnits('150', 6), M.user]);
    expect(decodeCall({ to: C.mintClubBond, data: mint })).toMatchObject({ kind: 'mint', selector: '0xf74bfe8e' });
    const allocate = encodeCall(LAUNCHPAD_ABI, 'allocate(uint256,bytes)', [42n, '0x']);
    expect(decodeCall({ to: C.alloV2, data: allocate })).toEqual({ kind: 'transfer', name: 'allocate', selector: '0x2ec38188', to: lower(C.alloV2) });
  });
});
