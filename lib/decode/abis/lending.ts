import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Lending markets, vaults and collateralised debt: Aave v3 (and forks such as Spark, Radiant),
 * Aave v2, Aave's wrapped-token gateway, Compound v3 and v2 (and forks: Venus, Benqi, Moonwell),
 * Morpho Blue, ERC-4626 vaults, Maple, Liquity, Alchemix and Synthetix.
 */
export const LENDING_ABI = parseAbi([
  // Aave v3 Pool.
  'function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)',
  'function supplyWithPermit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS)',
  'function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)',
  'function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns (uint256)',
  'function repayWithPermit(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns (uint256)',
  'function repayWithATokens(address asset, uint256 amount, uint256 interestRateMode) returns (uint256)',
  'function withdraw(address asset, uint256 amount, address to) returns (uint256)',
  // Aave v3 L2Pool packs the arguments into one word to save calldata on rollups.
  'function supply(bytes32 args)',
  'function borrow(bytes32 args)',
  'function repay(bytes32 args) returns (uint256)',
  'function repayWithATokens(bytes32 args) returns (uint256)',
  'function withdraw(bytes32 args) returns (uint256)',
  // Aave v2/v3 collateral switch: refine.ts reads enabling as supply and disabling as withdraw.
  'function setUserUseReserveAsCollateral(address asset, bool useAsCollateral)',
  // Aave v2 LendingPool (borrow/repay/withdraw share v3's shapes).
  'function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)',
  // Aave WrappedTokenGateway: v2/v3.0 shapes and the later ones without a rate mode.
  'function depositETH(address pool, address onBehalfOf, uint16 referralCode) payable',
  'function withdrawETH(address pool, uint256 amount, address to)',
  'function borrowETH(address pool, uint256 amount, uint256 interestRateMode, uint16 referralCode)',
  'function borrowETH(address pool, uint256 amount, uint16 referralCode)',
  'function repayETH(address pool, uint256 amount, uint256 rateMode, address onBehalfOf) payable',
  'function repayETH(address pool, uint256 amount, address onBehalfOf) payable',

  // Compound v3 Comet. Supplying base while in debt repays, withdrawing past the balance borrows:
  // calldata alone cannot tell, so these read as supply/withdraw.
  'function supply(address asset, uint256 amount)',
  'function supplyTo(address dst, address asset, uint256 amount)',
  'function withdraw(address asset, uint256 amount)',
  'function withdrawTo(address to, address asset, uint256 amount)',

  // Compound v2 cTokens (and forks). mint(uint256)/mint() also appear in nft.ts.
  'function mint(uint256 mintAmount) returns (uint256)',
  'function mint() payable',
  'function redeem(uint256 redeemTokens) returns (uint256)',
  'function redeemUnderlying(uint256 redeemAmount) returns (uint256)',
  'function borrow(uint256 borrowAmount) returns (uint256)',
  'function repayBorrow(uint256 repayAmount) returns (uint256)',
  'function repayBorrow() payable',
  'function repayBorrowBehalf(address borrower, uint256 repayAmount) returns (uint256)',
  // The Comptroller: entering a market makes a supplied asset collateral, exiting stops it.
  'function enterMarkets(address[] cTokens) returns (uint256[])',
  'function exitMarket(address cTokenAddress) returns (uint256)',

  // Morpho Blue.
  'struct MarketParams { address loanToken; address collateralToken; address oracle; address irm; uint256 lltv; }',
  'function supply(MarketParams marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns (uint256, uint256)',
  'function withdraw(MarketParams marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns (uint256, uint256)',
  'function borrow(MarketParams marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns (uint256, uint256)',
  'function repay(MarketParams marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns (uint256, uint256)',
  'function supplyCollateral(MarketParams marketParams, uint256 assets, address onBehalf, bytes data)',
  'function withdrawCollateral(MarketParams marketParams, uint256 assets, address onBehalf, address receiver)',

  // ERC-4626 vaults, and the older single-argument vault deposit/withdraw (Yearn v2 and many farms).
  'function deposit(uint256 assets, address receiver) returns (uint256)',
  'function mint(uint256 shares, address receiver) returns (uint256)',
  'function withdraw(uint256 assets, address receiver, address owner) returns (uint256)',
  'function redeem(uint256 shares, address receiver, address owner) returns (uint256)',
  'function deposit(uint256 amount) returns (uint256)',
  'function withdraw(uint256 amount) returns (uint256)',

  // Maple Pool v2 (syrupUSDC and others): redemptions are requested, then processed by the pool.
  'function requestRedeem(uint256 shares, address owner) returns (uint256)',

  // Liquity v1 BorrowerOperations (a trove is ETH collateral against LUSD debt) and Stability Pool.
  // adjustTrove can do any of four things; refine.ts reads which from its arguments.
  'function openTrove(uint256 maxFeePercentage, uint256 LUSDAmount, address upperHint, address lowerHint) payable',
  'function adjustTrove(uint256 maxFeePercentage, uint256 collWithdrawal, uint256 LUSDChange, bool isDebtIncrease, address upperHint, address lowerHint) payable',
  'function addColl(address upperHint, address lowerHint) payable',
  'function withdrawColl(uint256 amount, address upperHint, address lowerHint)',
  'function withdrawLUSD(uint256 maxFeePercentage, uint256 LUSDAmount, address upperHint, address lowerHint)',
  'function repayLUSD(uint256 LUSDAmount, address upperHint, address lowerHint)',
  'function closeTrove()',
  'function claimCollateral()',
  'function provideToSP(uint256 amount, address frontEndTag)',
  'function withdrawFromSP(uint256 amount)',

  // Alchemix AlchemistV2: collateral goes in as a yield token or its underlying. Its mint(uint256,address),
  // which borrows alAssets, has the ERC-4626 mint's shape above: contract-kinds.ts tells them apart by address.
  'function deposit(address yieldToken, uint256 amount, address recipient) returns (uint256)',
  'function depositUnderlying(address yieldToken, uint256 amount, address recipient, uint256 minimumAmountOut) returns (uint256)',
  'function withdrawUnderlying(address yieldToken, uint256 shares, address recipient, uint256 minimumAmountOut) returns (uint256)',

  // Synthetix v2x: issuing sUSD against staked SNX is debt; burning it pays the debt down.
  'function issueSynths(uint256 amount)',
  'function issueMaxSynths()',
  'function burnSynths(uint256 amount)',
  'function burnSynthsToTarget()',
]);

export const LENDING_KINDS: KindTable = {
  supply: 'supply',
  supplyWithPermit: 'supply',
  supplyTo: 'supply',
  supplyCollateral: 'supply',
  deposit: 'supply',
  depositETH: 'supply',
  mint: 'supply',
  borrow: 'borrow',
  borrowETH: 'borrow',
  repay: 'repay',
  repayWithPermit: 'repay',
  repayWithATokens: 'repay',
  repayETH: 'repay',
  repayBorrow: 'repay',
  repayBorrowBehalf: 'repay',
  withdraw: 'withdraw',
  withdrawTo: 'withdraw',
  withdrawETH: 'withdraw',
  withdrawCollateral: 'withdraw',
  redeem: 'withdraw',
  redeemUnderlying: 'withdraw',
  setUserUseReserveAsCollateral: 'supply',
  enterMarkets: 'supply',
  exitMarket: 'withdraw',
  requestRedeem: 'withdraw',
  openTrove: 'borrow',
  adjustTrove: 'borrow',
  addColl: 'supply',
  withdrawColl: 'withdraw',
  withdrawLUSD: 'borrow',
  repayLUSD: 'repay',
  closeTrove: 'repay',
  claimCollateral: 'withdraw',
  provideToSP: 'supply',
  withdrawFromSP: 'withdraw',
  depositUnderlying: 'supply',
  withdrawUnderlying: 'withdraw',
  issueSynths: 'borrow',
  issueMaxSynths: 'borrow',
  burnSynths: 'repay',
  burnSynthsToTarget: 'repay',
};
