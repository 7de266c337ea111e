import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Moving funds between chains: Across, Stargate (v1 router, v2/LayerZero OFT send), Arbitrum,
 * OP Stack (Optimism, Base), zkSync, Hop, Synapse, Polygon, Scroll and Linea. Every function here
 * is a bridge.
 */
export const BRIDGE_ABI = parseAbi([
  // Across SpokePool: v3 deposit, the bytes32-address deposit that replaced it, and the v2 deposit.
  'function depositV3(address depositor, address recipient, address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, address exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message) payable',
  'function deposit(bytes32 depositor, bytes32 recipient, bytes32 inputToken, bytes32 outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, bytes32 exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message) payable',
  'function deposit(address recipient, address originToken, uint256 amount, uint256 destinationChainId, int64 relayerFeePct, uint32 quoteTimestamp, bytes message, uint256 maxCount) payable',

  // Stargate v1 Router and RouterETH; v2 pools and LayerZero OFTs share `send`.
  'struct LzTxObj { uint256 dstGasForCall; uint256 dstNativeAmount; bytes dstNativeAddr; }',
  'function swap(uint16 dstChainId, uint256 srcPoolId, uint256 dstPoolId, address refundAddress, uint256 amountLD, uint256 minAmountLD, LzTxObj lzTxParams, bytes to, bytes payload) payable',
  'function swapETH(uint16 dstChainId, address refundAddress, bytes toAddress, uint256 amountLD, uint256 minAmountLD) payable',
  'struct SendParam { uint32 dstEid; bytes32 to; uint256 amountLD; uint256 minAmountLD; bytes extraOptions; bytes composeMsg; bytes oftCmd; }',
  'struct MessagingFee { uint256 nativeFee; uint256 lzTokenFee; }',
  'function send(SendParam sendParam, MessagingFee fee, address refundAddress) payable',

  // Arbitrum: Inbox ETH deposit and retryable ticket, L1 gateway router, ArbSys withdrawal.
  'function depositEth() payable returns (uint256)',
  'function createRetryableTicket(address to, uint256 l2CallValue, uint256 maxSubmissionCost, address excessFeeRefundAddress, address callValueRefundAddress, uint256 gasLimit, uint256 maxFeePerGas, bytes data) payable returns (uint256)',
  'function outboundTransfer(address token, address to, uint256 amount, uint256 maxGas, uint256 gasPriceBid, bytes data) payable returns (bytes)',
  'function outboundTransferCustomRefund(address token, address refundTo, address to, uint256 amount, uint256 maxGas, uint256 gasPriceBid, bytes data) payable returns (bytes)',
  'function withdrawEth(address destination) payable returns (uint256)',

  // OP Stack L1StandardBridge, L2StandardBridge and OptimismPortal.
  'function depositETH(uint32 minGasLimit, bytes extraData) payable',
  'function depositETHTo(address to, uint32 minGasLimit, bytes extraData) payable',
  'function depositERC20(address l1Token, address l2Token, uint256 amount, uint32 minGasLimit, bytes extraData)',
  'function depositERC20To(address l1Token, address l2Token, address to, uint256 amount, uint32 minGasLimit, bytes extraData)',
  'function bridgeETH(uint32 minGasLimit, bytes extraData) payable',
  'function bridgeETHTo(address to, uint32 minGasLimit, bytes extraData) payable',
  'function bridgeERC20(address localToken, address remoteToken, uint256 amount, uint32 minGasLimit, bytes extraData)',
  'function bridgeERC20To(address localToken, address remoteToken, address to, uint256 amount, uint32 minGasLimit, bytes extraData)',
  'function withdraw(address l2Token, uint256 amount, uint32 minGasLimit, bytes extraData) payable',
  'function withdrawTo(address l2Token, address to, uint256 amount, uint32 minGasLimit, bytes extraData) payable',
  'function depositTransaction(address to, uint256 value, uint64 gasLimit, bool isCreation, bytes data) payable',

  // zkSync Era Mailbox and the Bridgehub that fronts ZK chains.
  'function requestL2Transaction(address contractL2, uint256 l2Value, bytes calldata_, uint256 l2GasLimit, uint256 l2GasPerPubdataByteLimit, bytes[] factoryDeps, address refundRecipient) payable returns (bytes32)',
  'struct L2TransactionRequestDirect { uint256 chainId; uint256 mintValue; address l2Contract; uint256 l2Value; bytes l2Calldata; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; bytes[] factoryDeps; address refundRecipient; }',
  'struct L2TransactionRequestTwoBridgesOuter { uint256 chainId; uint256 mintValue; uint256 l2Value; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; address refundRecipient; address secondBridgeAddress; uint256 secondBridgeValue; bytes secondBridgeCalldata; }',
  'function requestL2TransactionDirect(L2TransactionRequestDirect request) payable returns (bytes32)',
  'function requestL2TransactionTwoBridges(L2TransactionRequestTwoBridgesOuter request) payable returns (bytes32)',

  // Hop: L1 bridge and L2 AMM wrapper.
  'function sendToL2(uint256 chainId, address recipient, uint256 amount, uint256 amountOutMin, uint256 deadline, address relayer, uint256 relayerFee) payable',
  'function swapAndSend(uint256 chainId, address recipient, uint256 amount, uint256 bonderFee, uint256 amountOutMin, uint256 deadline, uint256 destinationAmountOutMin, uint256 destinationDeadline) payable',

  // Synapse Router (also the CCTP and RFQ routers) and the RFQ FastBridge.
  'struct SwapQuery { address routerAdapter; address tokenOut; uint256 minAmountOut; uint256 deadline; bytes rawParams; }',
  'function bridge(address to, uint256 chainId, address token, uint256 amount, SwapQuery originQuery, SwapQuery destQuery) payable',

  // Polygon PoS RootChainManager and the Polygon zkEVM bridge.
  'function depositEtherFor(address user) payable',
  'function depositFor(address user, address rootToken, bytes depositData)',
  'function bridgeAsset(uint32 destinationNetwork, address destinationAddress, uint256 amount, address token, bool forceUpdateGlobalExitRoot, bytes permitData) payable',

  // Scroll L1GatewayRouter (and its gateways) and L1ScrollMessenger.
  'function depositETH(uint256 amount, uint256 gasLimit) payable',
  'function depositETH(address to, uint256 amount, uint256 gasLimit) payable',
  'function depositERC20(address token, uint256 amount, uint256 gasLimit) payable',
  'function depositERC20(address token, address to, uint256 amount, uint256 gasLimit) payable',
  'function sendMessage(address to, uint256 value, bytes message, uint256 gasLimit) payable',

  // Gnosis Chain's omnibridge and xDai bridge: relaying tokens to the other side.
  'function relayTokens(address _receiver, uint256 _amount)',

  // Linea message service (the canonical ETH bridge); Celer's MessageBus shares this shape.
  'function sendMessage(address to, uint256 fee, bytes calldata_) payable',
]);

/** Every function in this family moves funds across chains. */
export const BRIDGE_KINDS: KindTable = Object.fromEntries(
  BRIDGE_ABI.filter((item) => item.type === 'function').map((item) => [item.name, 'bridge']),
);
