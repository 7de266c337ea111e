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
