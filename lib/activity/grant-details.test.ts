import { describe, expect, it } from 'vitest';
import { encodeFunctionData, maxUint256, parseAbi } from 'viem';
import { defaultLookup } from '../catalog/default-lookup';
import { decodeEvent } from '../decode/decode-event';
import { grantDetails, type TokenFactsLookup } from './grant-details';

const lookup = defaultLookup();
const uniswap = lookup.byId.get('uniswap')!;
const aave = lookup.byId.get('aave')!;
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const ATTACKER = '0x5555555555555555555555555555555555555555';
const erc20 = parseAbi(['function approve(address spender, uint256 amount)', 'function setApprovalForAll(address operator, bool approved)']);
const tokens: TokenFactsLookup = (chainId, address) => (chainId === 1 && address === USDC.toLowerCase() ? { symbol: 'USDC', decimals: 6 } : null);

function approval(spender: string, amount: bigint, to = USDC) {
  const params = [{ to, data: encodeFunctionData({ abi: erc20, functionName: 'approve', args: [spender as `0x${string}`, amount] }) }];
  const event = { method: 'eth_sendTransaction', params };
  return { chainId: 1, action: decodeEvent(event) };
}

describe('grantDetails', () => {
  it('names an unlimited approval\'s token and a known spender without flagging it', () => {
    expect(grantDetails(approval(PERMIT2, maxUint256), lookup, uniswap, tokens)).toEqual({
      token: { address: USDC.toLowerCase(), symbol: 'USDC' },
      amount: { kind: 'unlimited' },
      role: 'spender',
      counterparty: { address: PERMIT2.toLowerCase(), name: 'Uniswap Permit2', flag: null },
      expiry: null,
      revoke: false,
    });
  });

  it('flags a spender no catalog dApp owns, and formats a limited amount with the token\'s decimals', () => {
    const details = grantDetails(approval(ATTACKER, 2_500_000_000n), lookup, null, tokens)!;
    expect(details.counterparty).toEqual({ address: ATTACKER, name: null, flag: 'unknown' });
    expect(details.amount).toEqual({ kind: 'amount', value: '2500', symbol: 'USDC' });
  });

  it('flags a known contract of another dApp than the site, but not a shared one (Permit2)', () => {
    const uniswapRouter = uniswap.contracts.find((c) => c.chainId === 1 && !c.shared)!.address;
    expect(grantDetails(approval(uniswapRouter, 1n), lookup, aave, tokens)!.counterparty?.flag).toBe('other-dapp');
    expect(grantDetails(approval(PERMIT2, 1n), lookup, aave, tokens)!.counterparty?.flag).toBeNull();
  });

  it('keeps a raw amount when the token is unknown, and reads setApprovalForAll as the whole collection to an operator', () => {
    const raw = grantDetails(approval(PERMIT2, 42n, ATTACKER), lookup, uniswap, tokens)!;
    expect(raw.amount).toEqual({ kind: 'amount', value: '42', symbol: null });
    expect(raw.token).toEqual({ address: ATTACKER, symbol: null });
    const params = [{ to: ATTACKER, data: encodeFunctionData({ abi: erc20, functionName: 'setApprovalForAll', args: [ATTACKER, true] }) }];
    const nft = grantDetails({ chainId: 1, action: decodeEvent({ method: 'eth_sendTransaction', params }) }, lookup, null)!;
    expect(nft).toMatchObject({ role: 'operator', amount: { kind: 'all' }, counterparty: { flag: 'unknown' } });
  });

  it('says nothing for actions that grant nothing', () => {
    expect(grantDetails({ chainId: 1, action: { kind: 'swap' } }, lookup, uniswap)).toBeNull();
    expect(grantDetails({ chainId: 1 }, lookup, uniswap)).toBeNull();
  });
});
