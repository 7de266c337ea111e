import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Liquid staking and restaking: Lido, Rocket Pool, ether.fi, Renzo, Kelp, Frax, EigenLayer, and the
 * generic stake/unstake shape. deposit() is shared by many contracts (and WETH, which decode-call
 * recognises by address), so the dApp's category can re-read it.
 */
export const STAKING_ABI = parseAbi([
  // Lido: stETH submit, wstETH wrap/unwrap, the withdrawal queue (request, then claim).
  'function submit(address referral) payable returns (uint256)',
  'function wrap(uint256 stETHAmount) returns (uint256)',
  'function unwrap(uint256 wstETHAmount) returns (uint256)',
  'function requestWithdrawals(uint256[] amounts, address owner) returns (uint256[])',
  'function requestWithdrawalsWstETH(uint256[] amounts, address owner) returns (uint256[])',
  'struct PermitInput { uint256 value; uint256 deadline; uint8 v; bytes32 r; bytes32 s; }',
  'function requestWithdrawalsWithPermit(uint256[] amounts, address owner, PermitInput permit) returns (uint256[])',
  'function requestWithdrawalsWstETHWithPermit(uint256[] amounts, address owner, PermitInput permit) returns (uint256[])',
  'function claimWithdrawal(uint256 requestId)',
  'function claimWithdrawals(uint256[] requestIds, uint256[] hints)',
  'function claimWithdrawalsTo(uint256[] requestIds, uint256[] hints, address recipient)',

  // Rocket Pool deposit pool and ether.fi liquidity pool (deposit()), ether.fi referral
  // deposit and withdrawal request, Frax frxETHMinter.
  'function deposit() payable',
  'function deposit(address referral) payable returns (uint256)',
  'function requestWithdraw(address recipient, uint256 amount) returns (uint256)',
  'function submit() payable',

  // Renzo RestakeManager and Kelp LRTDepositPool.
  'function depositETH() payable',
  'function depositETH(uint256 referralId) payable',
  'function deposit(address collateralToken, uint256 amount)',
  'function deposit(address collateralToken, uint256 amount, uint256 referralId)',
  'function depositETH(uint256 minRSETHAmountExpected, string referralId) payable',
  'function depositAsset(address asset, uint256 depositAmount, uint256 minRSETHAmountExpected, string referralId)',

  // EigenLayer StrategyManager and DelegationManager.
  'function depositIntoStrategy(address strategy, address token, uint256 amount) returns (uint256)',
  'struct SignatureWithExpiry { bytes signature; uint256 expiry; }',
  'function delegateTo(address operator, SignatureWithExpiry approverSignatureAndExpiry, bytes32 approverSalt)',
  'function undelegate(address staker) returns (bytes32[])',
  'struct QueuedWithdrawalParams { address[] strategies; uint256[] shares; address withdrawer; }',
  'function queueWithdrawals(QueuedWithdrawalParams[] queuedWithdrawalParams) returns (bytes32[])',

  // Rocket Pool: burning rETH returns ETH. The same burn(uint256) burns any ERC-20 or NFT, so it reads
  // as an unstake only on rETH itself (contract-kinds.ts); elsewhere it stays a named contract call.
  'function burn(uint256 amount)',

  // Ethena sUSDe (StakedUSDeV2): a cooldown starts the exit, unstake claims it once the cooldown ends.
  'function cooldownShares(uint256 shares) returns (uint256)',
  'function cooldownAssets(uint256 assets) returns (uint256)',
  'function unstake(address receiver)',

  // Convex Booster: depositing Curve LP tokens (and staking them for rewards), and taking them out.
  // withdraw(uint256,uint256) is also the MasterChef farm shape.
  'function deposit(uint256 pid, uint256 amount, bool stake) returns (bool)',
  'function depositAll(uint256 pid, bool stake) returns (bool)',
  'function withdraw(uint256 pid, uint256 amount) returns (bool)',

  // Generic staking contracts.
  'function stake(uint256 amount)',
  'function stake() payable',
  'function unstake(uint256 amount)',
  'function unstake()',
]);


export const STAKING_KINDS: KindTable = {
  submit: 'stake',
  deposit: 'stake',
  depositETH: 'stake',
  depositAsset: 'stake',
  depositIntoStrategy: 'stake',
  delegateTo: 'stake',
  stake: 'stake',
  // Wrapping stETH into wstETH (and back) converts between two forms of the same stake.
  wrap: 'swap',
  unwrap: 'swap',
  requestWithdrawals: 'unstake',
  requestWithdrawalsWstETH: 'unstake',
  requestWithdrawalsWithPermit: 'unstake',
  requestWithdrawalsWstETHWithPermit: 'unstake',
  requestWithdraw: 'unstake',
  undelegate: 'unstake',
  queueWithdrawals: 'unstake',
  unstake: 'unstake',
  depositAll: 'stake',
  'withdraw(uint256,uint256)': 'unstake',
  cooldownShares: 'unstake',
  cooldownAssets: 'unstake',
  // Named, but a contract call unless contract-kinds.ts knows the token.
  burn: 'contract-call',
  // Claiming a finalised withdrawal request (or a finished cooldown) is when the funds come back.
  'unstake(address)': 'withdraw',
  claimWithdrawal: 'withdraw',
  claimWithdrawals: 'withdraw',
  claimWithdrawalsTo: 'withdraw',
};
