import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Perpetuals, options and prediction markets: GMX v2 orders, gTrade (Gains Network) trades, Opyn
 * Squeeth vaults, Gnosis Conditional Tokens (Polymarket) redemptions and Azuro bets. There is no
 * separate kind for a leveraged trade or a bet: opening or closing a position exchanges one exposure
 * for another, so it reads as a swap; minting Squeeth against collateral is debt, so it reads as a borrow.
 */
export const DERIVATIVES_ABI = parseAbi([
  // GMX v2 ExchangeRouter, called as multicall([sendWnt, sendTokens, createOrder]). The first shape is
  // the 2023 launch one; the current one adds a cancellation receiver, validFromTime, autoCancel and dataList.
  'struct GmxOrderAddresses { address receiver; address callbackContract; address uiFeeReceiver; address market; address initialCollateralToken; address[] swapPath; }',
  'struct GmxOrderNumbers { uint256 sizeDeltaUsd; uint256 initialCollateralDeltaAmount; uint256 triggerPrice; uint256 acceptablePrice; uint256 executionFee; uint256 callbackGasLimit; uint256 minOutputAmount; }',
  'struct GmxCreateOrderParams { GmxOrderAddresses addresses; GmxOrderNumbers numbers; uint8 orderType; uint8 decreasePositionSwapType; bool isLong; bool shouldUnwrapNativeToken; bytes32 referralCode; }',
  'function createOrder(GmxCreateOrderParams params) payable returns (bytes32)',
  'struct GmxOrderAddressesV2 { address receiver; address cancellationReceiver; address callbackContract; address uiFeeReceiver; address market; address initialCollateralToken; address[] swapPath; }',
  'struct GmxOrderNumbersV2 { uint256 sizeDeltaUsd; uint256 initialCollateralDeltaAmount; uint256 triggerPrice; uint256 acceptablePrice; uint256 executionFee; uint256 callbackGasLimit; uint256 minOutputAmount; uint256 validFromTime; }',
  'struct GmxCreateOrderParamsV2 { GmxOrderAddressesV2 addresses; GmxOrderNumbersV2 numbers; uint8 orderType; uint8 decreasePositionSwapType; bool isLong; bool shouldUnwrapNativeToken; bool autoCancel; bytes32 referralCode; bytes32[] dataList; }',
  'function createOrder(GmxCreateOrderParamsV2 params) payable returns (bytes32)',
  // Funding the order vault inside the multicall: plumbing, never the point of the batch.
  'function sendWnt(address receiver, uint256 amount) payable',
  'function sendTokens(address token, address receiver, uint256 amount) payable',

  // gTrade v10 multi-collateral diamond (ITradingStorage.Trade).
  'struct GnsTrade { address user; uint32 index; uint16 pairIndex; uint24 leverage; bool long; bool isOpen; uint8 collateralIndex; uint8 tradeType; uint120 collateralAmount; uint64 openPrice; uint64 tp; uint64 sl; bool isCounterTrade; uint160 positionSizeToken; uint24 __placeholder; }',
  'function openTrade(GnsTrade trade, uint16 maxSlippageP, address referrer)',
  'function openTradeNative(GnsTrade trade, uint16 maxSlippageP, address referrer) payable',
  'function closeTradeMarket(uint32 index, uint64 expectedPrice)',

  // Opyn Squeeth Controller: minting oSQTH against ETH collateral (a short vault).
  'function mintWPowerPerpAmount(uint256 vaultId, uint256 wPowerPerpAmount, uint256 uniTokenId) payable returns (uint256)',
  'function mintPowerPerpAmount(uint256 vaultId, uint256 powerPerpAmount, uint256 uniTokenId) payable returns (uint256, uint256)',

  // Gnosis Conditional Tokens (Polymarket's CTF): collecting the collateral of resolved outcomes.
  'function redeemPositions(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] indexSets)',

  // Azuro v2 LP: placing a bet (in the pool token or native) and collecting a winning one.
  'struct BetData { address affiliate; uint64 minOdds; bytes data; }',
  'function bet(address core, uint128 amount, uint64 expiresAt, BetData betData) returns (uint256)',
  'function betNative(address core, uint64 expiresAt, BetData betData) payable returns (uint256)',
  'function withdrawPayout(address core, uint256 tokenId, bool isNative)',
]);

export const DERIVATIVES_KINDS: KindTable = {
  createOrder: 'swap',
  sendWnt: 'contract-call',
  sendTokens: 'contract-call',
  openTrade: 'swap',
  openTradeNative: 'swap',
  closeTradeMarket: 'swap',
  mintWPowerPerpAmount: 'borrow',
  mintPowerPerpAmount: 'borrow',
  redeemPositions: 'withdraw',
  bet: 'swap',
  betNative: 'swap',
  withdrawPayout: 'withdraw',
};
