import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Swaps and liquidity: Uniswap (Universal Router, V2, V3, SwapRouter02, positions) and the shapes
 * its forks reuse (Sushi, PancakeSwap), aggregators (1inch, 0x, Paraswap, KyberSwap, Odos),
 * Curve, Balancer V2, Aerodrome/Velodrome and the Solidly forks, Algebra (QuickSwap, Camelot,
 * Lynex), LFJ Liquidity Book, SyncSwap, Pendle, CoW's ETH flow and 0x's AllowanceHolder.
 * Multicalls are unwrapped by decode-call.
 */
export const DEX_ABI = parseAbi([
  // Uniswap Universal Router (with and without deadline). The 0x Settler's execute differs in types.
  'function execute(bytes commands, bytes[] inputs, uint256 deadline) payable',
  'function execute(bytes commands, bytes[] inputs) payable',

  // Uniswap V2 Router02 and forks.
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline) returns (uint256[])',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline) returns (uint256[])',
  'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable returns (uint256[])',
  'function swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline) returns (uint256[])',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline) returns (uint256[])',
  'function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline) payable returns (uint256[])',
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable',
  // Camelot's V2 router adds a referrer to the fee-on-transfer swaps.
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, address referrer, uint256 deadline)',
  'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, address referrer, uint256 deadline) payable',
  'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, address referrer, uint256 deadline)',
  // Merchant Moe's router names the chain's coin "native".
  'function swapExactNativeForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline) payable returns (uint256[])',
  'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)',
  'function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256, uint256, uint256)',
  'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256)',
  'function removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256, uint256)',
  'function removeLiquidityWithPermit(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s) returns (uint256, uint256)',
  'function removeLiquidityETHWithPermit(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s) returns (uint256, uint256)',
  'function removeLiquidityETHSupportingFeeOnTransferTokens(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256)',
  'function removeLiquidityETHWithPermitSupportingFeeOnTransferTokens(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s) returns (uint256)',
  // SwapRouter02's V2 swaps drop the deadline (it lives in multicall).
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to) payable returns (uint256)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to) payable returns (uint256)',

  // Uniswap V3 SwapRouter (params carry a deadline) ...
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'struct ExactInputParams { bytes path; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; }',
  'struct ExactOutputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; uint160 sqrtPriceLimitX96; }',
  'struct ExactOutputParams { bytes path; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; }',
  'function exactInputSingle(ExactInputSingleParams params) payable returns (uint256)',
  'function exactInput(ExactInputParams params) payable returns (uint256)',
  'function exactOutputSingle(ExactOutputSingleParams params) payable returns (uint256)',
  'function exactOutput(ExactOutputParams params) payable returns (uint256)',
  // ... and SwapRouter02 (no deadline in the params).
  'struct ExactInputSingleParams02 { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'struct ExactInputParams02 { bytes path; address recipient; uint256 amountIn; uint256 amountOutMinimum; }',
  'struct ExactOutputSingleParams02 { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 amountOut; uint256 amountInMaximum; uint160 sqrtPriceLimitX96; }',
  'struct ExactOutputParams02 { bytes path; address recipient; uint256 amountOut; uint256 amountInMaximum; }',
  'function exactInputSingle(ExactInputSingleParams02 params) payable returns (uint256)',
  'function exactInput(ExactInputParams02 params) payable returns (uint256)',
  'function exactOutputSingle(ExactOutputSingleParams02 params) payable returns (uint256)',
  'function exactOutput(ExactOutputParams02 params) payable returns (uint256)',
  // Batching (decode-call unwraps `data`) and the helper calls that ride along in a batch.
  'function multicall(bytes[] data) payable returns (bytes[])',
  'function multicall(uint256 deadline, bytes[] data) payable returns (bytes[])',
  'function multicall(bytes32 previousBlockhash, bytes[] data) payable returns (bytes[])',
  'function unwrapWETH9(uint256 amountMinimum, address recipient) payable',
  'function unwrapWETH9(uint256 amountMinimum) payable',
  'function wrapETH(uint256 value) payable',
  'function refundETH() payable',
  'function sweepToken(address token, uint256 amountMinimum, address recipient) payable',
  'function sweepToken(address token, uint256 amountMinimum) payable',
  'function selfPermit(address token, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) payable',
  'function createAndInitializePoolIfNecessary(address token0, address token1, uint24 fee, uint160 sqrtPriceX96) payable returns (address)',

  // Uniswap V3 NonfungiblePositionManager.
  'struct MintParams { address token0; address token1; uint24 fee; int24 tickLower; int24 tickUpper; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; address recipient; uint256 deadline; }',
  'struct IncreaseLiquidityParams { uint256 tokenId; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function mint(MintParams params) payable returns (uint256, uint128, uint256, uint256)',
  'function increaseLiquidity(IncreaseLiquidityParams params) payable returns (uint128, uint256, uint256)',
  'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256, uint256)',
  'function collect(CollectParams params) payable returns (uint256, uint256)',

  // 1inch AggregationRouter v5 ...
  'struct SwapDescription { address srcToken; address dstToken; address srcReceiver; address dstReceiver; uint256 amount; uint256 minReturnAmount; uint256 flags; }',
  'function swap(address executor, SwapDescription desc, bytes permit, bytes data) payable returns (uint256, uint256)',
  'function unoswap(address srcToken, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function unoswapTo(address recipient, address srcToken, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function uniswapV3Swap(uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function uniswapV3SwapTo(address recipient, uint256 amount, uint256 minReturn, uint256[] pools) payable returns (uint256)',
  'function clipperSwap(address clipperExchange, address srcToken, address dstToken, uint256 inputAmount, uint256 outputAmount, uint256 goodUntil, bytes32 r, bytes32 vs) payable returns (uint256)',
  // ... and v6, where token/dex arguments are packed into uint256 ("Address").
  'function swap(address executor, SwapDescription desc, bytes data) payable returns (uint256, uint256)',
  'function unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex) returns (uint256)',
  'function unoswap2(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2) returns (uint256)',
  'function unoswap3(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2, uint256 dex3) returns (uint256)',
  'function unoswapTo(uint256 to, uint256 token, uint256 amount, uint256 minReturn, uint256 dex) returns (uint256)',
  'function ethUnoswap(uint256 minReturn, uint256 dex) payable returns (uint256)',
  'function ethUnoswap2(uint256 minReturn, uint256 dex, uint256 dex2) payable returns (uint256)',
  'function ethUnoswapTo(uint256 to, uint256 minReturn, uint256 dex) payable returns (uint256)',

  // 0x Exchange Proxy features, and the newer 0x Settler.
  'struct Transformation { uint32 deploymentNonce; bytes data; }',
  'function transformERC20(address inputToken, address outputToken, uint256 inputTokenAmount, uint256 minOutputTokenAmount, Transformation[] transformations) payable returns (uint256)',
  'function sellToUniswap(address[] tokens, uint256 sellAmount, uint256 minBuyAmount, bool isSushi) payable returns (uint256)',
  'function sellToPancakeSwap(address[] tokens, uint256 sellAmount, uint256 minBuyAmount, uint8 fork) payable returns (uint256)',
  'function sellEthForTokenToUniswapV3(bytes encodedPath, uint256 minBuyAmount, address recipient) payable returns (uint256)',
  'function sellTokenForEthToUniswapV3(bytes encodedPath, uint256 sellAmount, uint256 minBuyAmount, address recipient) returns (uint256)',
  'function sellTokenForTokenToUniswapV3(bytes encodedPath, uint256 sellAmount, uint256 minBuyAmount, address recipient) returns (uint256)',
  'struct AllowedSlippage { address recipient; address buyToken; uint256 minAmountOut; }',
  'function execute(AllowedSlippage slippage, bytes[] actions, bytes32 zidAndAffiliate) payable returns (bool)',

  // Curve pools (stableswap int128 indices, cryptoswap uint256 indices, NG with receiver).
  'function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy) payable returns (uint256)',
  'function exchange(int128 i, int128 j, uint256 dx, uint256 min_dy, address receiver) returns (uint256)',
  'function exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy) payable returns (uint256)',
  'function exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy, bool use_eth) payable returns (uint256)',
  'function exchange_underlying(int128 i, int128 j, uint256 dx, uint256 min_dy) returns (uint256)',
  'function exchange_underlying(uint256 i, uint256 j, uint256 dx, uint256 min_dy) payable returns (uint256)',
  // Curve Router NG (Vyper default arguments make three overloads) and the older exchange_multiple.
  'function exchange(address[11] _route, uint256[5][5] _swap_params, uint256 _amount, uint256 _expected) payable returns (uint256)',
  'function exchange(address[11] _route, uint256[5][5] _swap_params, uint256 _amount, uint256 _expected, address[5] _pools) payable returns (uint256)',
  'function exchange(address[11] _route, uint256[5][5] _swap_params, uint256 _amount, uint256 _expected, address[5] _pools, address _receiver) payable returns (uint256)',
  'function exchange_multiple(address[9] _route, uint256[3][4] _swap_params, uint256 _amount, uint256 _expected, address[4] _pools, address _receiver) payable returns (uint256)',
  'function add_liquidity(uint256[2] amounts, uint256 min_mint_amount) payable returns (uint256)',
  'function add_liquidity(uint256[3] amounts, uint256 min_mint_amount) returns (uint256)',
  'function add_liquidity(uint256[4] amounts, uint256 min_mint_amount) returns (uint256)',
  'function add_liquidity(uint256[2] amounts, uint256 min_mint_amount, bool use_eth) payable returns (uint256)',
  'function add_liquidity(uint256[] amounts, uint256 min_mint_amount) returns (uint256)',
  'function add_liquidity(uint256[] amounts, uint256 min_mint_amount, address receiver) returns (uint256)',
  'function remove_liquidity(uint256 amount, uint256[2] min_amounts) returns (uint256[2])',
  'function remove_liquidity(uint256 amount, uint256[3] min_amounts) returns (uint256[3])',
  'function remove_liquidity(uint256 amount, uint256[4] min_amounts) returns (uint256[4])',
  'function remove_liquidity(uint256 amount, uint256[] min_amounts) returns (uint256[])',
  'function remove_liquidity_one_coin(uint256 token_amount, int128 i, uint256 min_amount) returns (uint256)',
  'function remove_liquidity_one_coin(uint256 token_amount, uint256 i, uint256 min_amount) returns (uint256)',
  'function remove_liquidity_imbalance(uint256[2] amounts, uint256 max_burn_amount) returns (uint256)',
  'function remove_liquidity_imbalance(uint256[3] amounts, uint256 max_burn_amount) returns (uint256)',

  // Balancer V2 Vault.
  'struct SingleSwap { bytes32 poolId; uint8 kind; address assetIn; address assetOut; uint256 amount; bytes userData; }',
  'struct FundManagement { address sender; bool fromInternalBalance; address recipient; bool toInternalBalance; }',
  'struct BatchSwapStep { bytes32 poolId; uint256 assetInIndex; uint256 assetOutIndex; uint256 amount; bytes userData; }',
  'struct JoinPoolRequest { address[] assets; uint256[] maxAmountsIn; bytes userData; bool fromInternalBalance; }',
  'struct ExitPoolRequest { address[] assets; uint256[] minAmountsOut; bytes userData; bool toInternalBalance; }',
  'function swap(SingleSwap singleSwap, FundManagement funds, uint256 limit, uint256 deadline) payable returns (uint256)',
  'function batchSwap(uint8 kind, BatchSwapStep[] swaps, address[] assets, FundManagement funds, int256[] limits, uint256 deadline) payable returns (int256[])',
  'function joinPool(bytes32 poolId, address sender, address recipient, JoinPoolRequest request) payable',
  'function exitPool(bytes32 poolId, address sender, address recipient, ExitPoolRequest request)',

  // Paraswap Augustus v6 (generic executor) and v5 (simple/multi/mega swap).
  'struct GenericData { address srcToken; address destToken; uint256 fromAmount; uint256 toAmount; uint256 quotedAmount; bytes32 metadata; address beneficiary; }',
  'function swapExactAmountIn(address executor, GenericData swapData, uint256 partnerAndFee, bytes permit, bytes executorData) payable returns (uint256, uint256, uint256)',
  'function swapExactAmountOut(address executor, GenericData swapData, uint256 partnerAndFee, bytes permit, bytes executorData) payable returns (uint256, uint256, uint256, uint256)',
  'struct SimpleData { address fromToken; address toToken; uint256 fromAmount; uint256 toAmount; uint256 expectedAmount; address[] callees; bytes exchangeData; uint256[] startIndexes; uint256[] values; address beneficiary; address partner; uint256 feePercent; bytes permit; uint256 deadline; bytes16 uuid; }',
  'struct ParaRoute { uint256 index; address targetExchange; uint256 percent; bytes payload; uint256 networkFee; }',
  'struct ParaAdapter { address adapter; uint256 percent; uint256 networkFee; ParaRoute[] route; }',
  'struct ParaPath { address to; uint256 totalNetworkFee; ParaAdapter[] adapters; }',
  'struct MegaSwapPath { uint256 fromAmountPercent; ParaPath[] path; }',
  'struct SellData { address fromToken; uint256 fromAmount; uint256 toAmount; uint256 expectedAmount; address beneficiary; ParaPath[] path; address partner; uint256 feePercent; bytes permit; uint256 deadline; bytes16 uuid; }',
  'struct MegaSwapSellData { address fromToken; uint256 fromAmount; uint256 toAmount; uint256 expectedAmount; address beneficiary; MegaSwapPath[] path; address partner; uint256 feePercent; bytes permit; uint256 deadline; bytes16 uuid; }',
  'function simpleSwap(SimpleData data) payable returns (uint256)',
  'function multiSwap(SellData data) payable returns (uint256)',
  'function megaSwap(MegaSwapSellData data) payable returns (uint256)',

  // KyberSwap MetaAggregationRouterV2.
  'struct SwapDescriptionV2 { address srcToken; address dstToken; address[] srcReceivers; uint256[] srcAmounts; address[] feeReceivers; uint256[] feeAmounts; address dstReceiver; uint256 amount; uint256 minReturnAmount; uint256 flags; bytes permit; }',
  'struct SwapExecutionParams { address callTarget; address approveTarget; bytes targetData; SwapDescriptionV2 desc; bytes clientData; }',
  'function swap(SwapExecutionParams execution) payable returns (uint256, uint256)',
  'function swapSimpleMode(address caller, SwapDescriptionV2 desc, bytes executorData, bytes clientData) returns (uint256, uint256)',

  // Odos Router V2.
  'struct SwapTokenInfo { address inputToken; uint256 inputAmount; address inputReceiver; address outputToken; uint256 outputQuote; uint256 outputMin; address outputReceiver; }',
  'function swap(SwapTokenInfo tokenInfo, bytes pathDefinition, address executor, uint32 referralCode) payable returns (uint256)',
  'function swapCompact() payable returns (uint256)',

  // Aerodrome / Velodrome V2 router (routes name a pool factory).
  'struct Route { address from; address to; bool stable; address factory; }',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, Route[] routes, address to, uint256 deadline) returns (uint256[])',
  'function swapExactETHForTokens(uint256 amountOutMin, Route[] routes, address to, uint256 deadline) payable returns (uint256[])',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, Route[] routes, address to, uint256 deadline) returns (uint256[])',
  'function addLiquidity(address tokenA, address tokenB, bool stable, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)',
  'function addLiquidityETH(address token, bool stable, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256, uint256, uint256)',
  'function removeLiquidity(address tokenA, address tokenB, bool stable, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256)',
  'function removeLiquidityETH(address token, bool stable, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256, uint256)',

  // Solidly V1 routers (Velodrome V1, Ramses, Nile, Thena, Pearl): routes without a factory.
  'struct SolidlyRoute { address from; address to; bool stable; }',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, SolidlyRoute[] routes, address to, uint256 deadline) returns (uint256[])',
  'function swapExactETHForTokens(uint256 amountOutMin, SolidlyRoute[] routes, address to, uint256 deadline) payable returns (uint256[])',
  'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, SolidlyRoute[] routes, address to, uint256 deadline) returns (uint256[])',

  // Algebra SwapRouter: V1/1.9 (QuickSwap V3, Camelot V3, Lynex) names no fee tier; Integral 1.0 drops
  // it from exact-output too, and Integral 1.2 names the pool deployer. Multi-hop shapes match Uniswap V3.
  'struct AlgebraExactInputSingleParams { address tokenIn; address tokenOut; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 limitSqrtPrice; }',
  'struct AlgebraExactOutputSingleParams { address tokenIn; address tokenOut; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; uint160 limitSqrtPrice; }',
  'struct AlgebraDeployerExactInputSingleParams { address tokenIn; address tokenOut; address deployer; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 limitSqrtPrice; }',
  'function exactInputSingle(AlgebraExactInputSingleParams params) payable returns (uint256)',
  'function exactInputSingleSupportingFeeOnTransferTokens(AlgebraExactInputSingleParams params) returns (uint256)',
  'function exactOutputSingle(AlgebraExactOutputSingleParams params) payable returns (uint256)',
  'function exactInputSingle(AlgebraDeployerExactInputSingleParams params) payable returns (uint256)',

  // LFJ (Trader Joe) Liquidity Book router v2.1/v2.2: a path of bin steps, pair versions and tokens.
  'struct LbPath { uint256[] pairBinSteps; uint8[] versions; address[] tokenPath; }',
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, LbPath path, address to, uint256 deadline) returns (uint256)',
  'function swapExactTokensForNATIVE(uint256 amountIn, uint256 amountOutMinNATIVE, LbPath path, address to, uint256 deadline) returns (uint256)',
  'function swapExactNATIVEForTokens(uint256 amountOutMin, LbPath path, address to, uint256 deadline) payable returns (uint256)',
  'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, LbPath path, address to, uint256 deadline) returns (uint256[])',
  'function swapTokensForExactNATIVE(uint256 amountNATIVEOut, uint256 amountInMax, LbPath path, address to, uint256 deadline) returns (uint256[])',
  'function swapNATIVEForExactTokens(uint256 amountOut, LbPath path, address to, uint256 deadline) payable returns (uint256[])',
  'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, LbPath path, address to, uint256 deadline) returns (uint256)',

  // SyncSwap router (zkSync, Linea, Scroll): paths of pool steps.
  'struct SyncSwapStep { address pool; bytes data; address callback; bytes callbackData; }',
  'struct SyncSwapPath { SyncSwapStep[] steps; address tokenIn; uint256 amountIn; }',
  'function swap(SyncSwapPath[] paths, uint256 amountOutMin, uint256 deadline) payable returns (uint256)',

  // Pendle Router V4 (IPAllActionV3): trading PT/YT against a token, and single-sided liquidity.
  'struct PendleApproxParams { uint256 guessMin; uint256 guessMax; uint256 guessOffchain; uint256 maxIteration; uint256 eps; }',
  'struct PendleSwapData { uint8 swapType; address extRouter; bytes extCalldata; bool needScale; }',
  'struct PendleTokenInput { address tokenIn; uint256 netTokenIn; address tokenMintSy; address pendleSwap; PendleSwapData swapData; }',
  'struct PendleTokenOutput { address tokenOut; uint256 minTokenOut; address tokenRedeemSy; address pendleSwap; PendleSwapData swapData; }',
  'struct PendleOrder { uint256 salt; uint256 expiry; uint256 nonce; uint8 orderType; address token; address YT; address maker; address receiver; uint256 makingAmount; uint256 lnImpliedRate; uint256 failSafeRate; bytes permit; }',
  'struct PendleFillOrderParams { PendleOrder order; bytes signature; uint256 makingAmount; }',
  'struct PendleLimitOrderData { address limitRouter; uint256 epsSkipMarket; PendleFillOrderParams[] normalFills; PendleFillOrderParams[] flashFills; bytes optData; }',
  'function swapExactTokenForPt(address receiver, address market, uint256 minPtOut, PendleApproxParams guessPtOut, PendleTokenInput input, PendleLimitOrderData limit) payable returns (uint256, uint256, uint256)',
  'function swapExactPtForToken(address receiver, address market, uint256 exactPtIn, PendleTokenOutput output, PendleLimitOrderData limit) returns (uint256, uint256, uint256)',
  'function swapExactTokenForYt(address receiver, address market, uint256 minYtOut, PendleApproxParams guessYtOut, PendleTokenInput input, PendleLimitOrderData limit) payable returns (uint256, uint256, uint256)',
  'function swapExactYtForToken(address receiver, address market, uint256 exactYtIn, PendleTokenOutput output, PendleLimitOrderData limit) returns (uint256, uint256, uint256)',
  'function addLiquiditySingleToken(address receiver, address market, uint256 minLpOut, PendleApproxParams guessPtReceivedFromSy, PendleTokenInput input, PendleLimitOrderData limit) payable returns (uint256, uint256, uint256)',
  'function addLiquiditySingleTokenKeepYt(address receiver, address market, uint256 minLpOut, uint256 minYtOut, PendleTokenInput input) payable returns (uint256, uint256, uint256, uint256)',
  'function removeLiquiditySingleToken(address receiver, address market, uint256 netLpToRemove, PendleTokenOutput output, PendleLimitOrderData limit) returns (uint256, uint256, uint256)',

  // CoW Swap ETH flow: selling native ETH through an on-chain order (ERC-20 orders are signed instead).
  'struct EthFlowOrder { address buyToken; address receiver; uint256 sellAmount; uint256 buyAmount; bytes32 appData; uint256 feeAmount; uint32 validTo; bool partiallyFillable; int64 quoteId; }',
  'function createOrder(EthFlowOrder order) payable returns (bytes32)',

  // 0x AllowanceHolder (0x0000000000001fF3684f28c67538d4D072C22734): holds the taker's allowance for
  // one call and forwards it to a Settler (whose execute is above).
  'function exec(address operator, address token, uint256 amount, address target, bytes data) payable returns (bytes)',
]);

const SWAP_NAMES = [
  'execute', 'swapExactTokensForTokens', 'swapTokensForExactTokens', 'swapExactETHForTokens', 'swapTokensForExactETH',
  'swapExactTokensForETH', 'swapETHForExactTokens', 'swapExactTokensForTokensSupportingFeeOnTransferTokens',
  'swapExactETHForTokensSupportingFeeOnTransferTokens', 'swapExactTokensForETHSupportingFeeOnTransferTokens', 'swapExactNativeForTokens',
  'exactInputSingle', 'exactInput', 'exactOutputSingle', 'exactOutput', 'swap', 'unoswap', 'unoswap2', 'unoswap3',
  'unoswapTo', 'ethUnoswap', 'ethUnoswap2', 'ethUnoswapTo', 'uniswapV3Swap', 'uniswapV3SwapTo', 'clipperSwap',
  'transformERC20', 'sellToUniswap', 'sellToPancakeSwap', 'sellEthForTokenToUniswapV3', 'sellTokenForEthToUniswapV3',
  'sellTokenForTokenToUniswapV3', 'exchange', 'exchange_underlying', 'exchange_multiple', 'batchSwap',
  'swapExactAmountIn', 'swapExactAmountOut', 'simpleSwap', 'multiSwap', 'megaSwap', 'swapSimpleMode', 'swapCompact',
  'exactInputSingleSupportingFeeOnTransferTokens', 'swapExactTokensForNATIVE', 'swapExactNATIVEForTokens',
  'swapTokensForExactNATIVE', 'swapNATIVEForExactTokens', 'swapExactTokenForPt', 'swapExactPtForToken',
  'swapExactTokenForYt', 'swapExactYtForToken',
  // CoW's ETH-flow order and 0x's AllowanceHolder each exist only to swap.
  'createOrder', 'exec',
  // Wrapping and unwrapping the native coin converts one asset into another.
  'unwrapWETH9', 'wrapETH',
] as const;

export const DEX_KINDS: KindTable = {
  ...Object.fromEntries(SWAP_NAMES.map((name) => [name, 'swap'])),
  addLiquidity: 'add-liquidity',
  addLiquidityETH: 'add-liquidity',
  add_liquidity: 'add-liquidity',
  mint: 'add-liquidity',
  increaseLiquidity: 'add-liquidity',
  joinPool: 'add-liquidity',
  addLiquiditySingleToken: 'add-liquidity',
  addLiquiditySingleTokenKeepYt: 'add-liquidity',
  removeLiquiditySingleToken: 'remove-liquidity',
  removeLiquidity: 'remove-liquidity',
  removeLiquidityETH: 'remove-liquidity',
  removeLiquidityWithPermit: 'remove-liquidity',
  removeLiquidityETHWithPermit: 'remove-liquidity',
  removeLiquidityETHSupportingFeeOnTransferTokens: 'remove-liquidity',
  removeLiquidityETHWithPermitSupportingFeeOnTransferTokens: 'remove-liquidity',
  remove_liquidity: 'remove-liquidity',
  remove_liquidity_one_coin: 'remove-liquidity',
  remove_liquidity_imbalance: 'remove-liquidity',
  decreaseLiquidity: 'remove-liquidity',
  exitPool: 'remove-liquidity',
  // Collecting a position's owed tokens takes funds out without changing the liquidity itself.
  collect: 'withdraw',
  // Plumbing that rides along in a multicall: named, but never the point of the batch.
  multicall: 'contract-call',
  refundETH: 'contract-call',
  sweepToken: 'contract-call',
  selfPermit: 'contract-call',
  createAndInitializePoolIfNecessary: 'contract-call',
};
