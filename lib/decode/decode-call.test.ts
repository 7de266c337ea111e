import { encodeAbiParameters, encodePacked, maxUint256, parseEther, parseUnits, zeroAddress, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { BRIDGE_ABI } from './abis/bridge';
import { DEX_ABI } from './abis/dex';
import { ERC20_ABI } from './abis/erc20';
import { GOVERNANCE_ABI } from './abis/governance';
import { LENDING_ABI } from './abis/lending';
import { NAMING_ABI } from './abis/naming';
import { NFT_ABI } from './abis/nft';
import { STAKING_ABI } from './abis/staking';
import { decodeCall } from './decode-call';
import { encodeCall, MAINNET as M } from './test-utils';

const lower = (a: string) => a.toLowerCase();
const deadline = 1_767_225_600n;

describe('decodeCall: plain transfers and deploys', () => {
  it('reads an empty call with value as a native send', () => {
    expect(decodeCall({ to: M.user, data: '0x', value: '0xde0b6b3a7640000' })).toEqual({ kind: 'send-native', to: lower(M.user), recipient: lower(M.user) });
    expect(decodeCall({ to: M.user, value: 1000 }).kind).toBe('send-native');
  });

  it('reads a call without a recipient as a deploy', () => {
    expect(decodeCall({ data: '0x6080604052', value: '0x0' })).toEqual({ kind: 'deploy' });
  });

  it('reads an ERC-20 transfer', () => {
    const data = encodeCall(ERC20_ABI, 'transfer(address,uint256)', [M.user, parseUnits('250', 6)]);
    expect(decodeCall({ to: M.usdc, data })).toEqual({
      kind: 'transfer', name: 'transfer', selector: '0xa9059cbb', to: lower(M.usdc), recipient: lower(M.user), token: lower(M.usdc), amount: '250000000',
    });
  });
});

describe('decodeCall: approvals', () => {
  it('flags an unlimited ERC-20 approve', () => {
    const data = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.permit2, maxUint256]);
    expect(decodeCall({ to: M.usdc, data })).toEqual({
      kind: 'approve', name: 'approve', selector: '0x095ea7b3', to: lower(M.usdc), spender: lower(M.permit2), token: lower(M.usdc), unlimited: true, amount: maxUint256.toString(),
    });
  });

  it('counts anything from 2^255 as unlimited, and a limited amount as limited', () => {
    const huge = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.v2Router, 2n ** 255n]);
    expect(decodeCall({ to: M.usdc, data: huge }).unlimited).toBe(true);
    const limited = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.v2Router, parseUnits('100', 6)]);
    expect(decodeCall({ to: M.usdc, data: limited })).toMatchObject({ kind: 'approve', unlimited: false, amount: '100000000' });
  });

  it('marks a zero approve as a revoke', () => {
    const data = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.v2Router, 0n]);
    expect(decodeCall({ to: M.usdt, data })).toMatchObject({ kind: 'approve', unlimited: false, revoke: true });
  });

  it('keeps a limited Permit2 allowance\'s amount and expiration', () => {
    const data = encodeCall(ERC20_ABI, 'approve(address,address,uint160,uint48)', [M.usdc, M.universalRouter, 5_000_000n, 1_767_225_600]);
    expect(decodeCall({ to: M.permit2, data })).toMatchObject({ kind: 'approve', unlimited: false, amount: '5000000', expiry: 1_767_225_600 });
  });

  it('reads a Permit2 allowance by its uint160 range', () => {
    const data = encodeCall(ERC20_ABI, 'approve(address,address,uint160,uint48)', [M.usdc, M.universalRouter, 2n ** 160n - 1n, 1_767_225_600]);
    expect(decodeCall({ to: M.permit2, data })).toMatchObject({
      kind: 'approve', to: lower(M.permit2), token: lower(M.usdc), spender: lower(M.universalRouter), unlimited: true,
    });
  });

  it('reads an on-chain EIP-2612 permit', () => {
    const data = encodeCall(ERC20_ABI, 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)', [
      M.user, M.aaveV3Pool, parseUnits('1000', 6), deadline, 27, `0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`,
    ]);
    expect(decodeCall({ to: M.usdc, data })).toMatchObject({ kind: 'permit', spender: lower(M.aaveV3Pool), token: lower(M.usdc), unlimited: false });
  });

  it('reads setApprovalForAll(operator, true) as an unlimited NFT approval', () => {
    const data = encodeCall(NFT_ABI, 'setApprovalForAll(address,bool)', [M.openSeaConduit, true]);
    expect(decodeCall({ to: M.bayc, data })).toEqual({
      kind: 'nft-approval', name: 'setApprovalForAll', selector: '0xa22cb465', to: lower(M.bayc), spender: lower(M.openSeaConduit), token: lower(M.bayc), unlimited: true,
    });
  });

  it('reads setApprovalForAll(operator, false) as a revoke', () => {
    const data = encodeCall(NFT_ABI, 'setApprovalForAll(address,bool)', [M.openSeaConduit, false]);
    expect(decodeCall({ to: M.bayc, data })).toMatchObject({ kind: 'nft-approval', unlimited: false, revoke: true });
  });
});

describe('decodeCall: swaps and liquidity', () => {
  const path = encodePacked(['address', 'uint24', 'address'], [M.weth, 500, M.usdc]);

  it('reads a Universal Router execute (wrap ETH, then V3 exact-in) as a swap', () => {
    const wrap = encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], ['0x0000000000000000000000000000000000000002', parseEther('1')]);
    const v3 = encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'uint256' }, { type: 'bytes' }, { type: 'bool' }],
      ['0x0000000000000000000000000000000000000001', parseEther('1'), parseUnits('3000', 6), path, false],
    );
    const data = encodeCall(DEX_ABI, 'execute(bytes,bytes[],uint256)', ['0x0b00', [wrap, v3], deadline]);
    expect(decodeCall({ to: M.universalRouter, data, value: '0xde0b6b3a7640000' })).toEqual({
      kind: 'swap', name: 'execute', selector: '0x3593564c', to: lower(M.universalRouter),
    });
  });

  it('reads a Uniswap V2 router swap', () => {
    const data = encodeCall(DEX_ABI, 'swapExactTokensForTokens(uint256,uint256,address[],address,uint256)', [
      parseUnits('500', 6), parseEther('0.1'), [M.usdc, M.weth], M.user, deadline,
    ]);
    expect(decodeCall({ to: M.v2Router, data })).toMatchObject({ kind: 'swap', name: 'swapExactTokensForTokens', selector: '0x38ed1739' });
  });

  it('reads SwapRouter (with deadline) and SwapRouter02 (without) exactInputSingle', () => {
    const withDeadline = encodeCall(DEX_ABI, 'exactInputSingle((address,address,uint24,address,uint256,uint256,uint256,uint160))', [
      { tokenIn: M.weth, tokenOut: M.usdc, fee: 500, recipient: M.user, deadline, amountIn: parseEther('1'), amountOutMinimum: 0n, sqrtPriceLimitX96: 0n },
    ]);
    expect(decodeCall({ to: '0xE592427A0AEce92De3Edee1F18E0157C05861564', data: withDeadline })).toMatchObject({ kind: 'swap', selector: '0x414bf389' });
    const noDeadline = encodeCall(DEX_ABI, 'exactInputSingle((address,address,uint24,address,uint256,uint256,uint160))', [
      { tokenIn: M.weth, tokenOut: M.usdc, fee: 500, recipient: M.user, amountIn: parseEther('1'), amountOutMinimum: 0n, sqrtPriceLimitX96: 0n },
    ]);
    expect(decodeCall({ to: M.swapRouter02, data: noDeadline })).toMatchObject({ kind: 'swap', selector: '0x04e45aaf' });
  });

  it('unwraps a SwapRouter02 multicall(deadline, [exactInputSingle, unwrapWETH9]) into its swap', () => {
    const swap = encodeCall(DEX_ABI, 'exactInputSingle((address,address,uint24,address,uint256,uint256,uint160))', [
      { tokenIn: M.usdc, tokenOut: M.weth, fee: 500, recipient: '0x0000000000000000000000000000000000000002', amountIn: parseUnits('3000', 6), amountOutMinimum: parseEther('0.9'), sqrtPriceLimitX96: 0n },
    ]);
    const unwrap = encodeCall(DEX_ABI, 'unwrapWETH9(uint256,address)', [parseEther('0.9'), M.user]);
    const data = encodeCall(DEX_ABI, 'multicall(uint256,bytes[])', [deadline, [swap, unwrap]]);
    const action = decodeCall({ to: M.swapRouter02, data });
    expect(action).toMatchObject({ kind: 'swap', name: 'exactInputSingle', selector: '0x5ae401dc', to: lower(M.swapRouter02) });
    expect(action.calls?.map((c) => c.name)).toEqual(['exactInputSingle', 'unwrapWETH9']);
  });

  it('reads a position-manager multicall(mint, refundETH) as adding liquidity', () => {
    const mint = encodeCall(DEX_ABI, 'mint((address,address,uint24,int24,int24,uint256,uint256,uint256,uint256,address,uint256))', [
      { token0: M.usdc, token1: M.weth, fee: 500, tickLower: -887270, tickUpper: 887270, amount0Desired: parseUnits('3000', 6), amount1Desired: parseEther('1'), amount0Min: 0n, amount1Min: 0n, recipient: M.user, deadline },
    ]);
    const refund = encodeCall(DEX_ABI, 'refundETH()', []);
    const data = encodeCall(DEX_ABI, 'multicall(bytes[])', [[mint, refund]]);
    expect(decodeCall({ to: M.positionManager, data })).toMatchObject({ kind: 'add-liquidity', name: 'mint', selector: '0xac9650d8' });
  });

  it('reads 1inch v6 swap, Curve exchange and Balancer swap', () => {
    const desc = { srcToken: M.usdc, dstToken: M.weth, srcReceiver: M.oneInchV6, dstReceiver: M.user, amount: parseUnits('100', 6), minReturnAmount: 1n, flags: 0n };
    const oneInch = encodeCall(DEX_ABI, 'swap(address,(address,address,address,address,uint256,uint256,uint256),bytes)', [M.oneInchV6, desc, '0x']);
    expect(decodeCall({ to: M.oneInchV6, data: oneInch })).toMatchObject({ kind: 'swap', selector: '0x07ed2379' });
    const curve = encodeCall(DEX_ABI, 'exchange(int128,int128,uint256,uint256)', [1n, 2n, parseUnits('100', 6), parseUnits('99', 6)]);
    expect(decodeCall({ to: '0xbEbc44782C7dB0a1A60Cb6fe97d0b483032FF1C7', data: curve })).toMatchObject({ kind: 'swap', name: 'exchange' });
    const balancer = encodeCall(DEX_ABI, 'swap((bytes32,uint8,address,address,uint256,bytes),(address,bool,address,bool),uint256,uint256)', [
      { poolId: `0x${'ab'.repeat(32)}`, kind: 0, assetIn: M.weth, assetOut: M.usdc, amount: parseEther('1'), userData: '0x' },
      { sender: M.user, fromInternalBalance: false, recipient: M.user, toInternalBalance: false },
      1n,
      deadline,
    ]);
    expect(decodeCall({ to: '0xBA12222222228d8Ba445958a75a0704d566BF2C8', data: balancer })).toMatchObject({ kind: 'swap', selector: '0x52bbbe29' });
  });

  it('reads wrapping ETH into WETH as a swap', () => {
    const data = encodeCall(STAKING_ABI, 'deposit()', []);
    expect(decodeCall({ to: M.weth, data, value: '1000' })).toMatchObject({ kind: 'swap', name: 'deposit', selector: '0xd0e30db0' });
  });
});

describe('decodeCall: lending and staking', () => {
  it('reads Aave v3 supply, borrow and repay', () => {
    const supply = encodeCall(LENDING_ABI, 'supply(address,uint256,address,uint16)', [M.usdc, parseUnits('1000', 6), M.user, 0]);
    expect(decodeCall({ to: M.aaveV3Pool, data: supply })).toEqual({ kind: 'supply', name: 'supply', selector: '0x617ba037', to: lower(M.aaveV3Pool) });
    const borrow = encodeCall(LENDING_ABI, 'borrow(address,uint256,uint256,uint16,address)', [M.weth, parseEther('0.1'), 2n, 0, M.user]);
    expect(decodeCall({ to: M.aaveV3Pool, data: borrow })).toMatchObject({ kind: 'borrow', selector: '0xa415bcad' });
    const repay = encodeCall(LENDING_ABI, 'repay(address,uint256,uint256,address)', [M.weth, maxUint256, 2n, M.user]);
    expect(decodeCall({ to: M.aaveV3Pool, data: repay })).toMatchObject({ kind: 'repay', selector: '0x573ade81' });
  });

  it('reads Morpho Blue supplyCollateral', () => {
    const market = { loanToken: M.usdc, collateralToken: M.weth, oracle: M.user, irm: M.user, lltv: parseEther('0.86') };
    const data = encodeCall(LENDING_ABI, 'supplyCollateral((address,address,address,address,uint256),uint256,address,bytes)', [market, parseEther('1'), M.user, '0x']);
    expect(decodeCall({ to: M.morphoBlue, data })).toMatchObject({ kind: 'supply', name: 'supplyCollateral' });
  });

  it('reads Lido submit and a withdrawal request', () => {
    const submit = encodeCall(STAKING_ABI, 'submit(address)', [zeroAddress]);
    expect(decodeCall({ to: M.stETH, data: submit, value: '0xde0b6b3a7640000' })).toEqual({ kind: 'stake', name: 'submit', selector: '0xa1903eab', to: lower(M.stETH) });
    const request = encodeCall(STAKING_ABI, 'requestWithdrawals(uint256[],address)', [[parseEther('1')], M.user]);
    expect(decodeCall({ to: M.lidoWithdrawalQueue, data: request })).toMatchObject({ kind: 'unstake' });
  });

  it('lets the dApp category re-read a generic deposit()', () => {
    const data = encodeCall(STAKING_ABI, 'deposit()', []);
    const call = { to: M.rocketDepositPool, data, value: '1000' };
    expect(decodeCall(call).kind).toBe('stake');
    expect(decodeCall(call, { category: 'liquid-staking' }).kind).toBe('stake');
    expect(decodeCall(call, { category: 'bridge' }).kind).toBe('bridge');
    expect(decodeCall(call, { category: 'lending' }).kind).toBe('supply');
  });

  it('reads ERC-4626 withdraw as unstaking under a restaking dApp', () => {
    const data = encodeCall(LENDING_ABI, 'withdraw(uint256,address,address)', [parseEther('1'), M.user, M.user]);
    expect(decodeCall({ to: M.user, data }).kind).toBe('withdraw');
    expect(decodeCall({ to: M.user, data }, { category: 'restaking' }).kind).toBe('unstake');
  });

  it('settles mint(uint256) between an NFT drop and a Compound cToken by category', () => {
    const data = encodeCall(NFT_ABI, 'mint(uint256)', [2n]);
    expect(decodeCall({ to: M.bayc, data }).kind).toBe('mint');
    expect(decodeCall({ to: '0x39AA39c021dfbaE8faC545936693aC917d5E7563', data }, { category: 'lending' }).kind).toBe('supply');
  });
});

describe('decodeCall: bridges, NFTs, governance, names', () => {
  it('reads an Across depositV3', () => {
    const data = encodeCall(BRIDGE_ABI, 'depositV3(address,address,address,address,uint256,uint256,uint256,address,uint32,uint32,uint32,bytes)', [
      M.user, M.user, M.usdc, '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', parseUnits('1000', 6), parseUnits('999', 6), 42161n, zeroAddress, 1_767_220_000, 1_767_230_000, 0, '0x',
    ]);
    expect(decodeCall({ to: M.acrossSpokePool, data })).toEqual({ kind: 'bridge', name: 'depositV3', selector: '0x7b939232', to: lower(M.acrossSpokePool) });
  });

  it('reads a Seaport fulfillBasicOrder as buying an NFT', () => {
    const data = encodeCall(NFT_ABI, 'fulfillBasicOrder((address,uint256,uint256,address,address,address,uint256,uint256,uint8,uint256,uint256,bytes32,uint256,bytes32,bytes32,uint256,(uint256,address)[],bytes))', [
      {
        considerationToken: zeroAddress, considerationIdentifier: 0n, considerationAmount: parseEther('10'), offerer: M.user, zone: zeroAddress,
        offerToken: M.bayc, offerIdentifier: 1234n, offerAmount: 1n, basicOrderType: 0, startTime: 1n, endTime: deadline,
        zoneHash: `0x${'00'.repeat(32)}`, salt: 1n, offererConduitKey: `0x${'00'.repeat(32)}`, fulfillerConduitKey: `0x${'00'.repeat(32)}`,
        totalOriginalAdditionalRecipients: 1n, additionalRecipients: [{ amount: parseEther('0.25'), recipient: M.user }], signature: '0x',
      },
    ]);
    expect(decodeCall({ to: M.seaport16, data })).toMatchObject({ kind: 'buy-nft', name: 'fulfillBasicOrder', selector: '0xfb0f3ee1' });
  });

  it('reads a Governor vote and an ENS commit', () => {
    const vote = encodeCall(GOVERNANCE_ABI, 'castVote(uint256,uint8)', [72n, 1]);
    expect(decodeCall({ to: M.uniswapGovernor, data: vote })).toMatchObject({ kind: 'vote', name: 'castVote' });
    const commit = encodeCall(NAMING_ABI, 'commit(bytes32)', [`0x${'ab'.repeat(32)}`]);
    expect(decodeCall({ to: M.ensController, data: commit })).toMatchObject({ kind: 'register-name', selector: '0xf14fcbc8' });
  });
});

describe('decodeCall: unknown and garbage input', () => {
  it('reports an unknown selector as a contract call with that selector', () => {
    expect(decodeCall({ to: M.user, data: '0xdeadbeef0000000000000000000000000000000000000000000000000000000000000001' })).toEqual({
      kind: 'contract-call', selector: '0xdeadbeef', to: lower(M.user),
    });
  });

  it.each<[string, unknown, Hex | undefined]>([
    ['odd-length hex', '0x095ea7b3000', '0x095ea7b3'],
    ['truncated arguments', encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.permit2, 1n]).slice(0, 40), '0x095ea7b3'],
    ['non-hex after the selector', '0xa9059cbbzzzz', '0xa9059cbb'],
    ['fewer than 4 bytes', '0x0951', undefined],
    ['not hex at all', 'hello world', undefined],
    ['a number for data', 42, undefined],
  ])('never throws on %s', (_, data, selector) => {
    const action = decodeCall({ to: M.usdc, data } as never);
    expect(action.kind).toBe('contract-call');
    expect(action.selector).toBe(selector);
  });

  it('survives a garbage value and a non-object call', () => {
    expect(decodeCall({ to: M.user, data: '0x', value: 'lots' }).kind).toBe('contract-call');
    expect(decodeCall(null as never)).toEqual({ kind: 'deploy' });
  });
});
