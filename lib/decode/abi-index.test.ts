import { toFunctionSelector, toFunctionSignature, type AbiFunction } from 'viem';
import { describe, expect, it } from 'vitest';
import { FAMILIES, SELECTOR_INDEX } from './abi-index';

const functions = FAMILIES.flatMap(([family, abi, kinds]) =>
  abi.filter((i): i is AbiFunction => i.type === 'function').map((item) => ({ family, item, kinds })),
);

describe('ABI families', () => {
  it.each([
    ['0x095ea7b3', 'approve(address,uint256)'],
    ['0xa9059cbb', 'transfer(address,uint256)'],
    ['0xa22cb465', 'setApprovalForAll(address,bool)'],
    ['0x3593564c', 'execute(bytes,bytes[],uint256)'],
    ['0x04e45aaf', 'exactInputSingle((address,address,uint24,address,uint256,uint256,uint160))'],
    ['0x414bf389', 'exactInputSingle((address,address,uint24,address,uint256,uint256,uint256,uint160))'],
    ['0x5ae401dc', 'multicall(uint256,bytes[])'],
    ['0xac9650d8', 'multicall(bytes[])'],
    ['0x617ba037', 'supply(address,uint256,address,uint16)'],
    ['0xa1903eab', 'submit(address)'],
    ['0x7b939232', 'depositV3(address,address,address,address,uint256,uint256,uint256,address,uint32,uint32,uint32,bytes)'],
    ['0xd505accf', 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)'],
    ['0x38ed1739', 'swapExactTokensForTokens(uint256,uint256,address[],address,uint256)'],
    ['0xfb0f3ee1', 'fulfillBasicOrder((address,uint256,uint256,address,address,address,uint256,uint256,uint8,uint256,uint256,bytes32,uint256,bytes32,bytes32,uint256,(uint256,address)[],bytes))'],
    ['0x12aa3caf', 'swap(address,(address,address,address,address,uint256,uint256,uint256),bytes,bytes)'],
    ['0x07ed2379', 'swap(address,(address,address,address,address,uint256,uint256,uint256),bytes)'],
    ['0x52bbbe29', 'swap((bytes32,uint8,address,address,uint256,bytes),(address,bool,address,bool),uint256,uint256)'],
    ['0xa415bcad', 'borrow(address,uint256,uint256,uint16,address)'],
    ['0x573ade81', 'repay(address,uint256,uint256,address)'],
    ['0x56781388', 'castVote(uint256,uint8)'],
    ['0xf14fcbc8', 'commit(bytes32)'],
    // Selectors checked against public sources (verified ABIs, deployed-contract bindings).
    ['0xb066ea7c', 'swapExactNATIVEForTokens(uint256,(uint256[],uint8[],address[]),address,uint256)'],
    ['0xbc651188', 'exactInputSingle((address,address,address,uint256,uint256,uint256,uint160))'],
    ['0x67ffb66a', 'swapExactETHForTokens(uint256,(address,address,bool)[],address,uint256)'],
    ['0xf41766d8', 'swapExactTokensForTokens(uint256,uint256,(address,address,bool)[],address,uint256)'],
    ['0x2cc4081e', 'swap(((address,bytes,address,bytes)[],address,uint256)[],uint256,uint256)'],
    ['0x322bba21', 'createOrder((address,address,uint256,uint256,bytes32,uint256,uint32,bool,int64))'],
    ['0x2213bc0b', 'exec(address,address,uint256,address,bytes)'],
    ['0x5bfcc4f8', 'openTrade((address,uint32,uint16,uint24,bool,bool,uint8,uint8,uint120,uint64,uint64,uint64,bool,uint160,uint24),uint16,address)'],
    ['0x36ce736b', 'closeTradeMarket(uint32,uint64)'],
    ['0x39467918', 'mintWPowerPerpAmount(uint256,uint256,uint256)'],
    ['0x01b7037c', 'redeemPositions(address,bytes32,bytes32,uint256[])'],
    ['0xec24ffbf', 'bet(address,uint128,uint64,(address,uint64,bytes))'],
    ['0x860665b3', 'openTrove(uint256,uint256,address,address)'],
    ['0xc6a6cf20', 'adjustTrove(uint256,uint256,uint256,bool,address,address)'],
    ['0x5f788d65', 'provideToSP(uint256,address)'],
    ['0xbdfa9bae', 'depositUnderlying(address,uint256,address,uint256)'],
    ['0xc2998238', 'enterMarkets(address[])'],
    ['0x5a3b74b9', 'setUserUseReserveAsCollateral(address,bool)'],
    ['0xaf086c7e', 'issueMaxSynths()'],
    ['0x107703ab', 'requestRedeem(uint256,address)'],
    ['0x42966c68', 'burn(uint256)'],
    ['0x9343d9e1', 'cooldownShares(uint256)'],
    ['0xf2888dbb', 'unstake(address)'],
    ['0x43a0d066', 'deposit(uint256,uint256,bool)'],
    ['0x65fc3873', 'create_lock(uint256,uint256)'],
    ['0xb52c05fe', 'createLock(uint256,uint256)'],
    ['0xc8121ec2', 'increaseLockPosition(uint128,uint128)'],
    ['0x7ac09bf7', 'vote(uint256,address[],uint256[])'],
    ['0x44fac8f6', 'castRefundableVote(uint256,uint8)'],
    ['0x8136730f', 'castRefundableVoteWithReason(uint256,uint8,string,uint32)'],
    ['0xbd86e508', 'setDelegate(bytes32,address)'],
    ['0x9f8420b3', 'depositETH(uint256,uint256)'],
    ['0xb2267a7b', 'sendMessage(address,uint256,bytes,uint256)'],
    ['0x9f3ce55a', 'sendMessage(address,uint256,bytes)'],
    ['0x5ef2c7f0', 'setSubnodeRecord(bytes32,bytes32,address,address,uint64)'],
    ['0x10f13a8c', 'setText(bytes32,string,string)'],
    ['0xd5fa2b00', 'setAddr(bytes32,address)'],
    ['0x0582823a', 'createContract(string,string,(uint32,uint32,address),address,bytes[])'],
    ['0xfa2b068f', 'mint(address,uint256,uint32,bytes32[],address)'],
    ['0x23bc2078', 'vectorMint721(uint256,uint48,address)'],
    ['0xa07076b2', 'buyItems((address,uint256,address,uint64,uint128,address,bool)[])'],
    ['0xae7b0333', 'executeOrder(address,uint256,uint256)'],
    ['0xb8856d89', 'createWithDurationsLL((address,address,uint128,address,bool,bool,string),(uint128,uint128),(uint40,uint40))'],
    ['0xea5ead19', 'withdrawMax(uint256,address)'],
    ['0xe15536b6', 'createFlow(address,address,address,int96,bytes)'],
    ['0x57e6aa36', 'setFlowrate(address,address,int96)'],
    ['0xe63d38ed', 'disperseEther(address[],uint256[])'],
    ['0xc73a2d60', 'disperseToken(address,address[],uint256[])'],
    ['0xc219a14d', 'transferFromWithReferenceAndFee(address,address,uint256,bytes,uint256,address)'],
    ['0x7601f782', 'createSplit(address[],uint32[],uint32,address)'],
    ['0x4420e486', 'register(address)'],
    ['0x22b1a414', 'add(uint32,bytes,uint8,bytes)'],
    ['0x783a112b', 'rent(uint256,uint256)'],
    ['0x4b7312a9', 'follow(uint256,uint256[],uint256[],bytes[])'],
    ['0x1688f0b9', 'createProxyWithNonce(address,bytes,uint256)'],
    ['0x30ff3140', 'delegateAll(address,bytes32,bool)'],
    ['0xfef43257', 'pay(uint256,address,uint256,address,uint256,string,bytes)'],
    ['0xf74bfe8e', 'mint(address,uint256,uint256,address)'],
    ['0x2ec38188', 'allocate(uint256,bytes)'],
  ])('%s is %s', (selector, signature) => {
    const known = SELECTOR_INDEX.get(selector as `0x${string}`);
    expect(known?.map((k) => k.signature)).toContain(signature);
    for (const k of known ?? []) expect(toFunctionSelector(k.item)).toBe(selector);
  });

  it('gives every function an explicit kind', () => {
    const missing = functions.filter(({ item, kinds }) => !(toFunctionSignature(item) in kinds) && !(item.name in kinds));
    expect(missing.map(({ family, item }) => `${family}: ${toFunctionSignature(item)}`)).toEqual([]);
  });

  it('never files two different signatures under one selector', () => {
    for (const [selector, known] of SELECTOR_INDEX) {
      expect(new Set(known.map((k) => k.signature)).size, selector).toBe(1);
    }
  });

  it('indexes every function', () => {
    for (const { item } of functions) expect(SELECTOR_INDEX.has(toFunctionSelector(item))).toBe(true);
  });
});
